import { describe, expect, it } from 'vitest';
import { amountsOfYear, quartersNotDisclosed } from './finance.report.ts';

describe('the voluntary fund\'s amount as the report writes it', () => {
  const amounts = [{ fromMonth: '2023-01', amount: 50_000 }, { fromMonth: '2024-07', amount: 60_000 }, { fromMonth: '2025-01', amount: 70_000 }];
  it('gives the amount of the year, and the changes within it', () => {
    expect(amountsOfYear(amounts, 2023)).toBe('50.000đ');
    expect(amountsOfYear(amounts, 2024)).toBe('50.000đ (từ 07/2024: 60.000đ)');
    expect(amountsOfYear(amounts, 2025)).toBe('70.000đ');
  });
  it('starts from the opening amount of a fund opened during the year', () => {
    expect(amountsOfYear([{ fromMonth: '2024-03', amount: 30_000 }, { fromMonth: '2024-09', amount: 40_000 }], 2024)).toBe('30.000đ (từ 09/2024: 40.000đ)');
  });
});

describe('công khai tài chính, quarter by quarter', () => {
  const q = (from: string, to: string, publishedOn: string) => ({ from: `2023-${from}`, to: `2023-${to}`, publishedOn: `2023-${publishedOn}` });
  it('wants each quarter ended by the report\'s date made public by then, a longer period covering it', () => {
    const made = [q('01-01', '03-31', '04-05'), q('01-01', '06-30', '07-14'), q('07-01', '09-30', '10-05')];
    expect(quartersNotDisclosed(made, 2023, '2023-12-25')).toEqual([]);
    expect(quartersNotDisclosed(made.slice(0, 1), 2023, '2023-12-25')).toEqual([2, 3]);
    expect(quartersNotDisclosed(made, 2023, '2023-10-01')).toEqual([3]);
    expect(quartersNotDisclosed([], 2024, '2024-02-01')).toBeNull();
    expect(quartersNotDisclosed([], 2023, '2023-12-25')).toEqual([1, 2, 3]);
  });
});
