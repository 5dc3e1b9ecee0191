import { describe, expect, it } from 'vitest';
import { formatPercent, padCount } from './numbers.ts';

describe('padCount', () => {
  it('writes 1–9 with a leading zero', () => {
    expect(padCount(7)).toBe('07');
    expect(padCount(1)).toBe('01');
    expect(padCount(9)).toBe('09');
  });

  it('leaves zero and two-digit counts alone', () => {
    expect(padCount(0)).toBe('0');
    expect(padCount(10)).toBe('10');
    expect(padCount(30)).toBe('30');
    expect(padCount(1234)).toBe('1234');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => padCount(-1)).toThrow(RangeError);
    expect(() => padCount(2.5)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('uses a comma as decimal mark and drops trailing zeros', () => {
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.633)).toBe('63,3%');
    expect(formatPercent(19 / 30)).toBe('63,3%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.5)).toBe('50%');
  });

  it('rounds halves up without binary floating-point noise', () => {
    expect(formatPercent(0.14549)).toBe('14,5%');
    expect(formatPercent(0.1455)).toBe('14,6%');
    expect(formatPercent(0.145)).toBe('14,5%');
  });

  it('takes the number of decimals', () => {
    expect(formatPercent(2 / 3, 2)).toBe('66,67%');
    expect(formatPercent(2 / 3, 0)).toBe('67%');
  });

  it('groups thousands with a dot', () => {
    expect(formatPercent(12.5)).toBe('1.250%');
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(1 / 0)).toThrow(RangeError);
  });
});
