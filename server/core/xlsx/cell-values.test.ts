import { describe, expect, it } from 'vitest';
import { readCell } from './cell-content.ts';
import { cellDate, cellLabel, cellLines, cellMoney, cellMonth, cellNumber, cellYesNo } from './cell-values.ts';

const text = (t: string) => readCell({ kind: 'text', text: t });
const number = (value: number) => readCell({ kind: 'number', value });

describe('typed values of an import\'s cells', () => {
  it('reads đồng with dots and "đ", a minus or a zero only where allowed', () => {
    expect(cellMoney(text('1.500.000 đ'))).toBe(1_500_000);
    expect(cellMoney(number(50000))).toBe(50_000);
    expect(cellMoney(text('-50000'))).toBe('bad');
    expect(cellMoney(text('-50000'), { negative: true })).toBe(-50_000);
    expect(cellMoney(number(0))).toBe('bad');
    expect(cellMoney(number(0), { zero: true })).toBe(0);
    expect(cellMoney(readCell(undefined))).toBeNull();
  });

  it('reads a month as mm/yyyy, yyyy-mm or a date cell, and a day as dd/mm/yyyy or a date cell', () => {
    expect(cellMonth(text('7/2023'))).toBe('2023-07-01');
    expect(cellMonth(text('2023-07'))).toBe('2023-07-01');
    expect(cellMonth(readCell({ kind: 'date', iso: '2023-07-25' }))).toBe('2023-07-01');
    expect(cellMonth(text('13/2023'))).toBe('bad');
    expect(cellDate(text('31/02/2023'))).toBe('bad');
    expect(cellDate(text('05/03/2023'))).toBe('2023-03-05');
  });

  it('reads yes and no, labels by their words or codes, decimal commas, and the lines of a cell', () => {
    expect([cellYesNo(text('có')), cellYesNo(readCell({ kind: 'boolean', value: false })), cellYesNo(text('x')), cellYesNo(text('hmm'))])
      .toEqual([true, false, true, 'bad']);
    const labels = { present: 'Có mặt', absent: 'Vắng không lý do' };
    expect([cellLabel(text('VANG KHONG LY DO'), labels), cellLabel(text('present'), labels), cellLabel(text('Muộn'), labels)])
      .toEqual(['absent', 'present', 'bad']);
    expect(cellNumber(text('1,5'))).toBe(1.5);
    expect(cellLines(text('- Dòng một \n\n  - Dòng  hai'))).toEqual(['- Dòng một', '- Dòng hai']);
    expect(cellLines(text('một dòng'))).toEqual(['một dòng']);
  });
});
