import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';

// The .xlsx of Mẫu 1-HĐCĐ laid out like the printed form (upper body and union on the left, the form's number on the
// right, title, the five columns), Times New Roman; every value cell carries its trace as a cell note, and the sheet
// "Nguồn số liệu" lists the traces row by row. Numbers stay numbers: '#,##0' groups thousands with the reader's
// separator (a dot in Vietnamese Excel).

export const FORM_SHEET = 'Mẫu 1-HĐCĐ';
export const TRACE_SHEET = 'Nguồn số liệu';
export const HEADER_ROW = 7;
const CONFEDERATION = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';

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
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 6 }, { width: 58 }, { width: 16 }, { width: 16 }, { width: 32 }];
  put(sheet, 'A1:B1', (view.union.parentName ?? CONFEDERATION).toUpperCase(), {}, 'center');
  put(sheet, 'D1:E1', FORM_SHEET, { bold: true }, 'right');
  put(sheet, 'A2:B2', view.union.name.toUpperCase(), { bold: true }, 'center');
  put(sheet, 'D2:E2', 'Dùng cho công đoàn cơ sở và nghiệp đoàn', { italic: true, size: 11 }, 'right');
  put(sheet, 'A4:E4', `BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM ${view.date.slice(0, 4)}`, { bold: true, size: 14 }, 'center');
  put(sheet, 'A5:E5', `(Số liệu tính đến ngày ${formatDateVi(view.date)})`, { italic: true }, 'center');

  const header = sheet.getRow(HEADER_ROW);
  header.values = ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú'];
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  view.rows.forEach((r, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.values = [r.tt, r.content, r.unit, r.value, r.note];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font({ bold: r.kind === 'heading' });
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 3 ? 'center' : col === 4 ? 'right' : 'left' };
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
  put(sheet, 'A1:D1', `Nguồn số liệu của ${FORM_SHEET} ngày ${formatDateVi(view.date)} — ${view.union.name}`, { bold: true }, 'left');
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

export async function writeStatisticalFormXlsx(view: StatisticalFormView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `${FORM_SHEET} ngày ${formatDateVi(view.date)} — ${view.union.name}`;
  addFormSheet(workbook, view);
  addTraceSheet(workbook, view);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
