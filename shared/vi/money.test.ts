import { describe, expect, it } from 'vitest';
import { dongInWords, formatDong, formatDongPlain } from './money.ts';

describe('formatDongPlain', () => {
  it('groups thousands with dots', () => {
    expect(formatDongPlain(5_000_000)).toBe('5.000.000');
    expect(formatDongPlain(999)).toBe('999');
    expect(formatDongPlain(1000)).toBe('1.000');
    expect(formatDongPlain(0)).toBe('0');
    expect(formatDongPlain(-1_234_567)).toBe('-1.234.567');
    expect(formatDongPlain(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
  });

  it('refuses amounts that are not whole đồng', () => {
    expect(() => formatDongPlain(1000.5)).toThrow(RangeError);
    expect(() => formatDongPlain(Number.NaN)).toThrow(RangeError);
    expect(() => formatDongPlain(2 ** 53)).toThrow(RangeError);
  });
});

describe('formatDong', () => {
  it('adds the unit after a no-break space', () => {
    expect(formatDong(5_000_000)).toBe('5.000.000\u00A0đ');
  });
});

describe('dongInWords', () => {
  it('reads the amount with a capital first letter and "đồng chẵn"', () => {
    expect(dongInWords(5_000_000)).toBe('Năm triệu đồng chẵn');
    expect(dongInWords(105)).toBe('Một trăm linh năm đồng chẵn');
    expect(dongInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng chẵn');
    expect(dongInWords(21_000)).toBe('Hai mươi mốt nghìn đồng chẵn');
    expect(dongInWords(1_000_005)).toBe('Một triệu không trăm linh năm đồng chẵn');
    expect(dongInWords(2_000_000_000)).toBe('Hai tỷ đồng chẵn');
  });

  it('refuses amounts that are not whole đồng', () => {
    expect(() => dongInWords(10.5)).toThrow(RangeError);
  });
});
