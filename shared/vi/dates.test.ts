import { describe, expect, it } from 'vitest';
import { addDays, ageAt, daysBetween, documentDateLine, formatDateVi, isIsoDate, parseDateVi, todayIso } from './dates.ts';

describe('formatDateVi', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatDateVi('2023-12-25')).toBe('25/12/2023');
    expect(formatDateVi('2024-01-05')).toBe('05/01/2024');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => formatDateVi('25/12/2023')).toThrow(RangeError);
    expect(() => formatDateVi('2023-02-29')).toThrow(RangeError);
  });
});

describe('parseDateVi', () => {
  it('accepts d/m/yyyy and dd/mm/yyyy', () => {
    expect(parseDateVi('25/12/2023')).toBe('2023-12-25');
    expect(parseDateVi('5/1/2024')).toBe('2024-01-05');
    expect(parseDateVi(' 05/01/2024 ')).toBe('2024-01-05');
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects impossible dates', () => {
    expect(parseDateVi('31/02/2023')).toBeNull();
    expect(parseDateVi('29/02/2023')).toBeNull();
    expect(parseDateVi('31/04/2023')).toBeNull();
    expect(parseDateVi('0/1/2023')).toBeNull();
    expect(parseDateVi('1/13/2023')).toBeNull();
  });

  it('rejects years outside 1900–2100', () => {
    expect(parseDateVi('31/12/1899')).toBeNull();
    expect(parseDateVi('01/01/1900')).toBe('1900-01-01');
    expect(parseDateVi('31/12/2100')).toBe('2100-12-31');
    expect(parseDateVi('01/01/2101')).toBeNull();
  });

  it('rejects other shapes', () => {
    for (const text of ['', '2023-12-25', '25-12-2023', '25/12/23', '25.12.2023', '025/12/2023', '25/12/2023x']) {
      expect(parseDateVi(text)).toBeNull();
    }
  });
});

describe('isIsoDate', () => {
  it('is true only for real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2023-1-5')).toBe(false);
    expect(isIsoDate('2023-12-25T00:00')).toBe(false);
  });
});

describe('todayIso', () => {
  it('gives the date in Vietnam, not in UTC', () => {
    const lateEveningUtc = new Date('2023-12-31T18:30:00Z');
    expect(todayIso('Asia/Ho_Chi_Minh', lateEveningUtc)).toBe('2024-01-01');
    expect(todayIso('UTC', lateEveningUtc)).toBe('2023-12-31');
  });

  it('defaults to Vietnam and now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('1900-01-31', 365)).toBe('1901-01-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2023-01-22', '2024-02-10')).toBe(384);
    expect(daysBetween('2024-02-10', '2023-01-22')).toBe(-384);
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2023-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('ageAt', () => {
  it('counts completed years', () => {
    expect(ageAt('1990-06-15', '2023-06-14')).toBe(32);
    expect(ageAt('1990-06-15', '2023-06-15')).toBe(33);
    expect(ageAt('1990-06-15', '1990-06-15')).toBe(0);
  });

  it('lets someone born on 29 February age on 28 February in common years', () => {
    expect(ageAt('2000-02-29', '2023-02-27')).toBe(22);
    expect(ageAt('2000-02-29', '2023-02-28')).toBe(23);
    expect(ageAt('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageAt('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('refuses a date before birth', () => {
    expect(() => ageAt('2000-01-02', '2000-01-01')).toThrow(RangeError);
  });
});

describe('documentDateLine', () => {
  it('writes the place and date in the official form', () => {
    expect(documentDateLine('Hương Bình', '2023-12-25')).toBe('Hương Bình, ngày 25 tháng 12 năm 2023');
  });

  it('pads days below 10 and only months 1 and 2', () => {
    expect(documentDateLine('Huế', '2024-01-05')).toBe('Huế, ngày 05 tháng 01 năm 2024');
    expect(documentDateLine('Huế', '2024-02-29')).toBe('Huế, ngày 29 tháng 02 năm 2024');
    expect(documentDateLine('Huế', '2024-03-09')).toBe('Huế, ngày 09 tháng 3 năm 2024');
    expect(documentDateLine('Huế', '2024-10-10')).toBe('Huế, ngày 10 tháng 10 năm 2024');
  });
});
