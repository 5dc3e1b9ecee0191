import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { openTestDatabase } from '../../test/test-app.ts';
import { ageAt } from '../../../shared/vi/dates.ts';
import { countMembersAt } from './members.repo.ts';

// derived.member_status_periods (migration 0008) must answer exactly what the status history answered before it:
// the latest event on or before the date (the highest id among that day's events), else the first event.
let handle: DbHandle;
let orgId: number;
beforeAll(async () => {
  handle = await openTestDatabase();
  const org = await handle.db.insertInto('organisations').values({ code: 'PERIODS-TEST', established_on: '2010-01-01' })
    .returning('id').executeTakeFirstOrThrow();
  orgId = org.id;
  await handle.db.insertInto('org_versions').values({
    org_id: orgId, valid_from: '2010-01-01', name: 'Công đoàn thử trạng thái', short_name: 'CĐ thử', kind: 'private_enterprise', parent_id: null,
  }).execute();
});
afterAll(() => handle.close());

const KINDS = ['admitted', 'transferred_in', 'transferred_out', 'left', 'ended_with_union', 'suspended', 'resumed', 'expelled'] as const;
const DATES = ['2020-01-01', '2020-06-15', '2021-03-01', '2021-03-02', '2022-12-31', '2023-01-01', '2024-02-29'];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rule as it was written before the periods table: a sort of each member's events per request. */
async function statusByHistory(date: string) {
  const { rows } = await sql<{ id: number; kind: string | null; since: string | null }>`
    SELECT m.id, s.kind, s.on_date AS since FROM members m
    LEFT JOIN LATERAL (
      SELECT e.kind, e.on_date FROM member_status_events e WHERE e.member_id = m.id
      ORDER BY (e.on_date <= ${date}::date) DESC,
        CASE WHEN e.on_date <= ${date}::date THEN e.on_date END DESC, e.on_date ASC, e.id DESC
      LIMIT 1
    ) s ON true
    WHERE m.org_id = ${orgId} ORDER BY m.id`.execute(handle.db);
  return rows;
}

async function statusByPeriods(date: string) {
  const { rows } = await sql<{ id: number; kind: string | null; since: string | null }>`
    SELECT m.id, s.kind, s.since FROM members m
    LEFT JOIN derived.member_status_periods s
      ON s.member_id = m.id AND s.valid_from <= ${date}::date AND s.valid_to > ${date}::date
    WHERE m.org_id = ${orgId} ORDER BY m.id`.execute(handle.db);
  return rows;
}

async function expectSameOnEveryDate() {
  const probes = ['1999-01-01', '2030-01-01', ...DATES.flatMap((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return [-86_400_000, 0, 86_400_000].map((dt) => new Date(t + dt).toISOString().slice(0, 10));
  })];
  for (const date of probes) {
    expect(await statusByPeriods(date), date).toEqual(await statusByHistory(date));
  }
}

const BIRTHS = ['1992-02-29', '1993-02-28', '1993-03-01', '1984-02-29', '1994-01-15', '1991-12-31', '1962-02-28'];

/** The statistics as they were computed before: one row per member, the age by ageAt, in JavaScript. */
async function expectSameStatistics() {
  for (const date of ['2022-02-28', '2023-02-28', '2024-02-28', '2024-02-29', '2023-03-01', '2021-03-02', '2024-12-31']) {
    const { rows } = await sql<{ kind: string | null; since: string | null; sex: string; birth_date: string | null }>`
      SELECT s.kind, s.on_date AS since, m.sex, m.birth_date FROM members m
      LEFT JOIN LATERAL (
        SELECT e.kind, e.on_date FROM member_status_events e WHERE e.member_id = m.id
        ORDER BY (e.on_date <= ${date}::date) DESC,
          CASE WHEN e.on_date <= ${date}::date THEN e.on_date END DESC, e.on_date ASC, e.id DESC
        LIMIT 1
      ) s ON true
      WHERE m.org_id = ${orgId}`.execute(handle.db);
    const counted = rows.filter((r) => r.since !== null && r.since <= date
      && ['admitted', 'transferred_in', 'resumed', 'suspended'].includes(r.kind!) && (r.birth_date === null || r.birth_date <= date));
    const band = (age: number) => (age < 30 ? 'Dưới 30' : age < 40 ? '30–39' : age < 50 ? '40–49' : age < 60 ? '50–59' : 'Từ 60');
    const bands = new Map<string, number>();
    for (const r of counted) {
      const b = r.birth_date === null ? 'Chưa rõ' : band(ageAt(r.birth_date, date));
      bands.set(b, (bands.get(b) ?? 0) + 1);
    }
    const stats = await countMembersAt(handle.db, orgId, date);
    expect(stats.total, date).toBe(counted.length);
    expect(stats.women, date).toBe(counted.filter((r) => r.sex === 'female').length);
    expect(stats.suspended, date).toBe(counted.filter((r) => r.kind === 'suspended').length);
    expect(stats.byAgeBand.filter((b) => b.count > 0).map((b) => [b.band, b.count]).sort(), date).toEqual([...bands].sort());
  }
}

describe('member status periods', () => {
  it('answers like the status history on random histories, through inserts, updates and deletes', async () => {
    const next = random(20261130);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const members = await handle.db.insertInto('members').values(Array.from({ length: 150 }, (_, i) => ({
      org_id: orgId, code: `P${i}`, full_name: `Người thử ${i}`, sort_key: `nguoi thu ${i}`, search_key: `nguoi thu ${i}`,
      sex: (i % 3 === 0 ? 'male' : 'female') as 'male' | 'female', category: 'cong_nhan_lao_dong', joined_on: '2020-01-01', party_member: false,
      birth_date: i % 9 === 0 ? null : pick(BIRTHS),
    }))).returning('id').execute();
    const events = members.flatMap((m) => {
      const seen = new Set<string>();
      return Array.from({ length: Math.floor(next() * 7) }, () => ({ member_id: m.id, kind: pick(KINDS), on_date: pick(DATES) }))
        .filter((e) => !seen.has(`${e.kind} ${e.on_date}`) && seen.add(`${e.kind} ${e.on_date}`));
    }).sort(() => next() - 0.5);
    // Half in one statement (an import), the rest one by one (the form), in random order so ids do not follow dates.
    const half = Math.floor(events.length / 2);
    await handle.db.insertInto('member_status_events').values(events.slice(0, half).map((e) => ({ ...e, org_id: orgId }))).execute();
    for (const e of events.slice(half)) {
      await handle.db.insertInto('member_status_events').values({ ...e, org_id: orgId }).execute();
    }
    await expectSameOnEveryDate();

    const ids = (await handle.db.selectFrom('member_status_events').select('id').where('org_id', '=', orgId).execute()).map((r) => r.id);
    for (const id of ids.filter(() => next() < 0.15)) {
      await handle.db.updateTable('member_status_events').set({ on_date: pick(DATES) }).where('id', '=', id).execute()
        .catch(() => undefined); // the same kind already on that date: the update is refused, nothing changes
    }
    await handle.db.deleteFrom('member_status_events').where('id', 'in', ids.filter(() => next() < 0.1)).execute();
    await expectSameOnEveryDate();
    await expectSameStatistics();
  });

  it('drops the periods of a deleted member and rebuilds them when its events come back', async () => {
    const m = await handle.db.insertInto('members').values({
      org_id: orgId, code: 'DEL1', full_name: 'Người bị xoá', sort_key: 'nguoi bi xoa', search_key: 'nguoi bi xoa',
      sex: 'male', category: 'cong_nhan_lao_dong', joined_on: '2021-01-01', party_member: false,
    }).returning('id').executeTakeFirstOrThrow();
    await handle.db.insertInto('member_status_events').values([
      { org_id: orgId, member_id: m.id, kind: 'admitted', on_date: '2021-01-01' },
      { org_id: orgId, member_id: m.id, kind: 'suspended', on_date: '2022-01-01' },
    ]).execute();
    const periods = () => sql<{ kind: string; valid_from: string }>`SELECT kind, valid_from::text FROM derived.member_status_periods
      WHERE member_id = ${m.id} ORDER BY valid_from`.execute(handle.db).then((r) => r.rows);
    expect(await periods()).toEqual([
      { kind: 'admitted', valid_from: '-infinity' }, { kind: 'suspended', valid_from: '2022-01-01' },
    ]);
    await handle.db.deleteFrom('members').where('id', '=', m.id).execute();
    expect(await periods()).toEqual([]);
  });
});
