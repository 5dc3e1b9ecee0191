import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';

/** The log of one organisation, newest first: readable by its chairperson and the officers above it. */
export async function listAudit(db: Db, caller: Caller, orgId: number, page: { page: number; pageSize: number }) {
  await assertCan(db, caller, orgId, 'audit.read', today());
  const [items, total] = await Promise.all([
    db.selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.at', 'u.full_name as userName', 'a.action', 'a.entity', 'a.entity_id', 'a.before', 'a.after'])
      .where('a.org_id', '=', orgId)
      .orderBy('a.id', 'desc')
      .limit(page.pageSize).offset((page.page - 1) * page.pageSize)
      .execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow(),
  ]);
  return {
    items: items.map((i) => ({
      id: i.id, at: new Date(i.at).toISOString(), userName: i.userName, action: i.action, entity: i.entity,
      entityId: i.entity_id, before: i.before, after: i.after,
    })),
    total: Number(total.n),
  };
}
