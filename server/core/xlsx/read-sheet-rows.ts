import { AppError } from '../errors.ts';
import { type CellContent, readCell } from './cell-content.ts';
import { type HeaderColumn, type HeaderMap, mapHeaders, rowsSearchedForHeaders } from './header-map.ts';
import type { XlsxRow } from './read-xlsx.ts';

// The reading every import shares: headers found in the first rows, then each non-empty data row's cells, by column.

export interface SheetRowsOptions<C extends HeaderColumn> {
  columns: readonly C[];
  /** Fields whose headers mark the header row. */
  keyFields: readonly string[];
  /** Most data rows accepted; passing it stops the reading at once (BAD_FILE). */
  maxRows: number;
  /** Named in header problems when the file has several sheets read; '' for the main one. */
  sheetName?: string;
  /** Called now and then with the number of data rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

export type RowCells<C> = Map<C, CellContent>;

export const noData = 'Tệp không có dòng dữ liệu nào';
const rowsBetweenYields = 500;

/** Lets other requests run while a long file is read: an import never holds the event loop for long. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Finds the headers in the first rows, then hands each non-empty data row on (Excel row number and its cells by
 * column), counting them against the limit. A sheet without any row is BAD_FILE.
 */
export async function readSheetRows<C extends HeaderColumn>(
  rows: AsyncIterable<XlsxRow>, opts: SheetRowsOptions<C>, onRow: (row: number, cells: RowCells<C>) => void,
): Promise<{ dataRows: number; columns: Map<C, number> }> {
  const mapOf = (firstRows: readonly XlsxRow[]) => mapHeaders(firstRows, opts.columns, opts.keyFields, opts.sheetName ?? '');
  const firstRows: XlsxRow[] = [];
  let header: HeaderMap<C> | null = null;
  let dataRows = 0;
  const take = (row: XlsxRow) => {
    if (!header || row.number <= header.headerRow) {
      return;
    }
    const cells: RowCells<C> = new Map();
    for (const [column, colNumber] of header.columns) {
      cells.set(column, readCell(row.cells.get(colNumber)));
    }
    if (![...cells.values()].some((c) => c.kind !== 'empty')) {
      return;
    }
    dataRows += 1;
    if (dataRows > opts.maxRows) {
      throw new AppError('BAD_FILE',
        `Tệp có hơn ${opts.maxRows} dòng dữ liệu (dòng ${row.number} đã vượt giới hạn ${opts.maxRows} dòng mỗi lần nhập). Hãy chia thành nhiều tệp.`);
    }
    onRow(row.number, cells);
  };
  for await (const row of rows) {
    if (!header && row.number <= rowsSearchedForHeaders) {
      firstRows.push(row);
      continue;
    }
    if (!header) {
      header = mapOf(firstRows);
      firstRows.forEach(take);
    }
    take(row);
    if (dataRows % rowsBetweenYields === 0) {
      opts.onProgress?.(dataRows);
      await yieldToEventLoop();
    }
  }
  if (!header) {
    if (firstRows.length === 0) {
      throw new AppError('BAD_FILE', noData);
    }
    header = mapOf(firstRows);
    firstRows.forEach(take);
  }
  opts.onProgress?.(dataRows);
  return { dataRows, columns: header.columns };
}
