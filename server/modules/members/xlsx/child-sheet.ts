import type ExcelJS from 'exceljs';
import { childColumns, childSheetName, sexLabels } from './columns.ts';
import { styleHeaderRow, utcDate } from './sheet-style.ts';

export interface ChildExportRow {
  code: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female' | null;
}

/** The "Con" sheet: the template's empty one (text cells) or the export's, one child per row, birth dates as dates. */
export function addChildSheet(workbook: ExcelJS.Workbook, children: readonly ChildExportRow[] | null): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(childSheetName);
  sheet.columns = childColumns.map((c) => ({
    header: c.header, width: c.width, style: { numFmt: children && c.field === 'birthDate' ? 'dd/mm/yyyy' : '@' },
  }));
  styleHeaderRow(sheet, new Set(childColumns.flatMap((c, i) => (c.required ? [i + 1] : []))));
  childColumns.forEach((column, i) => {
    sheet.getCell(1, i + 1).note = `${column.required ? 'Bắt buộc. ' : ''}${column.hint}`;
  });
  for (const child of children ?? []) {
    sheet.addRow([child.code, child.fullName, child.sex ? sexLabels[child.sex] : null, utcDate(child.birthDate)]);
  }
  return sheet;
}
