import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneFromNumberCell } from './phone.ts';

describe('normalizePhone', () => {
  it('removes spaces, dots, dashes and brackets', () => {
    expect(normalizePhone('0905 123 456')).toBe('0905123456');
    expect(normalizePhone('0905.123.456')).toBe('0905123456');
    expect(normalizePhone('0905-123-456')).toBe('0905123456');
    expect(normalizePhone('(024) 3825 1234')).toBe('02438251234');
  });

  it('turns +84, 84 and 0084 into a leading 0', () => {
    expect(normalizePhone('+84 905 123 457')).toBe('0905123457');
    expect(normalizePhone('84905123457')).toBe('0905123457');
    expect(normalizePhone('0084 905 123 457')).toBe('0905123457');
    expect(normalizePhone('+84 24 3825 1234')).toBe('02438251234');
  });

  it('refuses what is not a Vietnamese number', () => {
    for (const bad of ['12ab', '905123456', '09051234567', '0012345678', '+1 202 555 0100', '0905 123 45', '03812345678', '']) {
      expect(normalizePhone(bad), bad).toBeNull();
    }
  });
});

describe('phoneFromNumberCell', () => {
  it('gives back the leading 0 Excel dropped from a mobile or fixed-line number', () => {
    expect(phoneFromNumberCell('912345678')).toBe('0912345678');
    expect(phoneFromNumberCell('2438251234')).toBe('02438251234');
    expect(phoneFromNumberCell('84905123457')).toBe('84905123457');
  });
});
