import type { Db } from '../../db/client.ts';
import type { Permission } from '../../core/access.ts';
import type { HeaderColumn } from '../../core/xlsx/header-map.ts';
import type { RowCells } from '../../core/xlsx/read-sheet-rows.ts';

// Sổ năm (issue 13, item 7): one .xlsx holding a union's year, a sheet per record kind. Each record kind plugs in
// one YearSheet (its module's own file, `<module>/<kind>.year-sheet.ts`), listed once in year-sheets.ts in the
// order they import (members before what points at them). The workbook service writes every sheet on export and,
// on import, reads every sheet present through the one import pipeline (core/xlsx readSheetRows), collects every
// bad row of every sheet, and writes nothing unless all are good — then applies the sheets in order in one
// transaction.

/** A cell as written on export: dates as ISO strings (written as real date cells), money as integer đồng. */
export type YearCell = string | number | boolean | null;

export interface YearSheetColumn extends HeaderColumn {
  /** How the export writes it (and the guide sheet explains it). */
  type: 'text' | 'date' | 'money' | 'number' | 'yesno';
  width?: number;
  /** One line for the guide sheet: allowed values, format. */
  note?: string;
}

/** What the sheets of one import share: the union, the year, and the member codes known (listed + in the file). */
export interface YearImportContext {
  db: Db;
  orgId: number;
  year: number;
  /** Member code → id of the members already listed; the members sheet adds the file's new ones when applied. */
  memberIds: Map<string, number>;
  /**
   * Member codes in the file's members sheet, added by that sheet's parseRow as it reads (it is read first, so they
   * are known before any row of another sheet is checked).
   */
  memberCodesInFile: Set<string>;
  /** The importing user (audit, created_by); null for the command line's system caller. */
  userId: number | null;
}

export type FailCell = (column: string, message: string) => void;

export interface YearSheet<Row = unknown, Prepared = unknown> {
  /** Sheet name in the workbook, Vietnamese, at most 31 characters. */
  name: string;
  /** One sentence for the guide sheet. */
  description: string;
  columns: readonly YearSheetColumn[];
  /** Fields whose headers mark the header row. */
  keyFields: readonly string[];
  /** Needed to export (read) and to import (write) this sheet. */
  readPermission: Permission;
  writePermission: Permission;
  /** The union's records of the year, one object per row keyed by column field. */
  exportRows(db: Db, orgId: number, year: number): Promise<Record<string, YearCell>[]>;
  /**
   * Loads what checking rows needs (lookups), once per import, and says whether the union already holds records of
   * this kind for the year: a year workbook moves a year in, it never merges into one kept in congdoan (a sheet
   * whose records exist is refused with a Vietnamese message naming it). Members are the exception: matched by
   * code, added or left as listed.
   */
  prepare(ctx: YearImportContext): Promise<{ prepared: Prepared; existing: number }>;
  /**
   * Checks one row without writing; `fail(columnField, message)` for each bad cell (Vietnamese). Returns the row to
   * apply, or null when it failed.
   */
  parseRow(cells: RowCells<YearSheetColumn>, ctx: YearImportContext, fail: FailCell, prepared: Prepared): Row | null;
  /**
   * Writes the sheet's rows in the import's transaction (ctx.db is the transaction), through the module's own
   * service/repo functions (the same checks and audit as the API). May throw AppError with a Vietnamese message.
   */
  apply(ctx: YearImportContext, rows: Row[], prepared: Prepared): Promise<void>;
}
