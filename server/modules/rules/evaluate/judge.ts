// Which rule judges a title on a date, and the judgement: each condition met or not, with its article.
import type { CandidateFacts, TitleRule } from '../../../../shared/contracts/rule-content.contract.ts';
import type { CapResult, Judgement } from '../../../../shared/contracts/rules.contract.ts';
import { evaluateCap } from './caps.ts';
import { failingReasons, judgeCondition } from './conditions.ts';
import { citationOf, inForce, laterFirst, refOf, titleNamesOf, type LoadedRuleSet } from './rule-set.ts';

export interface TitleRuleInForce { set: LoadedRuleSet; rule: TitleRule }

/** The rule set defining `title` on `date`; when sets overlap, the one that started last (then the newest) wins. */
export function titleRuleOn(sets: readonly LoadedRuleSet[], title: string, date: string): TitleRuleInForce | null {
  const set = sets.filter((s) => inForce(s, date) && (s.content.titles ?? []).some((t) => t.code === title)).sort(laterFirst)[0];
  return set ? { set, rule: set.content.titles!.find((t) => t.code === title)! } : null;
}

export function judgeTitle(sets: readonly LoadedRuleSet[], found: TitleRuleInForce, facts: CandidateFacts, date: string): Judgement {
  const names = titleNamesOf(sets.filter((s) => inForce(s, date)));
  const titleName = (code: string) => names.get(code) ?? titleNamesOf(sets).get(code) ?? code;
  const { set, rule } = found;
  const condition = judgeCondition(rule.condition, facts, { date, titleName });
  const article = rule.article ?? citationOf(set);
  const reasons = failingReasons(rule.condition, condition, article);
  return {
    title: rule.code,
    titleName: rule.name,
    date,
    ruleSet: refOf(set),
    status: condition.status,
    condition,
    refusal: condition.status === 'not_met' ? `Không đủ điều kiện «${rule.name}» — ${reasons.join('; ')}` : null,
  };
}

/** Every cap in force on `date` whose subject and base are both counted. */
export function evaluateCaps(sets: readonly LoadedRuleSet[], counts: Readonly<Record<string, number>>, date: string): CapResult[] {
  return sets.filter((s) => inForce(s, date)).sort(laterFirst).flatMap((set) =>
    (set.content.caps ?? [])
      .filter((cap) => counts[cap.subject] !== undefined && counts[cap.base] !== undefined)
      .map((cap) => evaluateCap(set, cap, counts[cap.base], counts[cap.subject])));
}
