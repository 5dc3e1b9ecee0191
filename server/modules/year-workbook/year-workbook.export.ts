import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { addGuideSheet } from './year-workbook.guide.ts';
import { checkYear } from './year-workbook.year.ts';
import type { YearCell, YearSheet, YearSheetColumn } from './year-sheet.ts';
import { yearSheets } from './year-sheets.ts';

// Export of a union's year: the guide sheet, then one sheet per record kind with a header row and the year's rows.

const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
/** ISO date → a Date at UTC midnight, which Excel shows as that calendar day. */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const numFormats: Partial<Record<YearSheetColumn['type'], string>> = { date: 'dd/mm/yyyy', money: '#,##0', number: '0' };

export async function exportYearWorkbook(
  db: Db, caller: Caller, orgId: number, year: number, sheets: readonly YearSheet[] = yearSheets,
): Promise<{ xlsx: Buffer; fileName: string }> {
  checkYear(year);
  for (const sheet of sheets) {
    await assertCan(db, caller, orgId, sheet.readPermission, today());
  }
  const org = await requireOrgAt(db, orgId, `${year}-12-31`).catch(() => requireOrgAt(db, orgId, today()));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Sổ năm ${year} — ${org.name}`;
  addGuideSheet(workbook, org, year, sheets);
  for (const sheet of sheets) {
    addDataSheet(workbook, sheet, await sheet.exportRows(db, orgId, year));
  }
  return { xlsx: Buffer.from(await workbook.xlsx.writeBuffer()), fileName: `so-nam-${year}-${org.code}.xlsx` };
}

function addDataSheet(workbook: ExcelJS.Workbook, yearSheet: YearSheet, rows: readonly Record<string, YearCell>[]): void {
  const sheet = workbook.addWorksheet(yearSheet.name);
  sheet.columns = yearSheet.columns.map((c) => ({ header: c.header, width: c.width ?? 16, style: { numFmt: numFormats[c.type] ?? '@' } }));
  const header = sheet.getRow(1);
  header.eachCell((cell, colNumber) => {
    const column = yearSheet.columns[colNumber - 1];
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFF8CBAD' : 'FFD9E2F3' } };
    if (column.note) {
      cell.note = column.note;
    }
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow(yearSheet.columns.map((c) => cellValue(c, row[c.field] ?? null)));
  }
}

function cellValue(column: YearSheetColumn, value: YearCell): ExcelJS.CellValue {
  if (value === null || value === '') {
    return null;
  }
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return utcDate(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'Có' : 'Không';
  }
  return value;
}
