import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { findAuditPage } from './audit.repo.ts';

/** The log of one organisation, newest first: readable by its chairperson and the officers above it. */
export async function listAudit(db: Db, caller: Caller, orgId: number, page: { page: number; pageSize: number }) {
  await assertCan(db, caller, orgId, 'audit.read', today());
  const { items, total } = await findAuditPage(db, orgId, page);
  return {
    items: items.map((i) => ({
      id: Number(i.id), at: new Date(i.at).toISOString(), userName: i.user_name, action: i.action, entity: i.entity,
      entityId: i.entity_id, entityName: i.entity_name, before: i.before, after: i.after,
    })),
    total,
  };
}
