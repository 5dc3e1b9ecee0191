import { LunarDate as LibraryLunarDate, SolarDate as LibrarySolarDate } from '@nghiavuive/lunar_date_vi';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/vi/dates.ts';
import { lunarToSolar, solarToLunar } from './lunar-calendar.ts';

describe('lunarToSolar', () => {
  it('gives Tết by the Vietnamese calendar where the Chinese one differs', () => {
    expect(lunarToSolar({ year: 1968, month: 1, day: 1 })).toBe('1968-01-29'); // Chinese: 1968-01-30
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toBe('1985-01-21'); // Chinese: 1985-02-20
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 })).toBe('2007-02-17'); // Chinese: 2007-02-18
  });

  it('gives Tết 2023–2026', () => {
    expect(lunarToSolar({ year: 2023, month: 1, day: 1 })).toBe('2023-01-22');
    expect(lunarToSolar({ year: 2024, month: 1, day: 1 })).toBe('2024-02-10');
    expect(lunarToSolar({ year: 2025, month: 1, day: 1 })).toBe('2025-01-29');
    expect(lunarToSolar({ year: 2026, month: 1, day: 1 })).toBe('2026-02-17');
  });

  it('gives Tết Trung thu (15/8) 2023–2026', () => {
    expect(lunarToSolar({ year: 2023, month: 8, day: 15 })).toBe('2023-09-29');
    expect(lunarToSolar({ year: 2024, month: 8, day: 15 })).toBe('2024-09-17');
    expect(lunarToSolar({ year: 2025, month: 8, day: 15 })).toBe('2025-10-06');
    expect(lunarToSolar({ year: 2026, month: 8, day: 15 })).toBe('2026-09-25');
  });

  it('gives 6/2, the Hai Bà Trưng commemoration, 2023–2026', () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 6 })).toBe('2023-02-25');
    expect(lunarToSolar({ year: 2024, month: 2, day: 6 })).toBe('2024-03-15');
    expect(lunarToSolar({ year: 2025, month: 2, day: 6 })).toBe('2025-03-05');
    expect(lunarToSolar({ year: 2026, month: 2, day: 6 })).toBe('2026-03-24');
  });

  it('tells a leap month from its namesake', () => {
    // 2023 (Quý Mão) has a leap second month; 2025 (Ất Tỵ) a leap sixth month.
    expect(lunarToSolar({ year: 2023, month: 2, day: 30 })).toBe('2023-03-21');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2023, month: 3, day: 1 })).toBe('2023-04-20');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('reaches months 11 and 12, which fall in the next solar year', () => {
    expect(lunarToSolar({ year: 2023, month: 12, day: 1 })).toBe('2024-01-11');
    expect(lunarToSolar({ year: 2100, month: 12, day: 29 })).toBe('2101-01-28');
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow('Năm âm lịch 2024 không có tháng 2 nhuận');
  });

  it('refuses day 30 of a 29-day month and other impossible days', () => {
    expect(() => lunarToSolar({ year: 2023, month: 1, day: 30 })).toThrow('không có ngày 30'); // 22/01 → 20/02: 29 days
    expect(() => lunarToSolar({ year: 2023, month: 1, day: 0 })).toThrow();
    expect(() => lunarToSolar({ year: 2023, month: 13, day: 1 })).toThrow('Tháng âm lịch không hợp lệ');
  });

  it('refuses years outside the table', () => {
    expect(() => lunarToSolar({ year: 1899, month: 1, day: 1 })).toThrow('từ năm 1900 đến năm 2100');
    expect(() => lunarToSolar({ year: 2101, month: 1, day: 1 })).toThrow('từ năm 1900 đến năm 2100');
  });
});

describe('solarToLunar', () => {
  it('converts known days', () => {
    expect(solarToLunar('2023-01-22')).toEqual({ year: 2023, month: 1, day: 1, leap: false });
    expect(solarToLunar('1985-01-21')).toEqual({ year: 1985, month: 1, day: 1, leap: false });
    expect(solarToLunar('1985-02-20')).toEqual({ year: 1985, month: 2, day: 1, leap: false });
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it('covers lunar 1900 to lunar 2100 and no more', () => {
    expect(solarToLunar('1900-01-31')).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    expect(solarToLunar('2101-01-28')).toEqual({ year: 2100, month: 12, day: 29, leap: false });
    expect(() => solarToLunar('1900-01-30')).toThrow('từ năm 1900 đến năm 2100');
    expect(() => solarToLunar('2101-01-29')).toThrow('từ năm 1900 đến năm 2100');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => solarToLunar('22/01/2023')).toThrow('Ngày không hợp lệ');
  });

  it('is the inverse of lunarToSolar on every day of the table', () => {
    for (let iso = '1900-01-31'; iso <= '2101-01-28'; iso = addDays(iso, 1)) {
      const lunar = solarToLunar(iso);
      if (lunarToSolar(lunar) !== iso) {
        expect.fail(`${iso} → ${JSON.stringify(lunar)} → ${lunarToSolar(lunar)}`);
      }
    }
  });
});

describe('the committed table', () => {
  it('agrees with @nghiavuive/lunar_date_vi on every 5th day', () => {
    for (let iso = '1900-01-31'; iso <= '2101-01-28'; iso = addDays(iso, 5)) {
      const [year, month, day] = iso.split('-').map(Number);
      const expected = LibraryLunarDate.fromSolarDate(new LibrarySolarDate({ year, month, day })).get();
      const actual = solarToLunar(iso);
      const same =
        actual.year === expected.year &&
        actual.month === expected.month &&
        actual.day === expected.day &&
        actual.leap === expected.leap_month;
      if (!same) {
        expect.fail(`${iso}: table ${JSON.stringify(actual)}, library ${JSON.stringify(expected)}`);
      }
    }
  });
});
