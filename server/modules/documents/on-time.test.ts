import { describe, expect, it } from 'vitest';
import { onTimeRate, yearOnTimeRate, type DeadlineFacts } from './on-time.ts';

const doc = (deadline: string | null, completedOn: string | null = null, status: DeadlineFacts['status'] = completedOn ? 'done' : 'pending'): DeadlineFacts =>
  ({ deadline, completedOn, status });

describe('on-time rate of directive documents', () => {
  it('counts documents done on or before their deadline over those whose deadline fell due', () => {
    const r = yearOnTimeRate([doc('2023-03-10', '2023-03-10'), doc('2023-05-01', '2023-04-20'), doc('2023-06-01', '2023-06-02')], 2023, '2023-12-31');
    expect(r).toEqual({ due: 3, onTime: 2, rate: 2 / 3 });
  });

  it('counts a document not done past its deadline against the rate', () => {
    expect(yearOnTimeRate([doc('2023-03-10', '2023-03-01'), doc('2023-04-10', null, 'in_progress')], 2023, '2023-12-31'))
      .toEqual({ due: 2, onTime: 1, rate: 0.5 });
  });

  it('leaves out documents without a deadline and those whose deadline is still ahead, even if already done', () => {
    const r = onTimeRate([doc(null, '2026-02-01'), doc('2026-12-15', '2026-11-01'), doc('2026-12-20'), doc('2026-10-01', '2026-09-30')],
      '2026-01-01', '2026-12-31', '2026-11-30');
    expect(r).toEqual({ due: 1, onTime: 1, rate: 1 });
  });

  it('judges the period by the deadline, not by the day received', () => {
    expect(yearOnTimeRate([doc('2024-01-15', '2024-01-10'), doc('2022-12-31', '2023-01-05')], 2023, '2024-06-01'))
      .toEqual({ due: 0, onTime: 0, rate: null });
  });

  it('gives no rate (not 100 %) when nothing fell due', () => {
    expect(yearOnTimeRate([], 2023, '2023-12-31').rate).toBeNull();
  });

  it('counts a deadline falling on the asOf day as due', () => {
    expect(onTimeRate([doc('2026-11-30')], '2026-01-01', '2026-12-31', '2026-11-30')).toEqual({ due: 1, onTime: 0, rate: 0 });
  });
});
