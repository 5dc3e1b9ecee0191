// Builds member workbooks the way a union's staff would fill them in Excel.
import ExcelJS from 'exceljs';

export const MEMBER_SHEET = 'Đoàn viên';
export const MEMBER_HEADERS = ['Mã đoàn viên', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Ngày vào công đoàn'] as const;

export interface MemberRow {
  code: string;
  fullName: string;
  sex: string;
  category: string;
  /** As typed in the cell: dd/mm/yyyy text. */
  joinedOn: string;
}

/** One sheet, headers in row 1, then one member per row (the first member is Excel row 2). */
export async function memberWorkbook(rows: MemberRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(MEMBER_SHEET);
  sheet.addRow([...MEMBER_HEADERS]);
  for (const r of rows) {
    sheet.addRow([r.code, r.fullName, r.sex, r.category, r.joinedOn]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
