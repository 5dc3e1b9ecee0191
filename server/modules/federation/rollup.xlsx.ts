import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { kindLines, rollupColumns, rollupLines, type TableLine } from './rollup-table.ts';

// The roll-up workbook (bảng tổng hợp): the upper body and the federation on the left, the title with the year and the
// date of the tree, one row per union with its figures, the subtotal of each upper level after its unions, the grand
// total, then the totals per kind. Times New Roman as the statistical form; numbers stay numbers ('#,##0' shows the
// reader's thousands separator, a dot in Vietnamese Excel).

export const ROLLUP_SHEET = 'Tổng hợp';
export const ROLLUP_HEADER_ROW = 6;
const CONFEDERATION = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: 'Times New Roman', size: 11, ...extra });
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function put(sheet: ExcelJS.Worksheet, range: string, value: string, f: Partial<ExcelJS.Font>, horizontal: 'left' | 'center') {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  cell.font = font(f);
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

export interface RollupHead { upperBody: string | null; name: string }

export async function writeRollupXlsx(view: SubordinatesView, head: RollupHead, kindNames: ReadonlyMap<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Tổng hợp các công đoàn trực thuộc năm ${view.year} — ${head.name}`;
  const sheet = workbook.addWorksheet(ROLLUP_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 2, ySplit: ROLLUP_HEADER_ROW }],
  });
  sheet.columns = [{ width: 6 }, { width: 44 }, ...rollupColumns.map((c) => ({ width: c.width }))];
  const last = sheet.getColumn(2 + rollupColumns.length).letter;
  put(sheet, 'A1:B1', (head.upperBody ?? CONFEDERATION).toUpperCase(), {}, 'center');
  put(sheet, 'A2:B2', head.name.toUpperCase(), { bold: true }, 'center');
  put(sheet, `A3:${last}3`, `BẢNG TỔNG HỢP SỐ LIỆU CÁC CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC NĂM ${view.year}`, { bold: true, size: 14 }, 'center');
  put(sheet, `A4:${last}4`, `(Tổ chức và số đoàn viên tính đến ngày ${formatDateVi(view.asOf)}; số liệu năm ${view.year})`, { italic: true }, 'center');

  const header = sheet.getRow(ROLLUP_HEADER_ROW);
  header.values = ['TT', 'Công đoàn', ...rollupColumns.map((c) => c.header)];
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  const kinds = kindLines(view, kindNames);
  const lines: (TableLine | 'kinds')[] = [...rollupLines(view), ...(kinds.length > 0 ? ['kinds' as const, ...kinds] : [])];
  lines.forEach((line, i) => {
    const row = sheet.getRow(ROLLUP_HEADER_ROW + 1 + i);
    if (line === 'kinds') {
      row.getCell(2).value = 'Theo loại hình công đoàn cơ sở';
      row.getCell(2).font = font({ bold: true, italic: true });
      return;
    }
    row.values = line.cells;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font({ bold: line.kind !== 'union', italic: line.kind === 'level' });
      cell.border = border;
      const column = rollupColumns[col - 3];
      cell.alignment = {
        vertical: 'middle', wrapText: true, indent: col === 2 ? Math.max(0, line.depth - 1) : 0,
        horizontal: col === 1 ? 'center' : col === 2 ? 'left' : typeof cell.value === 'number' ? 'right' : 'center',
      };
      if (column && typeof cell.value === 'number') {
        cell.numFmt = column.header.includes('(%)') ? '0.0' : '#,##0';
      }
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
