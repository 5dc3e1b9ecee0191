// Caps: "at most p % of a base group", rounded as the rule says, in integer arithmetic (basis points).
import type { CapRule } from '../../../../shared/contracts/rule-content.contract.ts';
import type { CapResult } from '../../../../shared/contracts/rules.contract.ts';
import { refOf, type LoadedRuleSet } from './rule-set.ts';
import { percentText } from './wording.ts';

const roundingWords = { down: 'làm tròn xuống', up: 'làm tròn lên', nearest: 'làm tròn' } as const;

export function roundDivide(numerator: number, denominator: number, rounding: 'down' | 'up' | 'nearest'): number {
  switch (rounding) {
    case 'down':
      return Math.floor(numerator / denominator);
    case 'up':
      return Math.ceil(numerator / denominator);
    case 'nearest':
      return Math.floor((2 * numerator + denominator) / (2 * denominator));
  }
}

/** How many the cap allows for a base group of `base`. */
export function allowedByCap(cap: CapRule, base: number): number {
  return roundDivide(base * Math.round(cap.percent * 100), 10_000, cap.rounding);
}

export function capText(cap: CapRule): string {
  return cap.text
    ?? `Số «${cap.subjectName}» không vượt quá ${percentText(cap.percent)} số «${cap.baseName}» (${roundingWords[cap.rounding]})`;
}

export function evaluateCap(set: LoadedRuleSet, cap: CapRule, base: number, proposed: number): CapResult {
  const allowed = allowedByCap(cap, base);
  const excess = Math.max(0, proposed - allowed);
  return {
    code: cap.code,
    ruleSet: refOf(set),
    text: capText(cap),
    article: cap.article,
    unverified: (cap.unverified ?? false) || !set.verified,
    base,
    allowed,
    proposed,
    excess,
    withinCap: excess === 0,
    message: excess === 0 ? null
      : `Vượt giới hạn: tối đa ${allowed} «${cap.subjectName}» (${percentText(cap.percent)} của ${base} «${cap.baseName}», `
        + `${roundingWords[cap.rounding]} — ${cap.article}); đề nghị ${proposed}, vượt ${excess}`,
  };
}
