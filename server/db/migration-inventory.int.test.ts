import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app.ts';
import type { DbHandle } from './client.ts';
import { readMigrations } from './migration-inventory.ts';

// docs/scaling.md's inventory is read from the migrations' SQL; here that reading is checked against what the
// database itself says after running them: every table, its primary key, foreign keys and unique keys.
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(() => h.close());

interface KeyRow { tbl: string; kind: string; cols: string; ref: string | null }

const asLines = (rows: KeyRow[]) => rows.map((r) => `${r.tbl} ${r.kind} (${r.cols})${r.ref ? ` → ${r.ref}` : ''}`).sort();

describe('the migrations as docs/scaling.md reads them', () => {
  it('gives the same tables and keys as the catalog of a migrated database', async () => {
    // Constraints, and unique indexes that are not constraints (partial or on an expression: pg_get_indexdef's list).
    const { rows } = await sql<KeyRow>`
      SELECT regexp_replace(c.conrelid::regclass::text, '^public\\.', '') AS tbl, c.contype::text AS kind,
             (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(att, n)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att) AS cols,
             CASE WHEN c.contype = 'f' THEN regexp_replace(c.confrelid::regclass::text, '^public\\.', '') END AS ref
      FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = r.relnamespace
      WHERE ns.nspname IN ('public', 'derived') AND c.contype IN ('p', 'f', 'u') AND r.relname <> 'schema_migrations'
      UNION ALL
      SELECT regexp_replace(i.indrelid::regclass::text, '^public\\.', ''), 'u',
             substring(pg_get_indexdef(i.indexrelid) FROM '\\((.*?)\\)(?: WHERE .*)?$'), NULL
      FROM pg_index i JOIN pg_class r ON r.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = r.relnamespace
      WHERE ns.nspname IN ('public', 'derived') AND i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`.execute(h.db);
    const parsed: KeyRow[] = [];
    for (const t of readMigrations().values()) {
      parsed.push({ tbl: t.name, kind: 'p', cols: t.primaryKey.join(', '), ref: null });
      parsed.push(...t.foreignKeys.map((fk) => ({ tbl: t.name, kind: 'f', cols: fk.columns.join(', '), ref: fk.table })));
      parsed.push(...t.uniques.map((u) => ({ tbl: t.name, kind: 'u', cols: u.columns.join(', '), ref: null })));
    }
    expect(asLines(parsed)).toEqual(asLines(rows));
  });
});
