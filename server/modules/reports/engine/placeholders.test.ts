import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholdersIn } from './placeholders.ts';
import { formatFigure } from './figures.ts';

describe('placeholders', () => {
  const values = { 'doanVien.tong': '30', 'doanVien.nu': '07', 'kyNiem.hoiLHPN': '93', nam: '2023' };

  it('fills known placeholders, spaces inside the braces allowed', () => {
    expect(fillPlaceholders('Tổng số {{doanVien.tong}} đồng chí, Nữ {{ doanVien.nu }} đồng chí.', values))
      .toEqual({ text: 'Tổng số 30 đồng chí, Nữ 07 đồng chí.', errors: [] });
    expect(fillPlaceholders('kỷ niệm {{kyNiem.hoiLHPN}} năm ngày thành lập Hội LHPN Việt Nam 20/10', values).text)
      .toBe('kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam 20/10');
  });

  it('reports an unknown placeholder instead of printing it silently', () => {
    const r = fillPlaceholders('Có {{doanVien.tongg}} đồng chí', values);
    expect(r.errors).toEqual(['Không có số liệu "{{doanVien.tongg}}"']);
  });

  it('reports broken braces', () => {
    expect(fillPlaceholders('Có {{doanVien.tong đồng chí', values).errors).toHaveLength(1);
    expect(fillPlaceholders('Có doanVien.tong}} đồng chí', values).errors).toHaveLength(1);
  });

  it('treats a value that is not own data as unknown', () => {
    expect(fillPlaceholders('{{constructor}}', values).errors).toHaveLength(1);
  });

  it('lists the placeholders of a text', () => {
    expect(placeholdersIn('{{a.b}} và {{ c }}')).toEqual(['a.b', 'c']);
  });
});

describe('figures', () => {
  it('prints counts below 10 with a leading zero, money in đồng, ratios in percent', () => {
    expect(formatFigure({ value: 7, label: 'Nữ', format: 'count' })).toBe('07');
    expect(formatFigure({ value: 30, label: 'Tổng', format: 'count' })).toBe('30');
    expect(formatFigure({ value: 1, label: 'x', format: 'count' })).toBe('01');
    expect(formatFigure({ value: 5_000_000, label: 'x', format: 'money' })).toBe('5.000.000\u00a0đ');
    expect(formatFigure({ value: 1, label: 'x', format: 'percent' })).toBe('100%');
    expect(formatFigure({ value: 2023, label: 'x', format: 'number' })).toBe('2023');
  });
});
