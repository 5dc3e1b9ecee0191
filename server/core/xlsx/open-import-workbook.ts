import { AppError } from '../errors.ts';
import { openXlsx, XlsxFormatError, type XlsxRow, type XlsxWorkbook } from './read-xlsx.ts';

// An uploaded file opened for an import: anything that is not an .xlsx workbook is a BAD_FILE said in Vietnamese,
// before the first row and while the rows stream.

export const notXlsx = 'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về từ phần mềm.';
const oldExcel =
  'Tệp là bảng tính Excel 97–2003 (.xls) hoặc đã đặt mật khẩu. Hãy mở bằng Excel và lưu lại thành .xlsx không mật khẩu.';

export async function openImportWorkbook(file: Buffer | ArrayBuffer): Promise<XlsxWorkbook> {
  const bytes = Buffer.isBuffer(file) ? file : Buffer.from(file);
  // .xlsx is a zip (PK\3\4); .xls and password-protected .xlsx are OLE compound files (D0 CF 11 E0).
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new AppError('BAD_FILE', oldExcel);
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new AppError('BAD_FILE', notXlsx);
  }
  const workbook = await openXlsx(bytes).catch(badFile);
  if (workbook.sheets.length === 0) {
    // A zip without a worksheet, e.g. a .docx renamed to .xlsx.
    throw new AppError('BAD_FILE', notXlsx);
  }
  return { sheets: workbook.sheets, rows: (sheet) => rowsOrBadFile(workbook.rows(sheet)) };
}

async function* rowsOrBadFile(rows: AsyncGenerator<XlsxRow>): AsyncGenerator<XlsxRow> {
  try {
    yield* rows;
  } catch (err) {
    badFile(err);
  }
}

function badFile(err: unknown): never {
  throw err instanceof XlsxFormatError ? new AppError('BAD_FILE', notXlsx) : err;
}
