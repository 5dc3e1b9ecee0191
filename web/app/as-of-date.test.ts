import { describe, expect, it } from 'vitest';
import { parseAsOfDate, withAsOfDate } from './as-of-date.ts';

describe('the as-of date in the address', () => {
  const today = '2026-11-30';
  it('takes a real ISO date, and today for anything else', () => {
    expect(parseAsOfDate('2023-12-31', today)).toBe('2023-12-31');
    expect(parseAsOfDate(null, today)).toBe(today);
    expect(parseAsOfDate('', today)).toBe(today);
    expect(parseAsOfDate('2023-02-31', today)).toBe(today);
    expect(parseAsOfDate('31/12/2023', today)).toBe(today);
    expect(parseAsOfDate('1800-01-01', today)).toBe(today);
  });
  it('adds ?date= to a link only when the date is not today', () => {
    expect(withAsOfDate('/org/4', '2023-12-31', today)).toBe('/org/4?date=2023-12-31');
    expect(withAsOfDate('/org/4', today, today)).toBe('/org/4');
  });
});
