import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

interface AuditRow {
  id: number; at: Date | string; user_name: string | null; action: string; entity: string; entity_id: string | null;
  entity_name: string | null; before: unknown; after: unknown;
}

/**
 * One page of an organisation's log, newest first, each entry with the name of what it changed: the member, child,
 * organisation (its latest name) or account as it is now, else as the entry itself recorded it (a deleted member).
 * One query for the page, never one per row.
 */
export async function findAuditPage(db: Db, orgId: number, page: { page: number; pageSize: number }) {
  const [items, total] = await Promise.all([
    sql<AuditRow>`
      SELECT a.id, a.at, u.full_name AS user_name, a.action, a.entity, a.entity_id, a.before, a.after,
        COALESCE(
          CASE a.entity
            WHEN 'member' THEN m.full_name
            WHEN 'member_child' THEN ch.full_name
            WHEN 'organisation' THEN ov.name
            WHEN 'user' THEN tu.full_name || ' (' || tu.username || ')'
          END,
          a.after->>'fullName', a.before->>'fullName', a.before->>'full_name', a.after->>'name', a.before->>'name'
        ) AS entity_name
      FROM audit_log a
      LEFT JOIN users u ON u.id = a.user_id
      LEFT JOIN members m ON m.org_id = a.org_id AND a.entity = 'member' AND m.id::text = a.entity_id
      LEFT JOIN member_children ch ON ch.org_id = a.org_id AND a.entity = 'member_child' AND ch.id::text = a.entity_id
      LEFT JOIN users tu ON a.entity = 'user' AND tu.id::text = a.entity_id
      LEFT JOIN LATERAL (
        SELECT v.name FROM org_versions v WHERE a.entity = 'organisation' AND v.org_id::text = a.entity_id
        ORDER BY v.valid_from DESC LIMIT 1
      ) ov ON true
      WHERE a.org_id = ${orgId}
      ORDER BY a.id DESC
      LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`.execute(db),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow(),
  ]);
  return { items: items.rows, total: Number(total.n) };
}
