// Shape of GET /api/orgs/:orgId/audit (not yet in shared/contracts).
export interface AuditEntry {
  id: number | string;
  /** ISO timestamp. */
  at: string;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}
