import { describe, expect, it } from 'vitest';
import { readShippedRuleSets } from '../rules/shipped-rule-sets.ts';
import type { LoadedRuleSet } from '../rules/rules.service.ts';
import { memberMonthDues, monthRule, capAmountOf, monthsOf, type DuesBase, type MemberMonthInput } from './dues-calc.ts';

// Dues by the rule of the union's kind and the month (issue 12, item 2), read from the shipped rule sets.
const sets: LoadedRuleSet[] = readShippedRuleSets().map((s, i) => ({
  id: i + 1, key: s.key, version: 1, name: s.name, kind: s.kind, regulation: s.regulation, validFrom: s.validFrom,
  validTo: s.validTo, verified: s.verified, content: s.content,
}));

const salary = (amount: number, fromMonth = '2020-01-01'): DuesBase => ({ fromMonth, kind: 'insurance_salary', amount });
const input = (orgKind: string, month: string, over: Partial<MemberMonthInput> = {}): MemberMonthInput => ({
  month, orgKind, active: true, bases: [salary(30_000_000)], exemptions: [], unionRates: [], ...over,
});
const yearOf = (orgKind: string, year: number, over: Partial<MemberMonthInput> = {}) =>
  monthsOf(year).map((month) => memberMonthDues(sets, input(orgKind, month, over)));
const amounts = (r: ReturnType<typeof yearOf>) => r.map((d) => (d.status === 'due' ? d.amount : 0));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('a public-unit member across 2024', () => {
  it('pays 1 % of the social-insurance salary, uncapped, the same before and after the July base-salary change', () => {
    // 30.000.000 đ: 300.000 đ a month, above both 180.000 (10 % of 1.800.000) and 234.000 (10 % of 2.340.000).
    const year = yearOf('public_unit', 2024);
    expect(amounts(year)).toEqual(Array(12).fill(300_000));
    expect(year.every((d) => d.status === 'due' && !d.capped)).toBe(true);
    // The base salary did change in July: it is the enterprise cap that moves, not a public unit's dues.
    expect(monthRule(sets, 'public_unit', '2024-06-01').baseSalary?.value).toBe(1_800_000);
    expect(monthRule(sets, 'public_unit', '2024-07-01').baseSalary?.value).toBe(2_340_000);
    expect(capAmountOf(monthRule(sets, 'public_unit', '2024-07-01'))).toBeNull();
    expect(amounts(yearOf('private_enterprise', 2024)).slice(5, 7)).toEqual([180_000, 234_000]);
  });

  it('rounds 1 % of an odd salary to the nearest đồng', () => {
    expect(memberMonthDues(sets, input('public_unit', '2024-03-01', { bases: [salary(5_432_150)] }))).toMatchObject({ amount: 54_322 });
    expect(memberMonthDues(sets, input('public_unit', '2024-03-01', { bases: [salary(5_432_149)] }))).toMatchObject({ amount: 54_321 });
  });
});

describe('an enterprise member with a 30.000.000 đ salary', () => {
  it('pays 234.000 đ a month January–June 2025 (capped) and 150.000 đ July–December (0,5 %): 2.304.000 đ, of which the union keeps 1.612.800 đ', () => {
    const year = yearOf('private_enterprise', 2025);
    expect(amounts(year)).toEqual([...Array(6).fill(234_000), ...Array(6).fill(150_000)]);
    expect(year.slice(0, 6).every((d) => d.status === 'due' && d.capped)).toBe(true);
    expect(sum(amounts(year))).toBe(2_304_000);
    expect(sum(year.map((d) => (d.status === 'due' ? d.kept ?? 0 : 0)))).toBe(1_612_800);
  });

  it('pays 150.000 đ every month of 2026: the cap rises to 253.000 đ in July and does not bind', () => {
    const year = yearOf('private_enterprise', 2026);
    expect(amounts(year)).toEqual(Array(12).fill(150_000));
    expect(year.every((d) => d.status === 'due' && !d.capped)).toBe(true);
    expect(capAmountOf(monthRule(sets, 'private_enterprise', '2026-06-01'))).toBe(234_000);
    expect(capAmountOf(monthRule(sets, 'private_enterprise', '2026-07-01'))).toBe(253_000);
  });

  it('pays the union\'s own higher rate when its committee set one, the part above the rule kept whole by the union', () => {
    const d = memberMonthDues(sets, input('private_enterprise', '2026-03-01', {
      bases: [salary(10_000_000)], unionRates: [{ fromMonth: '2026-01-01', rateBp: 100, capAmount: null }],
    }));
    expect(d).toEqual({ status: 'due', amount: 100_000, national: 50_000, extra: 50_000, kept: 35_000 + 50_000, capped: false });
    // Agencies' unions may not: the rate is ignored.
    expect(memberMonthDues(sets, input('public_unit', '2024-03-01', { unionRates: [{ fromMonth: '2024-01-01', rateBp: 200, capAmount: null }] })))
      .toMatchObject({ amount: 300_000, extra: 0 });
  });
});

describe('months without dues', () => {
  it('an exempt month (social-insurance benefit) owes nothing, the months around it do', () => {
    const exemptions = [{ fromMonth: '2025-09-01', toMonth: '2025-10-01', reason: 'insurance_benefit' as const }];
    const year = yearOf('private_enterprise', 2025, { exemptions });
    expect(year[8]).toEqual({ status: 'exempt', reason: 'insurance_benefit' });
    expect(year[9].status).toBe('exempt');
    expect(amounts(year).slice(7, 11)).toEqual([150_000, 0, 0, 150_000]);
  });

  it('a member without a social-insurance salary pays the fixed amount, never below 0,5 % of the base salary', () => {
    const fixed = (amount: number): DuesBase[] => [{ fromMonth: '2025-01-01', kind: 'fixed', amount }];
    // 0,5 % of 2.340.000 = 11.700 đ; of 2.530.000 = 12.650 đ from 07/2026.
    expect(memberMonthDues(sets, input('private_enterprise', '2025-08-01', { bases: fixed(0) }))).toMatchObject({ status: 'due', amount: 11_700 });
    expect(memberMonthDues(sets, input('private_enterprise', '2025-08-01', { bases: fixed(10_000) }))).toMatchObject({ amount: 11_700 });
    expect(memberMonthDues(sets, input('private_enterprise', '2025-08-01', { bases: fixed(20_000) }))).toMatchObject({ amount: 20_000 });
    expect(memberMonthDues(sets, input('private_enterprise', '2026-07-01', { bases: fixed(0) }))).toMatchObject({ amount: 12_650 });
  });

  it('an agency member owes 1 % to May 2025 and nothing from June 2025', () => {
    const year = yearOf('agency', 2025, { bases: [salary(8_000_000)] });
    expect(amounts(year)).toEqual([...Array(5).fill(80_000), ...Array(7).fill(0)]);
    expect(year[5]).toEqual({ status: 'not_due', reason: 'no_dues' });
    expect(memberMonthDues(sets, input('agency', '2026-03-01'))).toEqual({ status: 'not_due', reason: 'no_dues' });
  });

  it('a month is due only when the member is active on its first day, and needs a dues base', () => {
    expect(memberMonthDues(sets, input('private_enterprise', '2025-03-01', { active: false }))).toEqual({ status: 'not_due', reason: 'inactive' });
    expect(memberMonthDues(sets, input('private_enterprise', '2025-03-01', { bases: [] }))).toEqual({ status: 'no_base' });
    // The base in force on the first of the month: a raise from April counts from April.
    const bases = [salary(4_000_000, '2025-01-01'), salary(6_000_000, '2025-04-01')];
    expect(amounts(yearOf('private_enterprise', 2025, { bases })).slice(0, 4)).toEqual([40_000, 40_000, 40_000, 60_000]);
  });

  it('says which rule is missing rather than guessing (an upper-level body has no dues rule)', () => {
    expect(memberMonthDues(sets, input('provincial_federation', '2025-03-01'))).toMatchObject({ status: 'no_rule' });
  });
});
