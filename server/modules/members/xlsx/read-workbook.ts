import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors.ts';
import { memberSheetName } from './columns.ts';
import { matchKey } from './match-key.ts';

const notXlsx = 'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về từ phần mềm.';
const oldExcel =
  'Tệp là bảng tính Excel 97–2003 (.xls) hoặc đã đặt mật khẩu. Hãy mở bằng Excel và lưu lại thành .xlsx không mật khẩu.';

/**
 * The sheet holding the member list: the one named "Đoàn viên", else the first visible sheet.
 * Anything that is not an .xlsx workbook (CSV, .xls, .docx, random bytes) is a BAD_FILE.
 */
export async function readMemberSheet(file: Buffer | ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const bytes = Buffer.isBuffer(file) ? file : Buffer.from(file);
  // .xlsx is a zip (PK\3\4); .xls and password-protected .xlsx are OLE compound files (D0 CF 11 E0).
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new AppError('BAD_FILE', oldExcel);
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new AppError('BAD_FILE', notXlsx);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own ArrayBuffer-like `Buffer`; a Node Buffer is what it actually reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('BAD_FILE', notXlsx);
  }
  const sheets = workbook.worksheets;
  const named = sheets.find((ws) => matchKey(ws.name) === matchKey(memberSheetName));
  const sheet = named ?? sheets.find((ws) => ws.state === 'visible') ?? sheets[0];
  if (!sheet) {
    // A zip without a workbook part, e.g. a .docx renamed to .xlsx.
    throw new AppError('BAD_FILE', notXlsx);
  }
  return sheet;
}
