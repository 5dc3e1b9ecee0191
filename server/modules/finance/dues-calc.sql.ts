// The SQL twin of memberMonthDues's amount (dues-calc.ts), for sums over millions of member-months at once (the
// federation roll-up). What depends on the rules is read in JS, by the same functions as the grid (monthRule,
// capAmountOf, percentOf), once per kind of union and month, and passed as arrays; SQL applies per member-month only
// what depends on the member — the base and the union's own rate — with the same integer rounding: half up is
// floor((2·amount·bp + 10 000) / 20 000), an integer division of non-negative bigints. dues-calc.ts stays the rule;
// dues-calc.sql.int.test.ts holds the two to the same amounts.
import { sql, type RawBuilder } from 'kysely';
import type { LoadedRuleSet } from '../rules/rules.service.ts';
import { basisPoints, capAmountOf, DUES_RATE, monthRule, percentOf } from './dues-calc.ts';

/** What a member-month costs in a kind of union and a month, apart from the member's base and the union's own rate. */
export interface DuesMonthTerms {
  kind: string;
  /** First day, ISO. */
  month: string;
  rateBp: number;
  /** The national amount's ceiling in đồng; null: uncapped. */
  cap: number | null;
  /** The floor of a fixed base in đồng; null: a fixed base has no rule that month (no base salary). */
  fixedMinimum: number | null;
  unionRateAllowed: boolean;
}

/** The kinds of union some rule set gives a dues rate (any other kind has no rule: nothing due). */
function kindsWithRate(sets: readonly LoadedRuleSet[]): string[] {
  const codes = sets.flatMap((s) => (s.content.parameters ?? []).map((p) => p.code));
  return [...new Set(codes.filter((c) => c.startsWith(DUES_RATE)).map((c) => c.slice(DUES_RATE.length)))];
}

/**
 * The terms of every kind with a rule in each of `months`; a kind and month where nothing can be due (no rule, a rate
 * of 0, a cap without the base salary it is a share of) is left out, as memberMonthDues returns no amount there.
 */
export function duesMonthTerms(sets: readonly LoadedRuleSet[], months: readonly string[]): DuesMonthTerms[] {
  const terms: DuesMonthTerms[] = [];
  for (const kind of kindsWithRate(sets)) {
    for (const month of months) {
      const rule = monthRule(sets, kind, month);
      const rateBp = rule.rate ? basisPoints(rule.rate.value) : 0;
      if (rateBp === 0 || (rule.cap && !rule.baseSalary)) {
        continue;
      }
      const fixedMinimum = !rule.baseSalary ? null
        : rule.fixedMinimum ? percentOf(rule.baseSalary.value, basisPoints(rule.fixedMinimum.value), 'up') : 0;
      terms.push({ kind, month, rateBp, cap: capAmountOf(rule), fixedMinimum, unionRateAllowed: rule.unionRateAllowed });
    }
  }
  return terms;
}

/** The terms as a FROM item named `terms` (kind, month, rate_bp, cap, fixed_minimum, union_rate_allowed). */
export function duesTermsTable(terms: readonly DuesMonthTerms[]): RawBuilder<unknown> {
  return sql`unnest(${terms.map((t) => t.kind)}::text[], ${terms.map((t) => t.month)}::date[],
    ${terms.map((t) => t.rateBp)}::int[], ${terms.map((t) => t.cap)}::bigint[], ${terms.map((t) => t.fixedMinimum)}::bigint[],
    ${terms.map((t) => t.unionRateAllowed)}::boolean[]) AS terms(kind, month, rate_bp, cap, fixed_minimum, union_rate_allowed)`;
}

/** SQL column references (or expressions) of what a member-month's amount depends on beside its `terms` row. */
export interface DuesAmountInputs {
  /** The base in force: 'insurance_salary' | 'fixed' and its amount (bigint). */
  baseKind: RawBuilder<unknown>;
  baseAmount: RawBuilder<unknown>;
  /** The union's own rate in force (basis points, optional cap): both null when it has none. */
  unionRateBp: RawBuilder<unknown>;
  unionCap: RawBuilder<unknown>;
}

/**
 * What the member pays for the month (national + extra of memberMonthDues), from the row `terms` of the month's terms
 * (columns as duesTermsTable names them); null when no amount is due (a fixed base without a rule). The union's rate
 * only ever raises the national amount: national + max(0, byUnion − national) is greatest(national, byUnion).
 * least/greatest skip nulls, so a null cap is no cap.
 */
export function duesAmountSql(terms: string, x: DuesAmountInputs): RawBuilder<number | null> {
  const t = (column: string) => sql.ref(`${terms}.${column}`);
  const nearest = (bp: RawBuilder<unknown>) => sql`((2 * ${x.baseAmount}::bigint * ${bp} + 10000) / 20000)`;
  return sql<number | null>`CASE ${x.baseKind}
    WHEN 'fixed' THEN CASE WHEN ${t('fixed_minimum')} IS NOT NULL THEN greatest(${x.baseAmount}::bigint, ${t('fixed_minimum')}) END
    WHEN 'insurance_salary' THEN greatest(least(${nearest(t('rate_bp'))}, ${t('cap')}),
      CASE WHEN ${t('union_rate_allowed')} AND ${x.unionRateBp} IS NOT NULL THEN least(${nearest(x.unionRateBp)}, ${x.unionCap}) END)
    END`;
}
