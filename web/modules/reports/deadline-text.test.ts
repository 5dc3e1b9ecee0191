import { describe, expect, it } from 'vitest';
import vi from '../../i18n/vi.json';
import { deadlineColor, deadlineTone } from './deadline-text.ts';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k]));

describe('a deadline against today', () => {
  it('reads as days left, due today, or overdue', () => {
    expect(deadlineTone(14)).toEqual({ tone: 'due', count: 14 });
    expect(deadlineTone(0)).toEqual({ tone: 'dueToday', count: 0 });
    expect(deadlineTone(-3)).toEqual({ tone: 'overdue', count: 3 });
  });

  it('turns orange within a week and red once due', () => {
    expect([30, 8, 7, 1, 0, -3].map(deadlineColor)).toEqual(['blue', 'blue', 'orange', 'orange', 'red', 'red']);
  });

  it('says it in Vietnamese as the union reads it on its dashboard', () => {
    const values = { year: 2026, org: 'công đoàn cấp trên', date: '15/12/2026' };
    const { tone, count } = deadlineTone(14);
    expect(fill(vi.submissions.reminder[tone], { ...values, count }))
      .toBe('Báo cáo tổng kết năm 2026 phải nộp công đoàn cấp trên trước 15/12/2026 — còn 14 ngày');
    expect(fill(vi.submissions.reminder.overdue, { ...values, count: deadlineTone(-3).count }))
      .toBe('Báo cáo tổng kết năm 2026 phải nộp công đoàn cấp trên trước 15/12/2026 — đã quá hạn 3 ngày');
  });
});
