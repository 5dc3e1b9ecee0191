// Xếp loại CĐCS: the scale in force (groups, indicators, thresholds as data) and the total of a self-assessment.
// Points are summed per group and capped at the group's maximum; bonus groups count on top; the grade is the highest
// whose threshold the total reaches, else the last one (KHTNV).
import type { ClassificationScheme, Rating } from '../../../../shared/contracts/rule-content.contract.ts';
import { ratings } from '../../../../shared/contracts/rule-content.contract.ts';
import { inForce, laterFirst, type LoadedRuleSet } from './rule-set.ts';
import { ratingNames } from './wording.ts';

export interface GradeThreshold { grade: Rating; minPoints: number }

/** The latest rule set in force on `date` that holds a classification scale. */
export function classificationSchemeOn(sets: readonly LoadedRuleSet[], date: string): { set: LoadedRuleSet; scheme: ClassificationScheme } | null {
  const set = sets.filter((s) => s.content.classification && inForce(s, date)).sort(laterFirst)[0];
  return set ? { set, scheme: set.content.classification! } : null;
}

/** The scale as it applies to one kind of union: indicators of other kinds left out. */
export function schemeForKind(scheme: ClassificationScheme, kind: string): ClassificationScheme {
  return {
    ...scheme,
    groups: scheme.groups.map((g) => ({ ...g, indicators: g.indicators.filter((i) => !i.kinds || i.kinds.includes(kind)) }))
      .filter((g) => g.indicators.length > 0),
  };
}

// Tenths of a point, so 0.5 + 0.2 adds up exactly.
const tenths = (p: number) => Math.round(p * 10);

export interface ScoredGroup { code: string; points: number; maxPoints: number; capped: boolean }

export function scoreClassification(
  scheme: ClassificationScheme, points: ReadonlyMap<string, number>, thresholds: readonly GradeThreshold[],
): { groups: ScoredGroup[]; total: number; grade: Rating } {
  const groups = scheme.groups.map((g) => {
    const sum = g.indicators.reduce((s, i) => s + Math.min(tenths(points.get(i.code) ?? 0), tenths(i.maxPoints)), 0);
    return { code: g.code, points: Math.min(sum, tenths(g.maxPoints)) / 10, maxPoints: g.maxPoints, capped: sum > tenths(g.maxPoints) };
  });
  const total = groups.reduce((s, g) => s + tenths(g.points), 0) / 10;
  return { groups, total, grade: gradeFor(total, thresholds) };
}

export function gradeFor(total: number, thresholds: readonly GradeThreshold[]): Rating {
  const reached = [...thresholds].sort((a, b) => b.minPoints - a.minPoints).find((t) => tenths(total) >= tenths(t.minPoints));
  return reached?.grade ?? ratings[ratings.length - 1];
}

const pointsText = (p: number) => `${String(p).replace('.', ',')} điểm`;

/** Lines for the page "Quy định áp dụng": each group's maximum and each grade's threshold. */
export function classificationLines(scheme: ClassificationScheme) {
  return [
    ...scheme.groups.map((g) => ({
      code: `classification.group.${g.code}`, name: g.name, value: g.maxPoints, display: pointsText(g.maxPoints),
      text: `${g.name}: tối đa ${pointsText(g.maxPoints)} (${g.indicators.length} chỉ tiêu)`,
      article: g.article ?? null, unverified: g.unverified ?? false,
    })),
    ...scheme.grades.map((t) => ({
      code: `classification.grade.${t.grade}`, name: ratingNames[t.grade], value: t.minPoints, display: pointsText(t.minPoints),
      text: `${ratingNames[t.grade]}: từ ${pointsText(t.minPoints)} trở lên`, article: t.article ?? null, unverified: t.unverified ?? false,
    })),
  ];
}
