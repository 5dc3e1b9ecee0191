import { describe, expect, it } from 'vitest';
import { periodOf, quarterOf } from './disclosure.api.ts';

describe('the disclosure period', () => {
  it('runs from the first to the last day of a month, a quarter or a year', () => {
    expect(periodOf('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('month', 2026, 12)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('quarter', 2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('year', 2026, 3)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('finds the quarter of a day', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-30', '2026-12-31'].map(quarterOf)).toEqual([1, 1, 2, 4, 4]);
  });
});
