import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { StatisticalFormName, StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import type { UnionFigureMap } from './sum-rows.ts';

// The .xlsx of Mẫu 1-HĐCĐ (or of the upper level's Mẫu 2-HĐCĐ) laid out like the printed form (upper body and union on
// the left, the form's number on the right, title, the columns), Times New Roman; every value cell carries its trace
// as a cell note, and the sheet "Nguồn số liệu" lists the traces row by row. Mẫu 2 adds the column of how many unions
// have each figure and the sheet "Từng công đoàn cơ sở" (one row per union summed, one column per figure, the total
// last). Numbers stay numbers: '#,##0' groups thousands with the reader's separator (a dot in Vietnamese Excel).

export const FORM_SHEET = 'Mẫu 1-HĐCĐ';
export const TRACE_SHEET = 'Nguồn số liệu';
export const UNIONS_SHEET = 'Từng công đoàn cơ sở';
export const HEADER_ROW = 7;
const CONFEDERATION = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';

const layout: Record<StatisticalFormName, { usedBy: string; title: string; columns: string[] }> = {
  'Mẫu 1-HĐCĐ': {
    usedBy: 'Dùng cho công đoàn cơ sở và nghiệp đoàn',
    title: 'BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM',
    columns: ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú'],
  },
  'Mẫu 2-HĐCĐ': {
    usedBy: 'Dùng cho công đoàn cấp trên cơ sở',
    title: 'BÁO CÁO TỔNG HỢP HOẠT ĐỘNG CÔNG ĐOÀN NĂM',
    columns: ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Số CĐCS có số liệu', 'Ghi chú'],
  },
};

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: 'Times New Roman', size: 12, ...extra });
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function put(sheet: ExcelJS.Worksheet, range: string, value: string, f: Partial<ExcelJS.Font>, horizontal: 'left' | 'center' | 'right') {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  cell.font = font(f);
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

function addFormSheet(workbook: ExcelJS.Workbook, view: StatisticalFormView): void {
  const summary = view.unions !== null;
  const { usedBy, title, columns } = layout[view.form];
  const last = summary ? 'F' : 'E';
  const sheet = workbook.addWorksheet(view.form, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = summary
    ? [{ width: 6 }, { width: 54 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 28 }]
    : [{ width: 6 }, { width: 58 }, { width: 16 }, { width: 16 }, { width: 32 }];
  put(sheet, 'A1:B1', (view.union.parentName ?? CONFEDERATION).toUpperCase(), {}, 'center');
  put(sheet, `D1:${last}1`, view.form, { bold: true }, 'right');
  put(sheet, 'A2:B2', view.union.name.toUpperCase(), { bold: true }, 'center');
  put(sheet, `D2:${last}2`, usedBy, { italic: true, size: 11 }, 'right');
  put(sheet, `A4:${last}4`, `${title} ${view.date.slice(0, 4)}`, { bold: true, size: 14 }, 'center');
  const counted = summary ? `; tổng hợp từ ${view.unions!.length} công đoàn cơ sở` : '';
  put(sheet, `A5:${last}5`, `(Số liệu tính đến ngày ${formatDateVi(view.date)}${counted})`, { italic: true }, 'center');

  const header = sheet.getRow(HEADER_ROW);
  header.values = columns;
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  view.rows.forEach((r, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.values = summary ? [r.tt, r.content, r.unit, r.value, r.reported, r.note] : [r.tt, r.content, r.unit, r.value, r.note];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font({ bold: r.kind === 'heading' });
      cell.border = border;
      const numeric = col === 4 || (summary && col === 5);
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 3 ? 'center' : numeric ? 'right' : 'left' };
    });
    const valueCell = row.getCell(4);
    valueCell.numFmt = '#,##0';
    if (r.kind === 'figure') {
      valueCell.note = r.trace;
    }
  });
}

function addTraceSheet(workbook: ExcelJS.Workbook, view: StatisticalFormView): void {
  const sheet = workbook.addWorksheet(TRACE_SHEET);
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 16 }, { width: 90 }];
  put(sheet, 'A1:D1', `Nguồn số liệu của ${view.form} ngày ${formatDateVi(view.date)} — ${view.union.name}`, { bold: true }, 'left');
  put(sheet, 'A2:D2', `Các số đếm trong kỳ tính từ ${formatDateVi(view.periodFrom)} đến ${formatDateVi(view.date)}`, { italic: true }, 'left');
  const header = sheet.getRow(4);
  header.values = ['TT', 'Nội dung', 'Số lượng', 'Nguồn số liệu'];
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.border = border;
  });
  view.rows.filter((r) => r.kind === 'figure').forEach((r, i) => {
    const row = sheet.getRow(5 + i);
    row.values = [r.tt, r.content, r.value, r.trace];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = font();
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    row.getCell(3).numFmt = '#,##0';
  });
}

/** Mẫu 2: one row per union summed, one column per figure row (its TT key and content), the form's total last. */
function addUnionsSheet(workbook: ExcelJS.Workbook, view: StatisticalFormView, perUnion: readonly UnionFigureMap[]): void {
  const sheet = workbook.addWorksheet(UNIONS_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const figures = mau1HdcdRows.filter((r) => r.kind === 'figure');
  sheet.columns = [{ width: 6 }, { width: 22 }, { width: 44 }, ...figures.map(() => ({ width: 16 }))];
  const header = sheet.getRow(1);
  header.values = ['TT', 'Mã', 'Công đoàn cơ sở', ...figures.map((r) => `${r.key}. ${r.content} (${r.unit})`)];
  header.eachCell((cell) => {
    cell.font = font({ bold: true, size: 10 });
    cell.border = border;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  const value = (figure: (typeof figures)[number], union: UnionFigureMap) =>
    (figure.kind === 'figure' && figure.source !== null ? (union.get(figure.source)?.value ?? null) : null);
  const totals = new Map(view.rows.map((r) => [r.key, r.value]));
  const lines = [
    ...view.unions!.map((u, i) => [i + 1, u.code, u.name, ...figures.map((f) => value(f, perUnion[i]))]),
    ['', '', 'Cộng (Mẫu 2-HĐCĐ)', ...figures.map((f) => totals.get(f.key) ?? null)],
  ];
  lines.forEach((values, i) => {
    const row = sheet.getRow(2 + i);
    row.values = values;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font({ size: 11, bold: i === lines.length - 1 });
      cell.border = border;
      if (col > 3) {
        cell.numFmt = '#,##0';
      }
    });
  });
}

/** The form's workbook; `perUnion` (Mẫu 2) adds the sheet of each union's figures. */
export async function writeStatisticalFormXlsx(view: StatisticalFormView, perUnion: readonly UnionFigureMap[] | null = null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `${view.form} ngày ${formatDateVi(view.date)} — ${view.union.name}`;
  addFormSheet(workbook, view);
  addTraceSheet(workbook, view);
  if (view.unions !== null && perUnion !== null) {
    addUnionsSheet(workbook, view, perUnion);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
