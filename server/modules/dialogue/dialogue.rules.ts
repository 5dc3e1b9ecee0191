import { addDays } from '../../../shared/vi/dates.ts';

// The rules of NĐ 145/2020 a meeting is checked against. Pure: the dates and the rule rows come as parameters.

export interface RepRule { validFrom: string; minHeadcount: number; minReps: number }

/** Workers' representatives required for `headcount` workers under the rules in force on `on` (Điều 38); 0 without a rule. */
export function requiredReps(rules: readonly RepRule[], on: string, headcount: number): number {
  const inForce = rules.filter((r) => r.validFrom <= on);
  const latest = inForce.reduce((d, r) => (r.validFrom > d ? r.validFrom : d), '');
  const steps = inForce.filter((r) => r.validFrom === latest && r.minHeadcount <= headcount);
  return steps.reduce((best, r) => (r.minHeadcount >= best.minHeadcount ? r : best), { minHeadcount: -1, minReps: 0 }).minReps;
}

/** Quorum: more than 70 % of the workers' representatives present (Điều 39), in integers: present × 10 > expected × 7. */
export const quorumMet = (present: number, expected: number) => present * 10 > expected * 7;

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

/** The main points are published within 3 working days of the meeting. */
export const PUBLISH_WITHIN_WORKING_DAYS = 3;

/** A workers' request for a dialogue is signed by at least 30 % of their representatives (Điều 39): signed × 10 ≥ reps × 3. */
export const requestSigned = (signed: number, reps: number) => signed * 10 >= reps * 3;

/** The side asked answers within 5 working days of receiving the request (Điều 40). */
export const ANSWER_WITHIN_WORKING_DAYS = 5;
