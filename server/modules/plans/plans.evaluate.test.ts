import { describe, expect, it } from 'vitest';
import { evaluateTarget, monthEnds, reaches, share } from './plans.evaluate.ts';
import {
  attendanceRate, classificationGrade, documentsOnTime, latestReading, manualValue, measure, registrationShare, titleCount, titleShare,
  type PlanData,
} from './plans.measures.ts';

// Kế hoạch, chỉ tiêu (issue 13, item 3): every measure and every status, without the database.

const full = { targetMin: 100, targetMax: null, lowerIsBetter: false };
const range = { targetMin: 2, targetMax: 3, lowerIsBetter: false };
const rank = { targetMin: 4, targetMax: 5, lowerIsBetter: true };
const facts = (actual: number | null, forecast: number | null = null, final = false) => ({ actual, forecast, final });

describe('reaching a target', () => {
  it('reads a range from its lower end, more is still reached; a rank from its upper end, lower is better', () => {
    expect([1, 2, 3, 4].map((v) => reaches(range, v))).toEqual([false, true, true, true]);
    expect([3, 4, 5, 6].map((v) => reaches(rank, v))).toEqual([true, true, true, false]);
    expect(reaches({ targetMin: 3, targetMax: null, lowerIsBetter: true }, 3)).toBe(true);
    expect(reaches(full, 99.9)).toBe(false);
  });
});

describe('the status of a target', () => {
  it('is pending with no value and no forecast, during the year and after it', () => {
    expect(evaluateTarget(full, facts(null), 2026, '2026-05-01')).toBe('pending');
    expect(evaluateTarget(full, facts(null), 2024, '2026-05-01')).toBe('pending');
  });
  it('during the year: on track when the value reaches the target now, at risk when below', () => {
    expect(evaluateTarget(full, facts(100), 2026, '2026-05-01')).toBe('on_track');
    expect(evaluateTarget(full, facts(80), 2026, '2026-05-01')).toBe('at_risk');
    expect(evaluateTarget(rank, facts(6), 2026, '2026-05-01')).toBe('at_risk');
  });
  it('judges titles before the results by the registrations, and the value wins over the forecast', () => {
    expect(evaluateTarget(full, facts(null, 100), 2026, '2026-05-01')).toBe('on_track');
    expect(evaluateTarget(full, facts(null, 90), 2026, '2026-05-01')).toBe('at_risk');
    expect(evaluateTarget(range, facts(1, 3), 2026, '2026-12-20')).toBe('at_risk');
    // after the year a forecast alone proves nothing
    expect(evaluateTarget(full, facts(null, 100), 2025, '2026-05-01')).toBe('pending');
  });
  it('is met or not met once the year is over, or when the value is final (a decided classification)', () => {
    expect(evaluateTarget(range, facts(2), 2024, '2025-01-01')).toBe('met');
    expect(evaluateTarget(range, facts(1), 2024, '2025-01-01')).toBe('not_met');
    expect(evaluateTarget(full, facts(100), 2024, '2024-12-31')).toBe('on_track');
    expect(evaluateTarget({ targetMin: 4, targetMax: null, lowerIsBetter: false }, facts(4, null, true), 2026, '2026-03-01')).toBe('met');
    expect(evaluateTarget({ targetMin: 4, targetMax: null, lowerIsBetter: false }, facts(3, null, true), 2026, '2026-03-01')).toBe('not_met');
  });
});

describe('helpers', () => {
  it('shares with one decimal, no share of nobody', () => {
    expect(share(19, 21)).toBe(90.5);
    expect(share(0, 0)).toBeNull();
  });
  it('lists month ends up to the day', () => {
    expect(monthEnds(2024, '2024-03-01')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(monthEnds(2023, '2030-01-01')).toHaveLength(12);
    expect(monthEnds(2027, '2026-11-30')).toEqual([]);
  });
});

const data: PlanData = {
  year: 2024,
  members: [
    { id: 1, category: 'can_bo_cong_chuc' }, { id: 2, category: 'can_bo_cong_chuc' }, { id: 3, category: 'can_bo_cong_chuc' },
    { id: 4, category: 'hop_dong' },
  ],
  results: [{ memberId: 1, title: 'ldtt' }, { memberId: 2, title: 'ldtt' }, { memberId: 3, title: 'ldtt' }, { memberId: 1, title: 'cstdcs' }],
  ratings: [{ memberId: 1, grade: 'htxsnv' }, { memberId: 2, grade: 'httnv' }, { memberId: 3, grade: 'htnv' }, { memberId: 4, grade: 'httnv' }],
  registrations: [
    { memberId: 1, title: 'ldtt', targetRating: null, registeredOn: '2024-01-15' },
    { memberId: 2, title: 'ldtt', targetRating: null, registeredOn: '2024-02-10' },
    { memberId: 1, title: 'rating', targetRating: 'htxsnv', registeredOn: '2024-01-15' },
  ],
  classification: { selfGrade: 'httnv', decidedGrade: null },
  documents: [
    { deadline: '2024-01-20', status: 'done', completedOn: '2024-01-19' },
    { deadline: '2024-03-10', status: 'done', completedOn: '2024-03-15' },
    { deadline: '2024-11-10', status: 'pending', completedOn: null },
  ],
  attendance: [
    { kindCode: 'chu-nhat-xanh', heldOn: '2024-01-05', status: 'present' },
    { kindCode: 'chu-nhat-xanh', heldOn: '2024-01-05', status: 'absent' },
    { kindCode: 'chu-nhat-xanh', heldOn: '2024-02-02', status: 'present' },
    { kindCode: 'chu-nhat-xanh', heldOn: '2024-02-02', status: 'excused' },
    { kindCode: 'hop-bch', heldOn: '2024-01-08', status: 'present' },
  ],
};
const noRecords: PlanData = { ...data, results: [], ratings: [], registrations: [], classification: null, documents: [], attendance: [] };

describe('the measures', () => {
  it('title_share: the share of a category reaching LĐTT, or a rating at least HTTNV; the registrations as forecast', () => {
    expect(titleShare(data, { title: 'ldtt', category: 'can_bo_cong_chuc' })).toEqual({ actual: 100, final: false, forecast: 66.7 });
    expect(titleShare(data, { title: 'ldtt' }).actual).toBe(75);
    expect(titleShare(data, { title: 'httnv' })).toEqual({ actual: 75, final: false, forecast: 25 });
    expect(titleShare(data, { title: 'htxsnv', category: 'can_bo_cong_chuc' }).actual).toBe(33.3);
    expect(titleShare(noRecords, { title: 'ldtt' })).toEqual({ actual: null, final: false, forecast: null });
  });
  it('title_count: members holding the title', () => {
    expect(titleCount(data, { title: 'cstdcs' })).toEqual({ actual: 1, final: false, forecast: null });
    expect(titleCount(data, { title: 'ldtt' }).forecast).toBe(2);
    expect(titleCount(noRecords, { title: 'cstdcs' }).actual).toBeNull();
  });
  it('classification: the decided grade is final, the self-assessment is not', () => {
    expect(classificationGrade(data)).toEqual({ actual: 3, final: false, forecast: null });
    expect(classificationGrade({ ...data, classification: { selfGrade: 'httnv', decidedGrade: 'htxsnv' } })).toEqual({ actual: 4, final: true, forecast: null });
    expect(classificationGrade(noRecords).actual).toBeNull();
  });
  it('documents_on_time: the on-time rate of the deadlines fallen due by the day', () => {
    expect(documentsOnTime(data, '2024-02-01').actual).toBe(100);
    expect(documentsOnTime(data, '2024-06-30').actual).toBe(50);
    expect(documentsOnTime(data, '2024-12-31').actual).toBe(33.3);
    expect(documentsOnTime(noRecords, '2024-12-31').actual).toBeNull();
  });
  it('attendance_rate: present of expected at one kind by the day, excused not present', () => {
    expect(attendanceRate(data, { kind: 'chu-nhat-xanh' }, '2024-01-31').actual).toBe(50);
    expect(attendanceRate(data, { kind: 'chu-nhat-xanh' }, '2024-12-31').actual).toBe(50);
    expect(attendanceRate(data, { kind: 'hop-bch' }, '2024-12-31').actual).toBe(100);
    expect(attendanceRate(data, { kind: 'tham-quan' }, '2024-12-31').actual).toBeNull();
  });
  it('registration_share: members registered by the day', () => {
    expect(registrationShare(data, {}, '2024-01-31').actual).toBe(25);
    expect(registrationShare(data, {}, '2024-12-31').actual).toBe(50);
    expect(registrationShare(data, { category: 'hop_dong' }, '2024-12-31').actual).toBe(0);
  });
  it('manual: the latest reading by the day', () => {
    const readings = [{ id: 1, recordedOn: '2024-06-30', value: 6 }, { id: 2, recordedOn: '2024-12-20', value: 4 }, { id: 3, recordedOn: '2024-12-20', value: 5 }];
    expect(manualValue(readings, '2024-07-01').actual).toBe(6);
    expect(latestReading(readings, '2024-12-31')?.id).toBe(3);
    expect(manualValue([], '2024-12-31').actual).toBeNull();
  });
  it('follows rate measures month by month, others as one point', () => {
    const docs = measure('documents_on_time', {}, data, [], '2024-04-15');
    expect(docs.series).toEqual([{ on: '2024-01-31', value: 100 }, { on: '2024-02-29', value: 100 }, { on: '2024-03-31', value: 50 }, { on: '2024-04-15', value: 50 }]);
    expect(measure('attendance_rate', { kind: 'chu-nhat-xanh' }, data, [], '2024-12-31').series).toHaveLength(12);
    expect(measure('title_count', { title: 'cstdcs' }, data, [], '2024-12-31').series).toEqual([{ on: '2024-12-31', value: 1 }]);
    expect(measure('manual', {}, data, [{ id: 1, recordedOn: '2024-06-30', value: 6 }], '2024-12-31').series).toEqual([{ on: '2024-06-30', value: 6 }]);
  });
});
