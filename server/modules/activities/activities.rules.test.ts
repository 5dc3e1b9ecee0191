import { describe, expect, it } from 'vitest';
import { countAttendance, membersBelow, percent, ratesByKind, ratesByMember, scheduleOccurrences, type AttendanceRecord } from './activities.rules.ts';

describe('the dates of a recurring schedule', () => {
  const friday = { recurrence: 'weekly' as const, weekday: 5, monthDay: null, validFrom: '2023-01-01', validTo: null };

  it('lists every Friday afternoon of 2023: 52 of them, from 6/1 to 29/12', () => {
    const dates = scheduleOccurrences(friday, '2023-01-01', '2023-12-31');
    expect(dates).toHaveLength(52);
    expect(dates[0]).toBe('2023-01-06');
    expect(dates.at(-1)).toBe('2023-12-29');
    expect(dates.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 5)).toBe(true);
  });

  it('keeps within the schedule’s own validity and the range asked', () => {
    expect(scheduleOccurrences({ ...friday, validFrom: '2023-03-01', validTo: '2023-03-31' }, '2023-01-01', '2023-12-31'))
      .toEqual(['2023-03-03', '2023-03-10', '2023-03-17', '2023-03-24', '2023-03-31']);
    expect(scheduleOccurrences(friday, '2023-01-07', '2023-01-12')).toEqual([]);
    expect(scheduleOccurrences({ ...friday, validTo: '2022-12-31' }, '2023-01-01', '2023-12-31')).toEqual([]);
  });

  it('includes a start day that is itself the weekday, and a Sunday as weekday 7', () => {
    expect(scheduleOccurrences(friday, '2023-01-06', '2023-01-13')).toEqual(['2023-01-06', '2023-01-13']);
    expect(scheduleOccurrences({ ...friday, weekday: 7 }, '2023-01-01', '2023-01-15')).toEqual(['2023-01-01', '2023-01-08', '2023-01-15']);
  });

  it('puts a monthly day 31 on the last day of shorter months (30/4, 28/2; 29/2 in a leap year)', () => {
    const monthly = { recurrence: 'monthly' as const, weekday: null, monthDay: 31, validFrom: '2023-01-01', validTo: null };
    const dates = scheduleOccurrences(monthly, '2023-01-01', '2023-12-31');
    expect(dates).toEqual([
      '2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30',
      '2023-07-31', '2023-08-31', '2023-09-30', '2023-10-31', '2023-11-30', '2023-12-31',
    ]);
    expect(scheduleOccurrences(monthly, '2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
  });

  it('skips a monthly date before the start of the range', () => {
    const monthly = { recurrence: 'monthly' as const, weekday: null, monthDay: 10, validFrom: '2023-01-15', validTo: '2023-04-09' };
    expect(scheduleOccurrences(monthly, '2023-01-01', '2023-12-31')).toEqual(['2023-02-10', '2023-03-10']);
  });
});

describe('attendance rates', () => {
  const r = (memberId: number, kindCode: string, status: AttendanceRecord['status']): AttendanceRecord => ({ memberId, kindCode, status });

  it('rates present over expected, counting excused absences apart but not as present', () => {
    expect(countAttendance(['present', 'present', 'excused', 'absent'])).toEqual({ expected: 4, present: 2, excused: 1, absent: 1, rate: 50 });
    expect(countAttendance([])).toEqual({ expected: 0, present: 0, excused: 0, absent: 0, rate: 0 });
    expect(percent(2, 3)).toBe(66.7);
  });

  it('rates per member and per kind from the same records', () => {
    const records = [r(1, 'cnx', 'present'), r(1, 'cnx', 'absent'), r(1, 'shcd', 'present'), r(2, 'cnx', 'present'), r(2, 'shcd', 'excused')];
    expect(ratesByMember(records).get(1)).toMatchObject({ expected: 3, present: 2, rate: 66.7 });
    expect(ratesByKind(records).get('cnx')).toMatchObject({ expected: 3, present: 2, absent: 1, rate: 66.7 });
    expect(ratesByKind(records).get('shcd')).toMatchObject({ expected: 2, present: 1, excused: 1, rate: 50 });
  });

  it('rates a large union’s year in time linear in its records (a year of 20.000 members was quadratic)', () => {
    const records = Array.from({ length: 40_000 }, (_, i) => r(i % 8_000, 'shcd', i % 4 === 0 ? 'absent' : 'present'));
    const t0 = performance.now();
    expect(ratesByKind(records).get('shcd')).toMatchObject({ expected: 40_000, present: 30_000 });
    expect(ratesByMember(records).get(0)).toMatchObject({ expected: 5, present: 0, absent: 5 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('lists members below the threshold, lowest first; exactly at the threshold is not below; no expectation is not judged', () => {
    const by = new Map([
      [1, countAttendance(['present', 'present', 'present', 'present', 'absent'])],  // 80 %
      [2, countAttendance(['present', 'absent', 'absent'])],                           // 33.3 %
      [3, countAttendance(['present', 'excused', 'present', 'absent'])],               // 50 %
      [4, countAttendance([])],
    ]);
    expect(membersBelow(by, 80)).toEqual([2, 3]);
    expect(membersBelow(by, 81)).toEqual([2, 3, 1]);
  });
});
