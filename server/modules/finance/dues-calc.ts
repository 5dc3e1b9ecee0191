// Đoàn phí (member dues): what a member owes for a month, from the union's kind, the member's dues base in force on
// the first of the month, exemptions, the union's own higher rate, and the rules of that month (dues-*.json and the
// base salary). Pure: the rule sets are loaded by the caller, the month is a parameter, never "now".
//
// Arithmetic is in integers: a percentage from the rules becomes basis points (0,5 % → 50), and every amount is
// salary × basis points / 10 000 rounded to the nearest đồng, half up (no rule says how; the amounts the rules
// give as examples are all whole). A fixed minimum ("at least 0,5 % of the base salary") is rounded up, so it
// is never under the rule.
import { parameterOn, type ParameterValue } from '../rules/evaluate/parameters.ts';
import type { LoadedRuleSet } from '../rules/rules.service.ts';

export type DuesBaseKind = 'insurance_salary' | 'fixed';
export type ExemptionReason = 'insurance_benefit' | 'no_income';

/** The member's dues base from a month (first day, ISO) until their next one. */
export interface DuesBase { fromMonth: string; kind: DuesBaseKind; amount: number }
export interface DuesExemption { fromMonth: string; toMonth: string | null; reason: ExemptionReason }
/** The union's own higher rate (basis points), with its resolution's optional monthly ceiling. */
export interface UnionRate { fromMonth: string; rateBp: number; capAmount: number | null }

export interface MemberMonthInput {
  /** The month's first day, ISO (2025-07-01). */
  month: string;
  /** The union's kind on that day (org_kinds code); null before it existed. */
  orgKind: string | null;
  /** Active (đang sinh hoạt) on the month's first day. */
  active: boolean;
  bases: readonly DuesBase[];
  exemptions: readonly DuesExemption[];
  unionRates: readonly UnionRate[];
  /** The rule of `orgKind` for `month`, when the caller has it already (a grid of many members). */
  rule?: MonthRule;
}

/** The rule of a month for a kind of union, as read from the rule sets (for the grid's header too). */
export interface MonthRule {
  month: string;
  rate: ParameterValue | null;
  cap: ParameterValue | null;
  baseSalary: ParameterValue | null;
  fixedMinimum: ParameterValue | null;
  keptShare: ParameterValue | null;
  unionRateAllowed: boolean;
}

export type MemberMonthDues =
  | { status: 'not_due'; reason: 'inactive' | 'no_dues' }
  | { status: 'exempt'; reason: ExemptionReason }
  | { status: 'no_base' }
  | { status: 'no_rule'; missing: string }
  | {
    status: 'due';
    /** What the member pays: the rule's amount plus what the union's higher rate adds. */
    amount: number;
    /** The part the national rule asks for (the kept share applies to it). */
    national: number;
    /** Above the rule: stays whole with the union. */
    extra: number;
    /** The share the union keeps (null when no rule gives it); the rest goes to the upper level. */
    kept: number | null;
    /** The cap bound the amount (an enterprise member earning more than cap / rate). */
    capped: boolean;
  };

export const DUES_RATE = 'dues.rate.';
export const DUES_CAP = 'dues.cap.';
export const DUES_FIXED_MINIMUM = 'dues.fixedMinimum.';
export const DUES_UNION_RATE_ALLOWED = 'dues.unionRateAllowed.';
export const DUES_KEPT_SHARE = 'dues.keptShare';
export const BASE_SALARY = 'base_salary';

/** A percentage with at most two decimals, as basis points. */
export const basisPoints = (percent: number): number => Math.round(percent * 100);

/** amount × bp / 10 000, to the nearest đồng (half up), or up. */
export function percentOf(amount: number, bp: number, rounding: 'nearest' | 'up' = 'nearest'): number {
  const product = amount * bp;
  return rounding === 'up' ? Math.ceil(product / 10_000) : Math.floor((2 * product + 10_000) / 20_000);
}

export function monthRule(sets: readonly LoadedRuleSet[], kind: string, month: string): MonthRule {
  const allowed = parameterOn(sets, `${DUES_UNION_RATE_ALLOWED}${kind}`, month);
  return {
    month,
    rate: parameterOn(sets, `${DUES_RATE}${kind}`, month),
    cap: parameterOn(sets, `${DUES_CAP}${kind}`, month),
    baseSalary: parameterOn(sets, BASE_SALARY, month),
    fixedMinimum: parameterOn(sets, `${DUES_FIXED_MINIMUM}${kind}`, month),
    keptShare: parameterOn(sets, DUES_KEPT_SHARE, month),
    unionRateAllowed: (allowed?.value ?? 0) >= 1,
  };
}

/** The cap in đồng for a month (null: uncapped). */
export function capAmountOf(rule: MonthRule): number | null {
  return rule.cap && rule.baseSalary ? percentOf(rule.baseSalary.value, basisPoints(rule.cap.value)) : null;
}

/** The last row begun on or before the month (rows sorted or not). */
function inForceOn<T extends { fromMonth: string }>(rows: readonly T[], month: string): T | null {
  let found: T | null = null;
  for (const r of rows) {
    if (r.fromMonth <= month && (!found || r.fromMonth > found.fromMonth)) {
      found = r;
    }
  }
  return found;
}

/** What a member owes for a month, and why not when nothing. */
export function memberMonthDues(sets: readonly LoadedRuleSet[], input: MemberMonthInput): MemberMonthDues {
  const { month } = input;
  if (!input.active || input.orgKind === null) {
    return { status: 'not_due', reason: 'inactive' };
  }
  const exemption = input.exemptions.find((e) => e.fromMonth <= month && (e.toMonth === null || month <= e.toMonth));
  if (exemption) {
    return { status: 'exempt', reason: exemption.reason };
  }
  const rule = input.rule ?? monthRule(sets, input.orgKind, month);
  if (!rule.rate) {
    return { status: 'no_rule', missing: 'mức đóng đoàn phí của loại hình công đoàn này' };
  }
  const rateBp = basisPoints(rule.rate.value);
  if (rateBp === 0) {
    return { status: 'not_due', reason: 'no_dues' };
  }
  const base = inForceOn(input.bases, month);
  if (!base) {
    return { status: 'no_base' };
  }
  if ((rule.cap || base.kind === 'fixed') && !rule.baseSalary) {
    return { status: 'no_rule', missing: 'mức lương cơ sở' };
  }
  let national: number;
  let capped = false;
  if (base.kind === 'fixed') {
    // A fixed amount decided for a member without a social-insurance salary, never below the rule's minimum.
    const minimum = rule.fixedMinimum && rule.baseSalary
      ? percentOf(rule.baseSalary.value, basisPoints(rule.fixedMinimum.value), 'up') : 0;
    national = Math.max(base.amount, minimum);
  } else {
    const byRate = percentOf(base.amount, rateBp);
    const cap = capAmountOf(rule);
    capped = cap !== null && byRate > cap;
    national = capped ? cap! : byRate;
  }
  let extra = 0;
  const unionRate = rule.unionRateAllowed && base.kind === 'insurance_salary' ? inForceOn(input.unionRates, month) : null;
  if (unionRate) {
    const byUnion = percentOf(base.amount, unionRate.rateBp);
    extra = Math.max(0, (unionRate.capAmount === null ? byUnion : Math.min(byUnion, unionRate.capAmount)) - national);
  }
  const kept = rule.keptShare ? percentOf(national, basisPoints(rule.keptShare.value)) + extra : null;
  if (national + extra === 0) {
    return { status: 'not_due', reason: 'no_dues' };
  }
  return { status: 'due', amount: national + extra, national, extra, kept, capped };
}

/** The months of a year, as first days. */
export const monthsOf = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}-01`);
