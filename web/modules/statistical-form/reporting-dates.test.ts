import { describe, expect, it } from 'vitest';
import { reportingDates } from './reporting-dates.ts';

describe('reportingDates', () => {
  it('offers 31/5 and 30/11 of the last three years up to today, newest first', () => {
    expect(reportingDates('2026-11-30')).toEqual(['2026-11-30', '2026-05-31', '2025-11-30', '2025-05-31', '2024-11-30', '2024-05-31']);
    expect(reportingDates('2026-07-01')).toEqual(['2026-05-31', '2025-11-30', '2025-05-31', '2024-11-30', '2024-05-31']);
    expect(reportingDates('2026-01-15')[0]).toBe('2025-11-30');
  });
});
