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

/** Called inside the write's own transaction, so the log and the change commit together. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      org_id: entry.orgId,
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
