import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ownFiguresOf } from './own-figures.test-helper.ts';
import { loadDues } from './rollup-sources/dues.source.ts';

// The roll-up prices the months of a year by spans and counts some months apart: a month not begun yet counts once
// paid (the grid's 'upcoming'), an exempt month not at all. With the clock in mid-2026, the demo enterprise's
// payments for 07–10/2026 are paid in advance; exemptions in a begun month and in a paid-ahead month are added. The
// roll-up's dues expected must be the union's own grid's.

let t: TestApp;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-15T05:00:00Z'));
  t = await createTestApp();
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const YEAR = 2026;
const DATE = '2026-06-15';

describe('dues expected in the roll-up, mid-year', () => {
  it('counts the months paid in advance and leaves out exempt months, as the union\'s grid does', async () => {
    const db = t.handle.db;
    const orgId = t.orgs.enterprise;
    const { rows: ahead } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dues_payments WHERE org_id = ${orgId} AND month > '2026-06-01'`.execute(db);
    expect(ahead[0].n).toBeGreaterThan(0);
    const { rows: members } = await sql<{ id: number }>`
      SELECT DISTINCT member_id AS id FROM member_dues_bases WHERE org_id = ${orgId} ORDER BY member_id LIMIT 2`.execute(db);
    await sql`INSERT INTO dues_exemptions (org_id, member_id, from_month, to_month, reason) VALUES
      (${orgId}, ${members[0].id}, '2026-03-01', '2026-04-01', 'insurance_benefit'),
      (${orgId}, ${members[1].id}, '2026-08-01', NULL, 'no_income')`.execute(db);

    const own = await ownFiguresOf(db, orgId, DATE, YEAR);
    const rolled = (await loadDues(db, [orgId], DATE, YEAR)).get(orgId);
    expect(own.figures.duesExpected).toBeGreaterThan(0);
    expect(rolled?.duesExpected).toBe(own.figures.duesExpected);
  });
});
