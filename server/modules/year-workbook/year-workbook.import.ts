import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows } from '../../core/xlsx/read-sheet-rows.ts';
import type { SheetInfo, XlsxWorkbook } from '../../core/xlsx/read-xlsx.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import type { YearImportResult } from '../../../shared/contracts/year-workbook.contract.ts';
import { findMemberIdsByCode } from '../members/member-import.repo.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { readGuideYear } from './year-workbook.guide.ts';
import { checkYear } from './year-workbook.year.ts';
import type { YearImportContext, YearSheet } from './year-sheet.ts';
import { yearSheets } from './year-sheets.ts';

// Import of a union's year: every sheet present is checked row by row (members first, so the other sheets know the
// file's member codes); any bad cell anywhere → the list of them and nothing written (a VALIDATION error when not a
// dry run, as every Excel import); else every sheet is applied in order in one transaction, with one audit entry.

const maxRowsPerSheet = 20_000;
const maxListedErrors = 1000;

interface SheetRead {
  sheet: YearSheet;
  info: SheetInfo;
  prepared: unknown;
  rows: unknown[];
  dataRows: number;
}

export async function importYearWorkbook(
  db: Db, caller: Caller, orgId: number, year: number, file: Buffer | ArrayBuffer, { dryRun }: { dryRun: boolean },
  sheets: readonly YearSheet[] = yearSheets,
): Promise<YearImportResult> {
  checkYear(year);
  // Strangers learn nothing of the file's problems: the union is "not found" to them before the file is opened.
  await assertCan(db, caller, orgId, 'org.read', today());
  const workbook = await openImportWorkbook(file);
  const present = sheetsPresent(workbook, sheets);
  if (present.length === 0) {
    throw new AppError('BAD_FILE', `Tệp không có trang nào của sổ năm (${sheets.map((s) => `«${s.name}»`).join(', ')})`);
  }
  await assertWritable(db, orgId);
  const fileYear = await readGuideYear(workbook);
  if (fileYear !== null && fileYear !== year) {
    throw new AppError('VALIDATION', `Tệp là sổ năm ${fileYear}, không phải năm ${year}`);
  }

  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const addError = (error: ImportRowError) => {
    errorCount += 1;
    if (errors.length < maxListedErrors) {
      errors.push(error);
    }
  };
  const ctx: YearImportContext = {
    db, orgId, year, memberIds: await findMemberIdsByCode(db, orgId), memberCodesInFile: new Set(), userId: caller.userId,
  };
  const read: SheetRead[] = [];
  for (const { sheet, info } of present) {
    const { prepared, existing } = await sheet.prepare(ctx);
    const sheetErrors: ImportRowError[] = [];
    const rows: unknown[] = [];
    const headerOf = new Map(sheet.columns.map((c) => [c.field, c.header]));
    const dataRows = await readRows(workbook, info, sheet, (row, cells) => {
      const fail = (field: string, message: string) => {
        sheetErrors.push({ sheet: sheet.name, row, column: headerOf.get(field) ?? field, message });
      };
      const before = sheetErrors.length;
      const parsed = sheet.parseRow(cells, ctx, fail, prepared);
      if (parsed !== null && sheetErrors.length === before) {
        rows.push(parsed);
      }
    });
    if (dataRows > 0) {
      // A sheet left empty asks nothing of the importer: the treasurer may move the books in with the members' sheets empty.
      await assertCan(db, caller, orgId, sheet.writePermission, today());
    }
    if (dataRows > 0 && existing > 0) {
      addError({
        sheet: sheet.name, row: 1, column: '',
        message: `Năm ${year} của công đoàn đã có dữ liệu «${sheet.name}»; sổ năm chỉ nhập vào năm chưa có dữ liệu này`,
      });
    } else {
      sheetErrors.forEach(addError);
    }
    read.push({ sheet, info, prepared, rows, dataRows });
  }

  if (read.every((r) => r.dataRows === 0)) {
    throw new AppError('BAD_FILE', noData);
  }
  const result: YearImportResult = {
    dryRun, valid: errorCount === 0, imported: 0, sheets: read.map((r) => ({ name: r.sheet.name, rows: r.dataRows })), errors, errorCount,
  };
  if (errorCount > 0 && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa ghi dòng nào`, result);
  }
  if (errorCount > 0 || dryRun) {
    return result;
  }
  await db.transaction().execute(async (tx) => {
    const txCtx: YearImportContext = { ...ctx, db: tx };
    for (const r of read.filter((x) => x.rows.length > 0)) {
      await r.sheet.apply(txCtx, r.rows, r.prepared);
      txCtx.memberIds = await findMemberIdsByCode(tx, orgId);
    }
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'import', entity: 'year_workbook', entityId: year, after: { sheets: result.sheets },
    });
  });
  return { ...result, imported: read.reduce((n, r) => n + r.rows.length, 0) };
}

/** The registered sheets the file holds, in import order; a sheet the file lacks is skipped, an unknown one ignored. */
function sheetsPresent(workbook: XlsxWorkbook, sheets: readonly YearSheet[]): { sheet: YearSheet; info: SheetInfo }[] {
  return sheets.flatMap((sheet) => {
    const info = workbook.sheets.find((s) => matchKey(s.name) === matchKey(sheet.name));
    return info ? [{ sheet, info }] : [];
  });
}

/** The data rows of one sheet; a sheet left without even a header row holds none. */
async function readRows(
  workbook: XlsxWorkbook, info: SheetInfo, sheet: YearSheet,
  onRow: Parameters<typeof readSheetRows<YearSheet['columns'][number]>>[2],
): Promise<number> {
  try {
    const { dataRows } = await readSheetRows(workbook.rows(info), {
      columns: sheet.columns, keyFields: sheet.keyFields, maxRows: maxRowsPerSheet, sheetName: sheet.name,
    }, onRow);
    return dataRows;
  } catch (err) {
    if (err instanceof AppError && err.message === noData) {
      return 0;
    }
    throw err;
  }
}
