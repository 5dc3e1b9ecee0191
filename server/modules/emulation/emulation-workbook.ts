import ExcelJS from 'exceljs';
import { gradeShort, sheetColumns, titleShort } from './emulation-sheet.ts';
import type { SheetCommendation, SheetMember } from './emulation-sheet.repo.ts';

// The emulation year's .xlsx files: the import template and the summary table (bảng tổng hợp kết quả thi đua).
// Both keep the import's headers, so a filled template or an edited summary imports again.

export interface WorkbookInfo { orgName: string; year: number }

const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
const formLabels: Record<SheetCommendation['form'], string> = {
  giay_khen: 'Giấy khen', bang_khen: 'Bằng khen', co_thi_dua: 'Cờ thi đua', other: 'Khen thưởng',
};
const widths: Record<string, number> = { 'Mã đoàn viên': 14, 'Họ và tên': 28, 'Loại đoàn viên': 24, 'Đăng ký': 16, 'Xếp loại': 12, 'Kết quả': 16, 'Tình trạng kết quả': 30, 'Khen thưởng': 44 };

/** Members active in the year, code and name filled in; the committee writes the rest. */
export async function buildEmulationTemplate(members: readonly SheetMember[], info: WorkbookInfo): Promise<Buffer> {
  const headers = sheetColumns.map((c) => c.header);
  return write(info, 'Mẫu nhập thi đua', 1, headers, members.filter((m) => m.active).map((m) => [m.code, m.fullName, '', '', '']), [
    `Mẫu nhập kết quả thi đua năm ${info.year} — ${info.orgName}`,
    'Mỗi đoàn viên một dòng. Mã đoàn viên và Họ và tên phải khớp danh sách đoàn viên.',
    'Đăng ký, Kết quả: LĐTT, CSTĐCS (có thể ghi cả hai, cách nhau dấu phẩy). Kết quả được ghi là đề nghị.',
    'Xếp loại: HTXSNV, HTTNV, HTNV hoặc KHTNV.',
    'Tệp chỉ được nhập khi mọi dòng đều đúng; không dòng nào được ghi nếu còn lỗi.',
  ]);
}

/** Per member of the year: category, registrations, rating, results (and whether decided), commendations. */
export async function buildEmulationSummary(
  members: readonly SheetMember[], categories: readonly { code: string; name: string }[], info: WorkbookInfo,
): Promise<Buffer> {
  const categoryName = new Map(categories.map((c) => [c.code, c.name]));
  const listed = members.filter((m) => m.active || m.registrations.length > 0 || m.rating || m.results.length > 0 || m.commendations.length > 0);
  const headers = ['Mã đoàn viên', 'Họ và tên', 'Loại đoàn viên', 'Đăng ký', 'Xếp loại', 'Kết quả', 'Tình trạng kết quả', 'Khen thưởng'];
  const rows = listed.map((m) => [
    m.code, m.fullName, categoryName.get(m.category) ?? m.category,
    m.registrations.map((t) => titleShort[t]).join(', '),
    m.rating ? gradeShort[m.rating.grade] : '',
    m.results.map((r) => titleShort[r.title]).join(', '),
    m.results.map((r) => `${titleShort[r.title]} ${r.status === 'decided' ? 'đã có quyết định' : 'đề nghị'}`).join('; '),
    m.commendations.map((c) => `${formLabels[c.form]} ${c.issuer}${c.status === 'proposed' ? ' (đề nghị)' : ''}`).join('; '),
  ]);
  return write(info, 'Tổng hợp thi đua', 4, headers, rows, [], [
    `BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM ${info.year}`,
    info.orgName,
  ]);
}

async function write(
  info: WorkbookInfo, sheetName: string, headerRow: number, headers: string[], rows: string[][], notes: string[], titles: string[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Thi đua năm ${info.year} — ${info.orgName}`;
  const sheet = workbook.addWorksheet(sheetName, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  titles.forEach((title, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = title;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 12 };
  });
  headers.forEach((header, i) => {
    sheet.getColumn(i + 1).width = widths[header] ?? 16;
    // Codes such as "001" stay text.
    sheet.getColumn(i + 1).numFmt = '@';
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      sheet.getCell(headerRow + 1 + i, j + 1).value = value === '' ? null : value;
    });
  });
  const ratingColumn = headers.indexOf('Xếp loại') + 1;
  for (let r = headerRow + 1; r <= headerRow + Math.max(rows.length, 200); r++) {
    sheet.getCell(r, ratingColumn).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${Object.values(gradeShort).join(',')}"`],
      showErrorMessage: true, errorTitle: 'Xếp loại', error: 'Chọn HTXSNV, HTTNV, HTNV hoặc KHTNV',
    };
  }
  if (notes.length > 0) {
    const help = workbook.addWorksheet('Hướng dẫn');
    help.getColumn(1).width = 110;
    notes.forEach((note, i) => {
      help.getCell(i + 1, 1).value = note;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
