import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../test/test-app.ts';
import type { DbHandle } from './client.ts';

// Many requests at once on one database handle: answers stay each request's own, and a transaction that fails or
// rolls back takes nothing of anyone else's with it (PGlite serves them all through one session).
let h: DbHandle;
beforeAll(async () => {
  h = await openEmptyDatabase();
  await sql`CREATE TABLE t (v int)`.execute(h.db);
});
afterAll(() => h.close());

describe('concurrent work on one handle', () => {
  it('gives every parallel query its own answer', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_v, i) =>
      (i % 2 ? sql<{ x: number }>`SELECT ${i}::int AS x` : sql<{ x: number }>`SELECT ${i}::int AS x, 'y' AS y`).execute(h.db)));
    expect(answers.map((a) => a.rows[0].x)).toEqual(Array.from({ length: 100 }, (_v, i) => i));
  });

  it('keeps a write made while another transaction rolls back', async () => {
    const failing = h.db.transaction().execute(async (tx) => {
      await sql`INSERT INTO t VALUES (1)`.execute(tx);
      await new Promise((r) => setTimeout(r, 30));
      throw new Error('rollback');
    }).catch(() => 'rolled back');
    await new Promise((r) => setTimeout(r, 5));
    await sql`INSERT INTO t VALUES (2)`.execute(h.db);
    expect(await failing).toBe('rolled back');
    expect((await sql<{ v: number }>`SELECT v FROM t ORDER BY v`.execute(h.db)).rows).toEqual([{ v: 2 }]);
  });

  it('goes on answering after a failed statement inside a transaction while others wait', async () => {
    const before = Array.from({ length: 20 }, (_v, i) => sql`SELECT ${i}::int AS x`.execute(h.db));
    const failing = h.db.transaction().execute(async (tx) => {
      await sql`SELECT 1`.execute(tx);
      await sql`SELECT * FROM no_such_table`.execute(tx);
    }).catch((e: Error) => e.message);
    const after = Array.from({ length: 20 }, (_v, i) => sql`SELECT ${i}::int AS x`.execute(h.db));
    expect(await failing).toMatch(/no_such_table/);
    expect(await Promise.all([...before, ...after])).toHaveLength(40);
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM t`.execute(h.db)).rows[0].n).toBe(1);
  });
});
