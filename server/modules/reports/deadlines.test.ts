import { describe, expect, it } from 'vitest';
import { applicableDeadline, daysLeft, dueOnProblem, stepsUp, timelinessOf, vietnamDay, type ParentMap } from './deadlines.ts';

// province 1 → ward 2 → union 3; province 1 → union 4. On 2026-07-01 union 4 moves under the ward.
const before: ParentMap = new Map([[1, null], [2, 1], [3, 2], [4, 1]]);
const after: ParentMap = new Map([[1, null], [2, 1], [3, 2], [4, 2]]);
const treeOn = (day: string) => (day < '2026-07-01' ? before : after);

describe('the deadline that applies to a union', () => {
  it('counts the steps up the tree, and none to an organisation not above', () => {
    expect(stepsUp(before, 3, 2)).toBe(1);
    expect(stepsUp(before, 3, 1)).toBe(2);
    expect(stepsUp(before, 4, 2)).toBeNull();
    expect(stepsUp(before, 1, 1)).toBeNull();
  });

  it('inherits the province\'s deadline when the ward set none', () => {
    expect(applicableDeadline(3, [{ orgId: 1, dueOn: '2026-12-15' }], treeOn)).toEqual({ orgId: 1, dueOn: '2026-12-15' });
  });

  it('takes the nearest upper level\'s deadline over a farther one', () => {
    const deadlines = [{ orgId: 1, dueOn: '2026-12-15' }, { orgId: 2, dueOn: '2026-12-10' }];
    expect(applicableDeadline(3, deadlines, treeOn)?.orgId).toBe(2);
    expect(applicableDeadline(4, deadlines, treeOn)?.orgId).toBe(2); // under the ward on 10/12
  });

  it('judges each deadline in the tree of its own day', () => {
    expect(applicableDeadline(4, [{ orgId: 2, dueOn: '2026-06-15' }], treeOn)).toBeNull();
    expect(applicableDeadline(4, [{ orgId: 2, dueOn: '2026-06-15' }, { orgId: 1, dueOn: '2026-12-15' }], treeOn)?.orgId).toBe(1);
  });

  it('has none when no level above set one', () => {
    expect(applicableDeadline(3, [{ orgId: 4, dueOn: '2026-12-15' }], treeOn)).toBeNull();
    expect(applicableDeadline(3, [], treeOn)).toBeNull();
  });
});

describe('a submission against its deadline', () => {
  it('is on time up to and on the due day, late after', () => {
    expect(timelinessOf('2026-12-14', '2026-12-15')).toEqual({ timeliness: 'on_time', daysLate: 0 });
    expect(timelinessOf('2026-12-15', '2026-12-15')).toEqual({ timeliness: 'on_time', daysLate: 0 });
    expect(timelinessOf('2026-12-18', '2026-12-15')).toEqual({ timeliness: 'late', daysLate: 3 });
    expect(timelinessOf('2027-01-02', '2026-12-31')).toEqual({ timeliness: 'late', daysLate: 2 });
    expect(timelinessOf('2026-12-18', null)).toEqual({ timeliness: 'no_deadline', daysLate: 0 });
  });

  it('takes the submission\'s day in Vietnam time', () => {
    expect(vietnamDay(new Date('2026-12-15T16:59:00Z'))).toBe('2026-12-15');
    expect(vietnamDay('2026-12-15T17:00:00Z')).toBe('2026-12-16');
  });

  it('counts the days left, negative once overdue, across a month and a year', () => {
    expect(daysLeft('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysLeft('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysLeft('2026-12-18', '2026-12-15')).toBe(-3);
    expect(daysLeft('2026-11-30', '2027-01-05')).toBe(36);
    expect(daysLeft('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('accepts a due day in the report\'s year or the next only', () => {
    expect(dueOnProblem(2026, '2026-12-15')).toBeNull();
    expect(dueOnProblem(2026, '2027-01-15')).toBeNull();
    expect(dueOnProblem(2026, '2025-12-15')).toContain('năm 2026 hoặc năm 2027');
  });
});
