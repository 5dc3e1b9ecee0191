// Dated parameters (base salary, reward coefficients, rounding steps, thresholds) and the reward amount.
import type { ParameterRule } from '../../../../shared/contracts/rule-content.contract.ts';
import { roundDivide } from './caps.ts';
import { inForce, laterFirst, type LoadedRuleSet } from './rule-set.ts';

export interface ParameterValue {
  code: string;
  parameter: ParameterRule;
  value: number;
  from: string;
  to: string | null;
  source: string;
  unverified: boolean;
  ruleSet: LoadedRuleSet;
}

/** All values a parameter has across the rule sets, each with its window (a value's own, else its set's). */
function valuesOf(sets: readonly LoadedRuleSet[], code: string): ParameterValue[] {
  return sets.flatMap((set) => (set.content.parameters ?? []).filter((p) => p.code === code).flatMap((parameter) =>
    parameter.values.map((v) => ({
      code,
      parameter,
      value: v.value,
      from: v.from ?? set.validFrom,
      to: v.to ?? set.validTo,
      source: v.source ?? [parameter.article, set.regulation.number].filter(Boolean).join(' '),
      unverified: (v.unverified ?? false) || (parameter.unverified ?? false) || !set.verified,
      ruleSet: set,
    }))));
}

/** The value in force on `date`: inside its own window and its rule set's; the latest start wins. */
export function parameterOn(sets: readonly LoadedRuleSet[], code: string, date: string): ParameterValue | null {
  const candidates = valuesOf(sets.filter((s) => inForce(s, date)), code).filter((v) => inForce({ validFrom: v.from, validTo: v.to }, date));
  candidates.sort((a, b) => b.from.localeCompare(a.from) || laterFirst(a.ruleSet, b.ruleSet));
  return candidates[0] ?? null;
}

export const REWARD_PREFIX = 'reward.';
export const BASE_SALARY = 'base_salary';
export const REWARD_ROUNDING = 'reward.rounding';

export interface RewardAmount {
  coefficient: ParameterValue;
  baseSalary: ParameterValue;
  step: ParameterValue;
  rounding: 'down' | 'up' | 'nearest';
  amount: number;
}

/** Coefficient × base salary in force on the decision date, rounded to the step the rules set (integer đồng). */
export function rewardAmount(sets: readonly LoadedRuleSet[], title: string, decisionDate: string): RewardAmount | { missing: string } {
  const coefficient = parameterOn(sets, `${REWARD_PREFIX}${title}`, decisionDate);
  const baseSalary = parameterOn(sets, BASE_SALARY, decisionDate);
  const step = parameterOn(sets, REWARD_ROUNDING, decisionDate);
  if (!coefficient) {
    return { missing: `hệ số tiền thưởng của danh hiệu ${title}` };
  }
  if (!baseSalary) {
    return { missing: 'mức lương cơ sở' };
  }
  if (!step) {
    return { missing: 'quy tắc làm tròn tiền thưởng' };
  }
  const rounding = step.parameter.rounding ?? 'up';
  // Coefficients to the thousandth, so the product stays an exact integer.
  const product = Math.round(coefficient.value * 1000) * baseSalary.value;
  const amount = roundDivide(product, 1000 * step.value, rounding) * step.value;
  return { coefficient, baseSalary, step, rounding, amount };
}
