// Where each table of the migrations would live on a Citus cluster distributed by org_id (docs/scaling.md):
// read by the inventory (org-scoped-tables.test.ts) and the join check (co-located-joins.test.ts).

/** How a table would live on a Citus cluster. */
export type Placement = 'distributed' | 'reference' | 'local';

/**
 * Tables that are not one union's rows. Every other table belongs to a union (directly by org_id or through its
 * parent row) and is distributed by org_id; one of those that lacks org_id shows as **none** in the inventory.
 */
export const NOT_UNION_SCOPED: Record<string, { placement: Exclude<Placement, 'distributed'>; why: string }> = {
  org_kinds: { placement: 'reference', why: 'kinds of organisation: data read by every union' },
  member_categories: { placement: 'reference', why: 'member categories: data' },
  org_kind_categories: { placement: 'reference', why: 'categories per kind: data' },
  organisations: { placement: 'reference', why: 'the tree: every roll-up and access check walks it' },
  org_versions: { placement: 'reference', why: 'the dated tree (names, kinds, parents)' },
  users: { placement: 'reference', why: 'accounts: referenced by created_by/updated_by columns of union rows' },
  role_assignments: { placement: 'reference', why: 'roles per user across organisations: read at every access check by user' },
  sessions: { placement: 'local', why: 'login sessions: coordinator only' },
  activation_codes: { placement: 'local', why: 'one-time account activation codes: coordinator only' },
  auth_throttle: { placement: 'local', why: 'login throttling: coordinator only' },
  system_audit_log: { placement: 'local', why: 'the audit of what belongs to no union (logins, accounts, rules, backups): coordinator only' },
  rule_sets: { placement: 'reference', why: 'rules as data (laws, decrees): read by every union' },
  dialogue_rep_rules: { placement: 'reference', why: 'representatives per headcount from the decree: data' },
  activity_kinds: { placement: 'reference', why: 'the shipped kinds (org_id NULL) and each union’s own: small, joined by every activity' },
};

/** A table's placement: distributed by org_id unless listed above. */
export const placementOf = (name: string): Placement => NOT_UNION_SCOPED[name]?.placement ?? 'distributed';
