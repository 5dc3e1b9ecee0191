// A rule set as the page "Quy định áp dụng" shows it on a date: every condition, cap and value in plain Vietnamese.
import type { AppliedRuleSet } from '../../../../shared/contracts/rules.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { capText } from './caps.ts';
import { classificationLines } from './classification.ts';
import { renderCondition } from './conditions.ts';
import { parameterOn } from './parameters.ts';
import { inForce, laterFirst, titleNamesOf, type LoadedRuleSet } from './rule-set.ts';
import { dateText, percentText } from './wording.ts';

function display(unit: 'dong' | 'coefficient' | 'percent' | 'points' | 'working_days', value: number): string {
  switch (unit) {
    case 'dong':
      return Number.isSafeInteger(value) ? formatDong(value) : `${value} đ`;
    case 'coefficient':
      return `hệ số ${String(value).replace('.', ',')}`;
    case 'percent':
      return percentText(value);
    case 'points':
      return `${String(value).replace('.', ',')} điểm`;
    case 'working_days':
      return `${value} ngày làm việc`;
  }
}

/** The rule sets in force on `date`, latest first, rendered. */
export function renderRuleSetsOn(sets: readonly LoadedRuleSet[], date: string): AppliedRuleSet[] {
  const applied = sets.filter((s) => inForce(s, date)).sort(laterFirst);
  const names = titleNamesOf(sets);
  const titleName = (code: string) => names.get(code) ?? code;
  return applied.map((set) => ({
    key: set.key,
    version: set.version,
    name: set.name,
    kind: set.kind,
    regulation: set.regulation,
    validFrom: set.validFrom,
    validTo: set.validTo,
    verified: set.verified,
    titles: (set.content.titles ?? []).map((t) => ({
      code: t.code,
      name: t.name,
      subject: t.subject,
      condition: { ...renderCondition(t.condition, titleName), article: t.condition.article ?? t.article ?? null, unverified: (t.unverified ?? false) || (t.condition.unverified ?? false) },
    })),
    caps: (set.content.caps ?? []).map((c) => ({ text: capText(c), article: c.article, unverified: c.unverified ?? false })),
    parameters: (set.content.parameters ?? []).flatMap((p) => {
      const v = parameterOn([set], p.code, date);
      if (!v) {
        return [];
      }
      const since = `từ ${dateText(v.from)}${v.to ? ` đến ${dateText(v.to)}` : ''}`;
      return [{
        code: p.code, name: p.name, value: v.value, display: display(p.unit, v.value),
        text: `${p.text ?? p.name}: ${display(p.unit, v.value)}${p.rounding ? ` (${p.rounding === 'up' ? 'làm tròn lên' : p.rounding === 'down' ? 'làm tròn xuống' : 'làm tròn'})` : ''} — ${since}`,
        article: v.source || null, unverified: (p.unverified ?? false) || v.unverified,
      }];
    }).concat(set.content.classification ? classificationLines(set.content.classification) : []),
    notes: set.content.notes ?? [],
  }));
}
