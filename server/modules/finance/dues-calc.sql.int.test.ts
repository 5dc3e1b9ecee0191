import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { openTestDatabase } from '../../test/test-app.ts';
import { loadRuleSets, type LoadedRuleSet } from '../rules/rules.service.ts';
import { memberMonthDues, type DuesBaseKind } from './dues-calc.ts';
import { duesAmountSql, duesMonthTerms, duesTermsTable } from './dues-calc.sql.ts';

// The roll-up prices member-months in SQL (dues-calc.sql.ts); the grid prices them in JS (memberMonthDues). For random
// kinds of union, months (before the base salary had a rule, across the 2025 changes, after 07/2026), bases and union
// rates, the two must give the same amount to the đồng.

let handle: DbHandle;
let sets: LoadedRuleSet[];
beforeAll(async () => {
  handle = await openTestDatabase();
  sets = await loadRuleSets(handle.db);
});
afterAll(() => handle.close());

const KINDS = ['agency', 'public_unit', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'cooperative',
  'professional_union', 'district_federation'];

// Amounts up to 10 billion đồng a month: beyond 2^53 / (2 · 10 000) the JS product is no longer exact. Multiples of
// 50 đồng often land on half a đồng at 0,5 % and 1 %, where the rounding shows.
const amount = fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.integer({ min: 0, max: 2_000_000 }).map((k) => k * 50));
const memberMonth = fc.record({
  kind: fc.constantFrom(...KINDS),
  month: fc.tuple(fc.integer({ min: 2016, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`),
  baseKind: fc.constantFrom<DuesBaseKind>('insurance_salary', 'fixed'),
  baseAmount: amount,
  unionRate: fc.option(fc.record({
    rateBp: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(50, 100, 150, 200)),
    capAmount: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: null }),
  }), { nil: null }),
});

type MemberMonth = typeof memberMonth extends fc.Arbitrary<infer U> ? U : never;

/** The amount of each member-month as SQL prices it (0 when none is due). */
async function sqlAmounts(cases: readonly MemberMonth[]): Promise<number[]> {
  const terms = duesMonthTerms(sets, [...new Set(cases.map((c) => c.month))]);
  const { rows } = await sql<{ i: number; amount: string | null }>`
    SELECT c.i, ${duesAmountSql('terms', {
      baseKind: sql.ref('c.base_kind'), baseAmount: sql.ref('c.base_amount'), unionRateBp: sql.ref('c.rate_bp'), unionCap: sql.ref('c.cap'),
    })} AS amount
    FROM unnest(${cases.map((_, i) => i)}::int[], ${cases.map((c) => c.kind)}::text[], ${cases.map((c) => c.month)}::date[],
      ${cases.map((c) => c.baseKind)}::text[], ${cases.map((c) => c.baseAmount)}::bigint[],
      ${cases.map((c) => c.unionRate?.rateBp ?? null)}::int[], ${cases.map((c) => c.unionRate?.capAmount ?? null)}::bigint[])
      AS c(i, kind, month, base_kind, base_amount, rate_bp, cap)
    JOIN ${duesTermsTable(terms)} ON terms.kind = c.kind AND terms.month = c.month`.execute(handle.db);
  const out = cases.map(() => 0);
  for (const r of rows) {
    out[r.i] = Number(r.amount ?? 0);
  }
  return out;
}

describe('the SQL price of a member-month', () => {
  it('equals memberMonthDues for random kinds, months, bases and union rates', async () => {
    await fc.assert(fc.asyncProperty(fc.array(memberMonth, { minLength: 1, maxLength: 60 }), async (cases) => {
      const js = cases.map((c) => {
        const d = memberMonthDues(sets, {
          month: c.month, orgKind: c.kind, active: true, exemptions: [],
          bases: [{ fromMonth: c.month, kind: c.baseKind, amount: c.baseAmount }],
          unionRates: c.unionRate ? [{ fromMonth: c.month, ...c.unionRate }] : [],
        });
        return d.status === 'due' ? d.amount : 0;
      });
      expect(await sqlAmounts(cases)).toEqual(js);
    }), { numRuns: 40 });
  });

  it('rounds half up like percentOf, caps, floors a fixed base and adds the union\'s rate above the rule', async () => {
    const cases = [
      // 1 % of 5.432.150 is 54.321,5 → 54.322; of 5.432.149 → 54.321 (public unit, 2024).
      { kind: 'public_unit', month: '2024-03-01', baseKind: 'insurance_salary', baseAmount: 5_432_150, unionRate: null },
      { kind: 'public_unit', month: '2024-03-01', baseKind: 'insurance_salary', baseAmount: 5_432_149, unionRate: null },
      // An enterprise in 01–06/2025: capped at 10 % of 2.340.000.
      { kind: 'private_enterprise', month: '2025-03-01', baseKind: 'insurance_salary', baseAmount: 30_000_000, unionRate: null },
      // A fixed base under 0,5 % of the base salary is raised to it (11.700 đ).
      { kind: 'private_enterprise', month: '2025-08-01', baseKind: 'fixed', baseAmount: 10_000, unionRate: null },
      // The union's own 1 % above the rule's 0,5 %.
      { kind: 'private_enterprise', month: '2026-03-01', baseKind: 'insurance_salary', baseAmount: 10_000_000, unionRate: { rateBp: 100, capAmount: null } },
      // An agency from 06/2025: nothing due.
      { kind: 'agency', month: '2025-08-01', baseKind: 'insurance_salary', baseAmount: 8_000_000, unionRate: null },
    ] as const;
    expect(await sqlAmounts(cases)).toEqual([54_322, 54_321, 234_000, 11_700, 100_000, 0]);
  });
});
