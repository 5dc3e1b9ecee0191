import { describe, expect, it } from 'vitest';
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import type { YearImportContext, YearSheetColumn } from './year-sheet.ts';
import { yearCells } from './year-cells.ts';

const column = (field: string, header: string): YearSheetColumn => ({ field, header, required: false, type: 'text' });
const text = (t: string): CellContent => ({ kind: 'text', text: t, fromNumber: false });

function read(values: Record<string, CellContent>) {
  const failed: [string, string][] = [];
  const cells = new Map(Object.entries(values).map(([field, content]) => [column(field, `Cột ${field}`), content]));
  return { cell: yearCells(cells, (field, message) => failed.push([field, message])), failed };
}

const ctx = { memberIds: new Map([['HB01', 1]]), memberCodesInFile: new Set(['N01']) } as unknown as YearImportContext;

describe('the year sheets\' cell readings', () => {
  it('reads a choice by its label or code, ignoring case and diacritics, and lists the choices when wrong', () => {
    const labels = { host: 'Cơ quan, đơn vị', union: 'Công đoàn' };
    const { cell, failed } = read({ a: text('cong doan'), b: text('host'), c: text('Hội') });
    expect([cell.choice('a', labels), cell.choice('b', labels), cell.choice('c', labels)]).toEqual(['union', 'host', null]);
    expect(failed).toEqual([['c', "Cột c 'Hội' không hợp lệ; ghi một trong: Cơ quan, đơn vị, Công đoàn"]]);
    expect(cell.ok).toBe(false);
  });

  it('reads dates as cells or dd/mm/yyyy, within the year when asked', () => {
    const { cell, failed } = read({ a: { kind: 'date', iso: '2023-12-18' }, b: text('05/01/2023'), c: text('05/01/2024'), d: text('31/02/2023') });
    expect(cell.date('a', { year: 2023 })).toBe('2023-12-18');
    expect(cell.date('b', { year: 2023 })).toBe('2023-01-05');
    expect(cell.date('c', { year: 2023 })).toBeNull();
    expect(cell.date('d')).toBeNull();
    expect(failed.map(([f]) => f)).toEqual(['c', 'd']);
    expect(failed[0][1]).toBe('Cột c phải trong năm 2023');
  });

  it('reads amounts as whole đồng grouped by thousands or not, never negative nor a fraction', () => {
    const { cell, failed } = read({ a: text('5.000.000'), b: text('1 200 000đ'), c: text('-5'), d: text('1,5') });
    expect([cell.amount('a'), cell.amount('b'), cell.amount('c'), cell.amount('d')]).toEqual([5_000_000, 1_200_000, null, null]);
    expect(failed.map(([f]) => f)).toEqual(['c', 'd']);
  });

  it('knows member codes listed in the union or on the file\'s members sheet, and requires what is required', () => {
    const { cell, failed } = read({ a: text('HB01'), b: text('N01'), c: text('ZZ'), e: text('x') });
    expect([cell.memberCode('a', ctx), cell.memberCode('b', ctx), cell.memberCode('c', ctx), cell.memberCode('d', ctx)]).toEqual(['HB01', 'N01', null, null]);
    expect(cell.text('e', { min: 2, max: 5 })).toBeNull();
    expect(failed).toEqual([
      ['c', "Mã đoàn viên 'ZZ' không có trong danh sách đoàn viên của công đoàn hay trang «Đoàn viên» của tệp"],
      ['d', 'd: bắt buộc nhập'],
      ['e', 'Cột e từ 2 đến 5 ký tự'],
    ]);
  });
});
