import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { roleValidOn } from '../../core/access.ts';
import type { OrgKindCode, OrgTreeNode, OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';

interface OrgRow {
  id: number;
  code: string;
  name: string;
  short_name: string;
  kind: OrgKindCode;
  kind_name: string;
  is_upper_level: boolean;
  parent_id: number | null;
  parent_name: string | null;
  established_on: string;
  ended_on: string | null;
  end_reason: OrgView['endReason'];
  end_decision_number: string | null;
  end_decision_date: string | null;
  end_decision_issuer: string | null;
  successor_id: number | null;
  host_name: string | null;
  address: string | null;
  place_name: string | null;
  signer_title: string;
  signer_name: string | null;
  deputy_title: string;
  deputy_name: string | null;
  report_number_suffix: string | null;
  report_recipients: string[];
  established_decision: string | null;
}

/** The organisation with its name, kind and parent as they were on `date`. */
export async function findOrgAt(db: Db, id: number, date: string): Promise<OrgView | null> {
  const { rows } = await sql<OrgRow>`
    SELECT o.*, v.name, v.short_name, v.kind, k.name AS kind_name, k.is_upper_level, v.parent_id, p.name AS parent_name
    FROM organisations o
    JOIN org_versions_at(${date}::date) v ON v.org_id = o.id
    JOIN org_kinds k ON k.code = v.kind
    -- Not a CTE: PostgreSQL then inlines the function and reads two orgs' versions, not the whole tree's.
    LEFT JOIN org_versions_at(${date}::date) p ON p.org_id = v.parent_id
    WHERE o.id = ${id}`.execute(db);
  const r = rows[0];
  if (!r) {
    return null;
  }
  const decision = r.end_decision_number
    ? `${r.end_decision_number}${r.end_decision_date ? ` ngày ${formatDateVi(r.end_decision_date)}` : ''}${r.end_decision_issuer ? ` của ${r.end_decision_issuer}` : ''}`
    : null;
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    kindName: r.kind_name,
    isUpperLevel: r.is_upper_level,
    parentId: r.parent_id,
    parentName: r.parent_name,
    establishedOn: r.established_on,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    endDecision: decision,
    successorId: r.successor_id,
    hostName: r.host_name,
    address: r.address,
    placeName: r.place_name,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    deputyTitle: r.deputy_title,
    deputyName: r.deputy_name,
    reportNumberSuffix: r.report_number_suffix,
    reportRecipients: r.report_recipients,
    establishedDecision: r.established_decision,
    asOf: date,
  };
}

/** Every organisation under the roots (roots included) in the tree of `date`, depth first. */
export async function findSubtrees(db: Db, rootIds: number[] | 'all', date: string): Promise<OrgTreeNode[]> {
  const { rows } = await sql<{
    id: number; code: string; name: string; kind: OrgKindCode; parent_id: number | null;
    established_on: string; ended_on: string | null;
  }>`
    WITH v AS (SELECT * FROM org_versions_at(${date}::date))
    SELECT o.id, o.code, v.name, v.kind, v.parent_id, o.established_on, o.ended_on
    FROM organisations o JOIN v ON v.org_id = o.id`.execute(db);
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) {
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const roots = rootIds === 'all' ? (children.get(null) ?? []) : rootIds.flatMap((id) => byId.get(id) ?? []);
  const out: OrgTreeNode[] = [];
  const seen = new Set<number>();
  const walk = (r: (typeof rows)[number], depth: number) => {
    if (seen.has(r.id)) {
      return;
    }
    seen.add(r.id);
    out.push({
      id: r.id, code: r.code, name: r.name, kind: r.kind, parentId: r.parent_id,
      establishedOn: r.established_on, endedOn: r.ended_on, depth,
    });
    const kids = (children.get(r.id) ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const k of kids) {
      walk(k, depth + 1);
    }
  };
  // A root below another root is shown once, under its ancestor.
  const rootSet = new Set(roots.map((r) => r.id));
  for (const r of roots) {
    let p = r.parent_id;
    let covered = false;
    while (p !== null && !covered) {
      covered = rootSet.has(p);
      p = byId.get(p)?.parent_id ?? null;
    }
    if (!covered) {
      walk(r, 0);
    }
  }
  return out;
}

export async function findHistory(db: Db, orgId: number) {
  const { rows } = await sql<{
    valid_from: string; valid_to: string | null; name: string; short_name: string; kind: OrgKindCode;
    parent_id: number | null; parent_name: string | null; change_note: string | null;
  }>`
    SELECT v.valid_from, v.valid_to, v.name, v.short_name, v.kind, v.parent_id, v.change_note,
      (SELECT pv.name FROM org_versions pv WHERE pv.org_id = v.parent_id AND pv.valid_from <= v.valid_from
        ORDER BY pv.valid_from DESC LIMIT 1) AS parent_name
    FROM org_versions v WHERE v.org_id = ${orgId} ORDER BY v.valid_from`.execute(db);
  return rows.map((r) => ({
    validFrom: r.valid_from, validTo: r.valid_to, name: r.name, shortName: r.short_name, kind: r.kind,
    parentId: r.parent_id, parentName: r.parent_name, changeNote: r.change_note,
  }));
}

export async function findGroups(db: Db, unionId: number, date: string) {
  const { rows } = await sql<{ id: number; name: string }>`
    SELECT v.org_id AS id, v.name FROM org_versions_at(${date}::date) v
    WHERE v.parent_id = ${unionId} AND v.kind = 'union_group' ORDER BY v.name`.execute(db);
  return rows;
}

export async function findCategories(db: Db, kind: string) {
  return db
    .selectFrom('org_kind_categories as kc')
    .innerJoin('member_categories as c', 'c.code', 'kc.category')
    .select(['c.code', 'c.name'])
    .where('kc.kind', '=', kind)
    .orderBy('c.sort')
    .execute();
}

/** The organisations where the user holds a role (other than member) valid on `date`. */
export async function findRoleRoots(db: Db, userId: number, date: string): Promise<number[]> {
  const rows = await db
    .selectFrom('role_assignments')
    .select('org_id')
    .where('user_id', '=', userId)
    .where('role', '<>', 'member')
    .where(roleValidOn(date))
    .execute();
  return rows.map((r) => r.org_id);
}

/** Every tổ công đoàn that has ever been under the union (a member may stay in a tổ that later closed). */
export async function findGroupsEver(db: Db, unionId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('org_versions')
    .select(['org_id as id', 'name'])
    .where('parent_id', '=', unionId)
    .where('kind', '=', 'union_group')
    .where('valid_to', 'is', null)
    .execute();
}

export async function findKinds(db: Db) {
  const rows = await db.selectFrom('org_kinds').select(['code', 'name', 'is_upper_level']).orderBy('sort').execute();
  return rows.map((r) => ({ code: r.code as OrgKindCode, name: r.name, isUpperLevel: r.is_upper_level }));
}

/** The organisation holding a code, if any (codes are unique across the whole system). */
export async function findOrgIdByCode(db: Db, code: string): Promise<number | null> {
  const row = await db.selectFrom('organisations').select('id').where(sql<boolean>`lower(code) = lower(${code})`).executeTakeFirst();
  return row?.id ?? null;
}

export interface EndedAncestor {
  id: number;
  name: string;
  shortName: string;
  endedOn: string;
}

/**
 * Every organisation that was ever above the union (at any date, through any of its parents' own histories)
 * and had ended on or before `date`, with each of the names and short names it ever had.
 */
export async function findEndedAncestors(db: Db, orgId: number, date: string): Promise<EndedAncestor[]> {
  const { rows } = await sql<{ id: number; name: string; short_name: string; ended_on: string }>`
    WITH RECURSIVE up AS (
      SELECT DISTINCT v.parent_id AS id FROM org_versions v WHERE v.org_id = ${orgId} AND v.parent_id IS NOT NULL
      UNION
      SELECT v.parent_id FROM org_versions v JOIN up ON v.org_id = up.id WHERE v.parent_id IS NOT NULL
    )
    SELECT o.id, v.name, v.short_name, o.ended_on
    FROM up JOIN organisations o ON o.id = up.id JOIN org_versions v ON v.org_id = o.id
    WHERE o.ended_on IS NOT NULL AND o.ended_on <= ${date}::date
    ORDER BY o.ended_on, o.id, v.valid_from DESC`.execute(db);
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, endedOn: r.ended_on }));
}

/** The kinds of organisation that are upper levels (federations, commune/ward unions): data, not code. */
export async function findUpperLevelKinds(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('org_kinds').select('code').where('is_upper_level', '=', true).execute();
  return new Set(rows.map((r) => r.code));
}
