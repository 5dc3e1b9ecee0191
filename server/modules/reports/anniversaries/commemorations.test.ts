import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../../shared/vi/dates.ts';
import { COMMEMORATIONS } from './commemorations.ts';
import { lunarToSolar } from './lunar-calendar.ts';

describe('COMMEMORATIONS', () => {
  it('has the days union reports mention, each key once', () => {
    const keys = COMMEMORATIONS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'hoiLHPN', 'congDoanVN', 'quocTePhuNu', 'quocTeLaoDong', 'quocTeThieuNhi', 'haiBaTrung', 'trungThu',
        'quocKhanh', 'thanhLapDang', 'sinhNhatBac', 'giaiPhongMienNam', 'thuongBinhLietSi', 'nhaGiao',
        'thanhLapDoan', 'tetNguyenDan',
      ]),
    );
  });

  it('holds the founding dates', () => {
    const founding = Object.fromEntries(COMMEMORATIONS.map((c) => [c.key, [c.calendar, c.day, c.month, c.foundingYear]]));
    expect(founding.hoiLHPN).toEqual(['solar', 20, 10, 1930]);
    expect(founding.congDoanVN).toEqual(['solar', 28, 7, 1929]);
    expect(founding.quocTePhuNu).toEqual(['solar', 8, 3, 1910]);
    expect(founding.haiBaTrung).toEqual(['lunar', 6, 2, 40]);
    expect(founding.trungThu).toEqual(['lunar', 15, 8, null]);
    expect(founding.tetNguyenDan).toEqual(['lunar', 1, 1, null]);
  });

  it('has a name, a note and a real day for every entry', () => {
    for (const c of COMMEMORATIONS) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.note.length).toBeGreaterThan(0);
      if (c.calendar === 'solar') {
        // 2023 is not a leap year, so 29 February would fail here.
        expect(isIsoDate(`2023-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`)).toBe(true);
      } else {
        expect(c.day).toBeLessThanOrEqual(29); // every lunar month has at least 29 days
      }
    }
  });

  it('has lunar days that fall in the solar year of the same number, 1900–2100', () => {
    for (const c of COMMEMORATIONS.filter((entry) => entry.calendar === 'lunar')) {
      for (let year = 1900; year <= 2100; year++) {
        expect(lunarToSolar({ year, month: c.month, day: c.day }).slice(0, 4)).toBe(String(year));
      }
    }
  });
});
