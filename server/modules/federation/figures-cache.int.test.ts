import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../../shared/vi/dates.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { rollupOf } from './federation.service.ts';

// The kept figures (migration 0031) must never be served once the records under them changed.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const YEAR = 2026;
const db = () => t.handle.db;
const kept = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM derived.union_figures`.execute(db())).rows[0].n);
const rowOf = async (orgId: number) => (await rollupOf(db(), t.orgs.province, todayIso(), YEAR)).rows.find((r) => r.id === orgId)!;

/** Tables named after FROM / JOIN in the roll-up sources' SQL, without their CTEs and set-returning functions. */
function tablesReadBySources(): Set<string> {
  const dir = new URL('./rollup-sources/', import.meta.url);
  const text = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const ctes = new Set([...text.matchAll(/(\w+) AS (?:(?:NOT )?MATERIALIZED )?\(/g)].map((m) => m[1]));
  const names = [...text.matchAll(/\b(?:FROM|JOIN(?: LATERAL)?)\s+([a-z_][a-z_.]*)/g)].map((m) => m[1]);
  const tables = new Set(names.filter((n) => !ctes.has(n) && !['generate_series', 'unnest', 'org_versions_at'].includes(n)));
  // Derived from the status events, kept by their triggers; org_versions_at reads org_versions; members are counted.
  if (tables.delete('derived.member_status_periods')) {
    tables.add('member_status_events');
  }
  if (text.includes('org_versions_at(')) {
    tables.add('org_versions');
  }
  return new Set([...tables, 'members', 'member_status_events']);
}

describe('the roll-up figures kept between requests', () => {
  it('has a version trigger on every table a roll-up source reads', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT DISTINCT tgrelid::regclass::text AS table_name FROM pg_trigger WHERE tgname = 'union_figures_insert'`.execute(db());
    const watched = new Set(rows.map((r) => r.table_name));
    const read = tablesReadBySources();
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((table) => !watched.has(table))).toEqual([]);
  });

  it('serves kept figures while nothing changed, and computes a union again after a write to its records', async () => {
    const before = await rowOf(t.orgs.seed);
    expect(await kept()).toBeGreaterThan(0);
    // What is kept is what is served: a kept row altered by hand shows (the roll-up did not recompute it).
    await sql`UPDATE derived.union_figures SET figures = jsonb_set(figures, '{women}', '999') WHERE org_id = ${t.orgs.seed}`.execute(db());
    expect((await rowOf(t.orgs.seed)).women).toBe(999);

    const created = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, {
      code: 'HB-CACHE', fullName: 'Lê Thị Mới', sex: 'female', birthDate: '1995-05-05', category: 'khong_chuyen_trach',
      joinedOn: '2026-01-05', partyMember: false,
    });
    expect(created.status).toBe(200);
    const after = await rowOf(t.orgs.seed);
    expect(after.members).toBe(before.members + 1);
    expect(after.women).toBe(before.women + 1);
  });

  it('gives the same view from kept figures as computed afresh', async () => {
    const warm = await rollupOf(db(), t.orgs.province, todayIso(), YEAR);
    const again = await rollupOf(db(), t.orgs.province, todayIso(), YEAR);
    await sql`DELETE FROM derived.union_figures`.execute(db());
    const fresh = await rollupOf(db(), t.orgs.province, todayIso(), YEAR);
    expect(again).toEqual(fresh);
    expect(warm).toEqual(fresh);
  });

  it('forgets every kept row when a rule set changes', async () => {
    await rollupOf(db(), t.orgs.province, todayIso(), YEAR);
    expect(await kept()).toBeGreaterThan(0);
    await sql`UPDATE rule_sets SET name = name WHERE false`.execute(db());
    expect(await kept()).toBe(0);
  });
});
