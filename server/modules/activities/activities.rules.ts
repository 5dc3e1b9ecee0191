// The rules of activities, as pure functions: the dates of a recurring schedule, and attendance rates.
import type { AttendanceStatus } from '../../../shared/contracts/activities.contract.ts';

export interface Recurrence {
  recurrence: 'weekly' | 'monthly';
  /** ISO weekday: 1 Monday … 7 Sunday (weekly). */
  weekday: number | null;
  /** Day of the month (monthly); past the month's end it falls on the month's last day. */
  monthDay: number | null;
  validFrom: string;
  validTo: string | null;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The dates of a schedule within [from, to] and its own validity, in order. Weekly: every given weekday. Monthly:
 * the given day of each month, or the month's last day when the month is shorter (day 31 → 30/4, 28/2 or 29/2).
 */
export function scheduleOccurrences(s: Recurrence, from: string, to: string): string[] {
  const start = from > s.validFrom ? from : s.validFrom;
  const end = s.validTo !== null && s.validTo < to ? s.validTo : to;
  if (start > end) {
    return [];
  }
  const out: string[] = [];
  if (s.recurrence === 'weekly') {
    const weekday = s.weekday ?? 1;
    const startDay = new Date(ms(start)).getUTCDay() || 7;
    for (let t = ms(start) + ((weekday - startDay + 7) % 7) * DAY; t <= ms(end); t += 7 * DAY) {
      out.push(iso(t));
    }
    return out;
  }
  const day = s.monthDay ?? 1;
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDayOfMonth(y, m))).padStart(2, '0')}`;
    if (d > end) {
      break;
    }
    if (d >= start) {
      out.push(d);
    }
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface AttendanceRecord { memberId: number; kindCode: string; status: AttendanceStatus }

export interface AttendanceCounts {
  /** Activities the member was expected at (one roster row each). */
  expected: number;
  present: number;
  excused: number;
  absent: number;
  /** present / expected, in percent with one decimal (0 when nothing was expected). Excused absences count as not present. */
  rate: number;
}

export function countAttendance(statuses: readonly AttendanceStatus[]): AttendanceCounts {
  const present = statuses.filter((s) => s === 'present').length;
  const excused = statuses.filter((s) => s === 'excused').length;
  const expected = statuses.length;
  return { expected, present, excused, absent: expected - present - excused, rate: percent(present, expected) };
}

/** A share in percent rounded to one decimal; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

function groupBy<K>(records: readonly AttendanceRecord[], key: (r: AttendanceRecord) => K): Map<K, AttendanceCounts> {
  const by = new Map<K, AttendanceStatus[]>();
  for (const r of records) {
    const k = key(r);
    const statuses = by.get(k);
    if (statuses) {
      statuses.push(r.status);
    } else {
      by.set(k, [r.status]);
    }
  }
  return new Map([...by].map(([k, v]) => [k, countAttendance(v)]));
}

export const ratesByMember = (records: readonly AttendanceRecord[]) => groupBy(records, (r) => r.memberId);
export const ratesByKind = (records: readonly AttendanceRecord[]) => groupBy(records, (r) => r.kindCode);

/**
 * Members whose rate is below the threshold (percent), lowest first. A member expected at nothing is not listed:
 * there is nothing to judge.
 */
export function membersBelow(byMember: ReadonlyMap<number, AttendanceCounts>, threshold: number): number[] {
  return [...byMember].filter(([, c]) => c.expected > 0 && c.rate < threshold)
    .sort(([a, x], [b, y]) => x.rate - y.rate || a - b).map(([id]) => id);
}
