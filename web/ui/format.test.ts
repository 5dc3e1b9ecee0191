import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.ts';

describe('display formats', () => {
  it('groups digits the Vietnamese way', () => {
    expect(formatNumber(5_000_000)).toBe('5.000.000');
    expect(formatNumber(30)).toBe('30');
  });

  it('shows dates as dd/mm/yyyy and leaves empty values empty', () => {
    expect(formatDate('2023-12-25')).toBe('25/12/2023');
    expect(formatDate(null)).toBe('');
  });

  it('shows timestamps in Vietnam time', () => {
    expect(formatDateTime('2023-12-31T18:30:00Z')).toBe('01/01/2024 01:30');
  });
});
