import type { XlsxRow } from './read-xlsx.ts';
import { AppError } from '../errors.ts';
import { readCell } from './cell-content.ts';
import { matchKey } from './match-key.ts';

export interface HeaderColumn {
  header: string;
  field: string;
  required: boolean;
}

export interface HeaderMap<C extends HeaderColumn> {
  /** Excel row number of the header row. */
  headerRow: number;
  /** Sheet column number of each column found, in the order of the column list. */
  columns: Map<C, number>;
}

/** A title or two above the headers is tolerated: the header row is the first of these with the key columns. */
export const rowsSearchedForHeaders = 10;

/**
 * Finds the header row among the first rows of a sheet and maps headers to columns, ignoring case, diacritics,
 * extra spaces and column order. Unknown columns (notes, "Trạng thái" from an export) are ignored.
 * Throws BAD_FILE naming every missing required column, or a header written twice.
 */
export function mapHeaders<C extends HeaderColumn>(
  firstRows: readonly XlsxRow[], columnList: readonly C[], keyFields: readonly string[], sheetName: string,
): HeaderMap<C> {
  let fallback: HeaderMap<C> | null = null;
  for (const row of firstRows.filter((r) => r.number <= rowsSearchedForHeaders)) {
    const map = { headerRow: row.number, columns: headersOf(row, columnList, sheetName) };
    fallback ??= map;
    if (keyFields.every((field) => [...map.columns.keys()].some((c) => c.field === field))) {
      return checked(map, columnList, sheetName);
    }
  }
  return checked(fallback ?? { headerRow: 1, columns: new Map() }, columnList, sheetName);
}

function headersOf<C extends HeaderColumn>(row: XlsxRow, columnList: readonly C[], sheetName: string): Map<C, number> {
  const byKey = new Map(columnList.map((c) => [matchKey(c.header), c]));
  const found = new Map<C, number>();
  for (const [colNumber, cell] of row.cells) {
    const content = readCell(cell);
    const column = content.kind === 'text' ? byKey.get(matchKey(content.text)) : undefined;
    if (!column) {
      continue;
    }
    const earlier = found.get(column);
    if (earlier !== undefined) {
      throw new AppError('BAD_FILE',
        `${onSheet(sheetName)}Cột "${column.header}" xuất hiện hai lần (cột ${columnLetter(earlier)} và ${columnLetter(colNumber)}).`);
    }
    found.set(column, colNumber);
  }
  return new Map(columnList.filter((c) => found.has(c)).map((c) => [c, found.get(c) ?? 0]));
}

function checked<C extends HeaderColumn>(map: HeaderMap<C>, columnList: readonly C[], sheetName: string): HeaderMap<C> {
  const missing = columnList.filter((c) => c.required && !map.columns.has(c)).map((c) => c.header);
  if (missing.length > 0) {
    const names = missing.map((h) => `"${h}"`).join(', ');
    throw new AppError(
      'BAD_FILE',
      `${onSheet(sheetName)}Tệp thiếu cột bắt buộc: ${names}. Dòng đầu tiên của trang phải là dòng tiêu đề như trong tệp mẫu.`,
      { missingColumns: missing },
    );
  }
  return map;
}

/** Problems of the children sheet say so; the member sheet's keep their plain wording. */
const onSheet = (sheetName: string) => (sheetName ? `Trang "${sheetName}": ` : '');

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
