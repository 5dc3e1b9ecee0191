import { describe, expect, it } from 'vitest';
import { anniversaryNumber, anniversaryPlaceholders, commemorationDate } from './anniversaries.ts';
import { COMMEMORATIONS } from './commemorations.ts';

describe('anniversaryNumber', () => {
  it('counts years since the founding', () => {
    expect(anniversaryNumber('hoiLHPN', 2023)).toBe(93);
    expect(anniversaryNumber('hoiLHPN', 2026)).toBe(96);
    expect(anniversaryNumber('congDoanVN', 2023)).toBe(94);
    expect(anniversaryNumber('quocTePhuNu', 2023)).toBe(113);
    expect(anniversaryNumber('haiBaTrung', 2023)).toBe(1983);
    expect(anniversaryNumber('quocKhanh', 2025)).toBe(80);
    expect(anniversaryNumber('giaiPhongMienNam', 2025)).toBe(50);
    expect(anniversaryNumber('sinhNhatBac', 2024)).toBe(134);
  });

  it('refuses an unknown key', () => {
    expect(() => anniversaryNumber('xyz', 2023)).toThrow('Không có ngày kỷ niệm "xyz"');
  });

  it('refuses a feast that is not numbered', () => {
    expect(() => anniversaryNumber('trungThu', 2023)).toThrow('Tết Trung thu không tính số năm kỷ niệm');
    expect(() => anniversaryNumber('tetNguyenDan', 2023)).toThrow('không tính số năm kỷ niệm');
  });

  it('refuses a year not after the founding', () => {
    expect(() => anniversaryNumber('nhaGiao', 1982)).toThrow('chưa có kỷ niệm');
    expect(() => anniversaryNumber('hoiLHPN', 2023.5)).toThrow('Năm không hợp lệ');
  });
});

describe('commemorationDate', () => {
  it('gives solar days as they are', () => {
    expect(commemorationDate('hoiLHPN', 2023)).toBe('2023-10-20');
    expect(commemorationDate('quocTePhuNu', 2026)).toBe('2026-03-08');
  });

  it('converts lunar days with the Vietnamese calendar, 2023–2026', () => {
    expect(commemorationDate('haiBaTrung', 2023)).toBe('2023-02-25');
    expect(commemorationDate('haiBaTrung', 2024)).toBe('2024-03-15');
    expect(commemorationDate('haiBaTrung', 2025)).toBe('2025-03-05');
    expect(commemorationDate('haiBaTrung', 2026)).toBe('2026-03-24');
    expect(commemorationDate('trungThu', 2023)).toBe('2023-09-29');
    expect(commemorationDate('trungThu', 2024)).toBe('2024-09-17');
    expect(commemorationDate('trungThu', 2025)).toBe('2025-10-06');
    expect(commemorationDate('trungThu', 2026)).toBe('2026-09-25');
    expect(commemorationDate('tetNguyenDan', 2025)).toBe('2025-01-29');
  });

  it('uses the Vietnamese Tết where the Chinese calendar differs', () => {
    expect(commemorationDate('tetNguyenDan', 1968)).toBe('1968-01-29');
    expect(commemorationDate('tetNguyenDan', 1985)).toBe('1985-01-21');
    expect(commemorationDate('tetNguyenDan', 2007)).toBe('2007-02-17');
  });

  it('refuses an unknown key', () => {
    expect(() => commemorationDate('xyz', 2023)).toThrow('Không có ngày kỷ niệm "xyz"');
  });
});

describe('anniversaryPlaceholders', () => {
  it('fills numbers and dates for 2023', () => {
    const placeholders = anniversaryPlaceholders(2023);
    expect(placeholders['kyNiem.hoiLHPN']).toBe('93');
    expect(placeholders['kyNiem.congDoanVN']).toBe('94');
    expect(placeholders['kyNiem.haiBaTrung']).toBe('1983');
    expect(placeholders['ngay.haiBaTrung']).toBe('25/02/2023');
    expect(placeholders['ngay.trungThu']).toBe('29/09/2023');
    expect(placeholders['ngay.tetNguyenDan']).toBe('22/01/2023');
    expect(placeholders['ngay.hoiLHPN']).toBe('20/10/2023');
  });

  it('moves with the year', () => {
    expect(anniversaryPlaceholders(2024)['kyNiem.hoiLHPN']).toBe('94');
    expect(anniversaryPlaceholders(2025)['kyNiem.quocKhanh']).toBe('80');
    expect(anniversaryPlaceholders(2026)['kyNiem.hoiLHPN']).toBe('96');
    expect(anniversaryPlaceholders(2026)['ngay.trungThu']).toBe('25/09/2026');
  });

  it('has a number for every numbered commemoration and a date for every one', () => {
    const placeholders = anniversaryPlaceholders(2025);
    const numbered = COMMEMORATIONS.filter((c) => c.foundingYear !== null);
    expect(Object.keys(placeholders).sort()).toEqual(
      [...numbered.map((c) => `kyNiem.${c.key}`), ...COMMEMORATIONS.map((c) => `ngay.${c.key}`)].sort(),
    );
    expect(placeholders['kyNiem.trungThu']).toBeUndefined();
  });

  it('leaves out numbers not yet due', () => {
    expect(anniversaryPlaceholders(1950)['kyNiem.quocTeThieuNhi']).toBeUndefined();
    expect(anniversaryPlaceholders(1951)['kyNiem.quocTeThieuNhi']).toBe('1');
  });
});
