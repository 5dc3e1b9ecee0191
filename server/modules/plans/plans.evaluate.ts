// Kế hoạch, chỉ tiêu: judging a target against its actual value, without the database (unit-tested in
// plans.evaluate.test.ts). The measures (plans.measures.ts) turn the records into `MeasureFacts`; this file decides.
//
// A target is reached when, for a target where higher is better, the value is at least target_min ("2–3 CSTĐCS":
// 2 or more; more than the range is still reached), and, where lower is better (a rank, 1 the best), the value is at
// most target_max, or target_min when there is no range ("CCHC xếp hạng 4–5/9": rank 5 or better).
//
// Status on a day `asOf`, for the plan's year:
//   pending   no value and no forecast yet: nothing recorded that the measure reads (not a failure: the results
//             of the year, the classification or a reading simply are not in yet — also after the year ends).
//   met       the value reaches the target and is final: the year is over (asOf after 31/12), or the measure says
//             its value is final already (the union's classification decided by the upper level).
//   not_met   the value is final and does not reach the target.
//   on_track  during the year: the value reaches the target now (a rate at 100 % today), or, with no value yet,
//             the forecast reaches it (titles before the year-end results: the members registered for the title).
//   at_risk   during the year: the value is below the target now (a rate below target, a reading of a rank worse
//             than the target), or the forecast does not reach it (fewer registered for LĐTT than the target share).
//             A value below target is at risk even when a forecast would reach it: the value is what is known.

export type TargetStatus = 'met' | 'on_track' | 'at_risk' | 'not_met' | 'pending';

export interface TargetGoal {
  targetMin: number;
  targetMax: number | null;
  lowerIsBetter: boolean;
}

export interface MeasureFacts {
  /** The value now (percent, count, grade rank 1–4, or a manual reading); null when there is no data. */
  actual: number | null;
  /** The value is final before the year ends (a decided classification). */
  final: boolean;
  /** The value expected at year end from what is known (registrations), when there is no value yet. */
  forecast: number | null;
}

export const yearEnd = (year: number) => `${year}-12-31`;

export function reaches(goal: TargetGoal, value: number): boolean {
  return goal.lowerIsBetter ? value <= (goal.targetMax ?? goal.targetMin) : value >= goal.targetMin;
}

export function evaluateTarget(goal: TargetGoal, facts: MeasureFacts, year: number, asOf: string): TargetStatus {
  const over = asOf > yearEnd(year);
  if (facts.actual !== null) {
    const ok = reaches(goal, facts.actual);
    if (over || facts.final) {
      return ok ? 'met' : 'not_met';
    }
    return ok ? 'on_track' : 'at_risk';
  }
  if (facts.forecast !== null && !over) {
    return reaches(goal, facts.forecast) ? 'on_track' : 'at_risk';
  }
  return 'pending';
}

/** A share in percent with one decimal; null when the whole is empty (no data, not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The last day of each month of the year up to `asOf` (or all twelve when the year is over). */
export function monthEnds(year: number, asOf: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    if (first > asOf) {
      break;
    }
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    out.push(`${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
  }
  return out;
}

export const GRADE_RANK = { khtnv: 1, htnv: 2, httnv: 3, htxsnv: 4 } as const;
export type GradeCode = keyof typeof GRADE_RANK;
export const gradeOfRank = (rank: number): GradeCode | null =>
  (Object.entries(GRADE_RANK).find(([, r]) => r === rank)?.[0] as GradeCode | undefined) ?? null;
