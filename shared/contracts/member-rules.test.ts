import { describe, expect, it } from 'vitest';
import { joinDateChange, memberDateIssues, statusEventProblem } from './member-rules.ts';

const today = '2026-11-30';

describe('memberDateIssues', () => {
  it('accepts a birth before joining and a join date up to a year ahead', () => {
    expect(memberDateIssues({ birthDate: '1990-01-01', joinedOn: '2027-11-30' }, today)).toEqual([]);
  });

  it('refuses a birth date in the future or on/after the join date, on the birthDate field', () => {
    expect(memberDateIssues({ birthDate: '2026-12-01', joinedOn: '2020-01-01' }, today).map((i) => i.path)).toEqual(['birthDate']);
    const [issue] = memberDateIssues({ birthDate: '2020-01-01', joinedOn: '2019-05-01' }, today);
    expect(issue).toEqual({ path: 'birthDate', message: 'Ngày sinh phải trước ngày vào công đoàn (01/05/2019)' });
  });

  it('refuses joining more than a year ahead and a transfer in before the union join date', () => {
    expect(memberDateIssues({ birthDate: null, joinedOn: '2027-12-01' }, today).map((i) => i.path)).toEqual(['joinedOn']);
    expect(memberDateIssues({ birthDate: null, joinedOn: '2015-01-01', transferredInOn: '2014-12-31' }, today).map((i) => i.path))
      .toEqual(['transferredInOn']);
  });
});

describe('statusEventProblem', () => {
  const admitted = [{ id: 1, kind: 'admitted' as const, onDate: '2020-01-01' }];

  it('lets an active member be suspended, leave, be transferred out or expelled', () => {
    for (const kind of ['suspended', 'left', 'transferred_out', 'expelled'] as const) {
      expect(statusEventProblem(admitted, { kind, onDate: '2024-01-01' }, today)).toBeNull();
    }
  });

  it('refuses an event more than a year ahead or before joining', () => {
    expect(statusEventProblem(admitted, { kind: 'left', onDate: '2027-12-01' }, today)).toMatch(/quá một năm/);
    expect(statusEventProblem(admitted, { kind: 'left', onDate: '2019-12-31' }, today)).toMatch(/trước ngày vào công đoàn/);
  });

  it('refuses a second admission of an active member and a resumption without a suspension', () => {
    expect(statusEventProblem(admitted, { kind: 'admitted', onDate: '2022-01-01' }, today)).toMatch(/đang sinh hoạt/);
    expect(statusEventProblem(admitted, { kind: 'resumed', onDate: '2022-01-01' }, today)).toMatch(/đang sinh hoạt/);
  });

  it('re-admits someone who left', () => {
    const left = [...admitted, { id: 2, kind: 'left' as const, onDate: '2022-01-01' }];
    expect(statusEventProblem(left, { kind: 'admitted', onDate: '2023-01-01' }, today)).toBeNull();
    expect(statusEventProblem(left, { kind: 'suspended', onDate: '2023-01-01' }, today)).toMatch(/không còn là đoàn viên/);
  });

  it('ends a suspension within 12 months, and refuses a resumption after them', () => {
    const suspended = [...admitted, { id: 2, kind: 'suspended' as const, onDate: '2024-03-15' }];
    expect(statusEventProblem(suspended, { kind: 'resumed', onDate: '2025-03-15' }, today)).toBeNull();
    expect(statusEventProblem(suspended, { kind: 'resumed', onDate: '2025-03-16' }, today)).toMatch(/tối đa 12 tháng.*15\/03\/2025/);
    expect(statusEventProblem(suspended, { kind: 'left', onDate: '2025-06-01' }, today)).toBeNull();
  });

  it('checks the event that follows an event inserted in the past', () => {
    const resumed = [...admitted, { id: 2, kind: 'suspended' as const, onDate: '2024-03-15' }, { id: 3, kind: 'resumed' as const, onDate: '2024-09-01' }];
    expect(statusEventProblem(resumed, { kind: 'left', onDate: '2024-05-01' }, today)).toMatch(/sau đó đã có "Trở lại sinh hoạt"/);
    const left = [...admitted, { id: 2, kind: 'left' as const, onDate: '2024-03-15' }];
    expect(statusEventProblem(left, { kind: 'suspended', onDate: '2022-01-01' }, today)).toBeNull();
    expect(statusEventProblem(left, { kind: 'suspended', onDate: '2023-01-01' }, today)).toBeNull();
  });
});

describe('joinDateChange', () => {
  it('moves the admission with the join date', () => {
    const history = [{ id: 7, kind: 'admitted' as const, onDate: '2020-01-01' }, { id: 8, kind: 'left' as const, onDate: '2024-01-01' }];
    expect(joinDateChange(history, '2020-01-01', '2019-06-01')).toEqual({ move: { id: 7, onDate: '2019-06-01' } });
    expect(joinDateChange(history, '2020-01-01', '2020-01-01')).toEqual({ move: null });
  });

  it('explains why the admission cannot pass a later event', () => {
    const history = [{ id: 7, kind: 'admitted' as const, onDate: '2020-01-01' }, { id: 8, kind: 'transferred_out' as const, onDate: '2024-01-01' }];
    const change = joinDateChange(history, '2020-01-01', '2024-01-01');
    expect(change).toEqual({ problem: expect.stringMatching(/"Chuyển đi" ngày 01\/01\/2024/) as unknown });
  });

  it('keeps a transfer in on its own date, the original join date before it', () => {
    const history = [{ id: 9, kind: 'transferred_in' as const, onDate: '2024-05-01' }];
    expect(joinDateChange(history, '2010-01-01', '2011-03-01')).toEqual({ move: null });
    expect(joinDateChange(history, '2010-01-01', '2024-06-01')).toEqual({ problem: expect.stringMatching(/ngày chuyển đến/) as unknown });
    expect(joinDateChange(history, '2024-05-01', '2024-04-01')).toEqual({ move: { id: 9, onDate: '2024-04-01' } });
  });
});

describe('minimum age on the join date', () => {
  it('refuses a member younger than MIN_MEMBER_AGE on the day of joining, naming the birth date', () => {
    const issues = memberDateIssues({ birthDate: '2010-03-02', joinedOn: '2025-03-01' }, '2026-11-30');
    expect(issues).toEqual([{ path: 'birthDate', message: expect.stringContaining('chưa đủ 15 tuổi') as string }]);
    expect(memberDateIssues({ birthDate: '2010-03-01', joinedOn: '2025-03-01' }, '2026-11-30')).toEqual([]);
  });
});
