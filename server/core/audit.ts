import type { Db } from '../db/client.ts';

export interface AuditEntry {
  orgId: number | null;
  userId: number | null;
  action: 'create' | 'update' | 'delete' | 'import' | 'status' | 'end' | 'move' | 'rename' | 'login' | 'finalise' | 'submit'
    | 'grant' | 'revoke' | 'activate' | 'deactivate' | 'reactivate' | 'reset' | 'link' | 'unlink'
    | 'restore' | 'backup';
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Called inside the write's own transaction, so the log and the change commit together. A union's changes go to
 * audit_log (distributed with the union's rows on Citus), the rest to system_audit_log (migration 0035).
 */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  const row = {
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
  if (entry.orgId === null) {
    await db.insertInto('system_audit_log').values(row).execute();
  } else {
    await db.insertInto('audit_log').values({ ...row, org_id: entry.orgId }).execute();
  }
}
