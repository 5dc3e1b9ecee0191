import type ExcelJS from 'exceljs';
import { readCell } from '../../core/xlsx/cell-content.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import type { XlsxWorkbook } from '../../core/xlsx/read-xlsx.ts';
import type { YearSheet } from './year-sheet.ts';

// The "Hướng dẫn" sheet opening a year workbook: whose year it is (read back by the import, so a file of 2023 is not
// poured into 2024 by mistake), then every sheet with its columns explained.

export const guideSheetName = 'Hướng dẫn';
const yearLabel = 'Năm';

export function addGuideSheet(
  workbook: ExcelJS.Workbook, org: { name: string; code: string }, year: number, sheets: readonly YearSheet[],
): void {
  const guide = workbook.addWorksheet(guideSheetName);
  guide.columns = [{ width: 30 }, { width: 14 }, { width: 90 }];
  guide.addRow([`SỔ NĂM ${year} — ${org.name}`]).font = { bold: true, size: 14 };
  guide.addRow(['Công đoàn', org.name]);
  guide.addRow(['Mã công đoàn', org.code]);
  guide.addRow([yearLabel, year]).font = { bold: true };
  guide.addRow([]);
  guide.addRow(['Mỗi trang sau là một loại hồ sơ của năm. Dòng đầu mỗi trang là dòng tiêu đề; ngày ghi dd/mm/yyyy, '
    + 'số tiền ghi số đồng nguyên. Khi nhập, mọi dòng được kiểm tra trước: có một dòng sai thì không ghi dòng nào.']);
  for (const sheet of sheets) {
    guide.addRow([]);
    guide.addRow([sheet.name, null, sheet.description]).font = { bold: true };
    for (const column of sheet.columns) {
      guide.addRow([column.header, column.required ? 'Bắt buộc' : 'Không bắt buộc', column.note ?? '']);
    }
  }
}

/** The year the guide sheet names, or null when the file has no guide sheet (a workbook kept by hand). */
export async function readGuideYear(workbook: XlsxWorkbook): Promise<number | null> {
  const info = workbook.sheets.find((s) => matchKey(s.name) === matchKey(guideSheetName));
  if (!info) {
    return null;
  }
  for await (const row of workbook.rows(info)) {
    const label = readCell(row.cells.get(1));
    const value = readCell(row.cells.get(2));
    if (label.kind === 'text' && matchKey(label.text) === matchKey(yearLabel)) {
      return value.kind === 'text' && /^\d{4}$/.test(value.text) ? Number(value.text) : null;
    }
    if (row.number > 20) {
      break;
    }
  }
  return null;
}
