import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../test/test-app.ts';
import { listMigrations, migrate } from './migrate.ts';

// Migration 0035 (org_id in every key, docs/scaling.md): the audit of no union leaves audit_log with its ids, and a
// key that a union's row could share with another union's is now per union.
describe('migration 0035 on a database that has records', () => {
  it('moves the audit rows of no union to system_audit_log with their ids, and keeps counting after them', async () => {
    const h = await openEmptyDatabase();
    try {
      await migrate(h.db, listMigrations().map((m) => m.name).filter((n) => n < '0035'));
      await sql`INSERT INTO audit_log (org_id, user_id, action, entity, entity_id) VALUES
        (NULL, NULL, 'login', 'session', '1'), (NULL, NULL, 'create', 'rule_set', 'x'), (NULL, NULL, 'backup', 'database', NULL)`.execute(h.db);
      const before = await sql<{ id: string; action: string }>`SELECT id, action FROM audit_log ORDER BY id`.execute(h.db);
      expect(await migrate(h.db)).toContain('0035_org_id_in_every_key');

      expect((await sql`SELECT id FROM audit_log`.execute(h.db)).rows).toEqual([]);
      const moved = await h.db.selectFrom('system_audit_log').select(['id', 'action']).orderBy('id').execute();
      expect(moved.map((r) => [String(r.id), r.action])).toEqual(before.rows.map((r) => [String(r.id), r.action]));
      const next = await h.db.insertInto('system_audit_log').values({ user_id: null, action: 'login', entity: 'session', entity_id: '2', before: null, after: null })
        .returning('id').executeTakeFirstOrThrow();
      expect(Number(next.id)).toBeGreaterThan(Math.max(...moved.map((r) => Number(r.id))));
      await expect(sql`INSERT INTO audit_log (org_id, action, entity) VALUES (NULL, 'login', 'session')`.execute(h.db))
        .rejects.toMatchObject({ code: '23502' });
      // No key from the accounts into a union's members (users is a reference table on Citus).
      const fk = await sql`SELECT conname FROM pg_constraint WHERE conrelid = 'users'::regclass AND contype = 'f' AND confrelid = 'members'::regclass`.execute(h.db);
      expect(fk.rows).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
