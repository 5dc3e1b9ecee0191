import { addDays } from '../../../shared/vi/dates.ts';

// The rules of NĐ 145/2020 a meeting is checked against. Pure: the dates, the rule rows and the thresholds (dated
// parameters of the rules module, rule kind workplace_dialogue) come as parameters.

export interface RepRule { validFrom: string; minHeadcount: number; minReps: number }

/** Workers' representatives required for `headcount` workers under the rules in force on `on` (Điều 38); 0 without a rule. */
export function requiredReps(rules: readonly RepRule[], on: string, headcount: number): number {
  const inForce = rules.filter((r) => r.validFrom <= on);
  const latest = inForce.reduce((d, r) => (r.validFrom > d ? r.validFrom : d), '');
  const steps = inForce.filter((r) => r.validFrom === latest && r.minHeadcount <= headcount);
  return steps.reduce((best, r) => (r.minHeadcount >= best.minHeadcount ? r : best), { minHeadcount: -1, minReps: 0 }).minReps;
}

/** Quorum: more than `percent` % of the workers' representatives present (70 % under NĐ 145/2020), in integers. */
export const quorumMet = (present: number, expected: number, percent: number) => present * 100 > expected * percent;

/** Working days (Mon–Fri) after `from` up to and including `to`: a meeting on Friday published on Tuesday took 2. */
export function workingDaysAfter(from: string, to: string): number {
  let days = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      days += 1;
    }
  }
  return days;
}


/** A workers' request for a dialogue is signed by at least `percent` % of their representatives (30 % under NĐ 145/2020). */
export const requestSigned = (signed: number, reps: number, percent: number) => signed * 100 >= reps * percent;
