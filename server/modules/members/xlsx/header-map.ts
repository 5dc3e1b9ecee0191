import type ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors.ts';
import { readCell } from './cell-content.ts';
import { type MemberColumn, memberColumns } from './columns.ts';
import { matchKey } from './match-key.ts';

export interface HeaderMap {
  /** Excel row number of the header row. */
  headerRow: number;
  /** Sheet column number of each member column found, in the order of `memberColumns`. */
  columns: Map<MemberColumn, number>;
}

/** A title or two above the headers is tolerated: the header row is the first of these with the key columns. */
const rowsSearchedForHeaders = 10;

/**
 * Finds the header row and maps headers to columns, ignoring case, diacritics, extra spaces and
 * column order. Unknown columns (notes, "Trạng thái" from an export) are ignored.
 * Throws BAD_FILE naming every missing required column, or a header written twice.
 */
export function mapHeaders(sheet: ExcelJS.Worksheet): HeaderMap {
  let fallback: HeaderMap | null = null;
  for (let rowNumber = 1; rowNumber <= Math.min(rowsSearchedForHeaders, sheet.rowCount); rowNumber++) {
    const map = { headerRow: rowNumber, columns: headersOf(sheet, rowNumber) };
    fallback ??= map;
    const found = (field: string) => [...map.columns.keys()].some((c) => c.field === field);
    if (found('code') && found('fullName')) {
      return checked(map);
    }
  }
  return checked(fallback ?? { headerRow: 1, columns: new Map() });
}

function headersOf(sheet: ExcelJS.Worksheet, rowNumber: number): Map<MemberColumn, number> {
  const byKey = new Map(memberColumns.map((c) => [matchKey(c.header), c]));
  const found = new Map<MemberColumn, number>();
  sheet.getRow(rowNumber).eachCell((cell, colNumber) => {
    const content = readCell(cell.value);
    const column = content.kind === 'text' ? byKey.get(matchKey(content.text)) : undefined;
    if (!column) {
      return;
    }
    const earlier = found.get(column);
    if (earlier !== undefined) {
      const letters = `${sheet.getColumn(earlier).letter} và ${sheet.getColumn(colNumber).letter}`;
      throw new AppError('BAD_FILE', `Cột "${column.header}" xuất hiện hai lần (cột ${letters}).`);
    }
    found.set(column, colNumber);
  });
  return new Map(memberColumns.filter((c) => found.has(c)).map((c) => [c, found.get(c) ?? 0]));
}

function checked(map: HeaderMap): HeaderMap {
  const missing = memberColumns.filter((c) => c.required && !map.columns.has(c)).map((c) => c.header);
  if (missing.length > 0) {
    const names = missing.map((h) => `"${h}"`).join(', ');
    throw new AppError(
      'BAD_FILE',
      `Tệp thiếu cột bắt buộc: ${names}. Dòng đầu tiên của trang phải là dòng tiêu đề như trong tệp mẫu.`,
      { missingColumns: missing },
    );
  }
  return map;
}
