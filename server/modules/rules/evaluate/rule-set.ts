import type { RuleContent } from '../../../../shared/contracts/rule-content.contract.ts';
import type { Regulation, RuleSetKind, RuleSetRef } from '../../../../shared/contracts/rules.contract.ts';

/** A rule set as the evaluator reads it (the current version of one key). */
export interface LoadedRuleSet {
  id: number;
  key: string;
  version: number;
  name: string;
  kind: RuleSetKind;
  regulation: Regulation;
  validFrom: string;
  validTo: string | null;
  verified: boolean;
  content: RuleContent;
}

export const inForce = (set: Pick<LoadedRuleSet, 'validFrom' | 'validTo'>, date: string): boolean =>
  set.validFrom <= date && (set.validTo === null || date <= set.validTo);

/** Later rules win: the latest start, then the latest added. */
export const laterFirst = (a: LoadedRuleSet, b: LoadedRuleSet): number =>
  b.validFrom.localeCompare(a.validFrom) || b.id - a.id;

export const refOf = (set: LoadedRuleSet): RuleSetRef => ({
  key: set.key, version: set.version, name: set.name, regulation: set.regulation, verified: set.verified,
});

/** "Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP" style citation of the rule set itself. */
export const citationOf = (set: LoadedRuleSet): string =>
  [set.regulation.article, set.regulation.number].filter(Boolean).join(' ');

/** Title names (code → name) known to the given rule sets, for sentences that mention a title. */
export function titleNamesOf(sets: readonly LoadedRuleSet[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const set of [...sets].sort(laterFirst).reverse()) {
    for (const title of set.content.titles ?? []) {
      names.set(title.code, title.name);
    }
  }
  return names;
}
