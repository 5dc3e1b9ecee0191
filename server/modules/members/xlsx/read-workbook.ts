import { openXlsx, type SheetInfo, XlsxFormatError, type XlsxRow } from '../../../core/xlsx/read-xlsx.ts';
import { AppError } from '../../../core/errors.ts';
import { childSheetName, memberSheetName } from './columns.ts';
import { matchKey } from './match-key.ts';

export const notXlsx = 'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về từ phần mềm.';
const oldExcel =
  'Tệp là bảng tính Excel 97–2003 (.xls) hoặc đã đặt mật khẩu. Hãy mở bằng Excel và lưu lại thành .xlsx không mật khẩu.';

export type SheetRole = 'members' | 'children';

export interface StreamedSheet {
  role: SheetRole;
  name: string;
  /** Rows as the file holds them (empty rows are absent); each row is read once, in order. */
  rows: AsyncIterable<XlsxRow>;
}

/**
 * Streams the sheets an import reads: the member list (the sheet named "Đoàn viên", else the first visible sheet)
 * and the children ("Con"). Other sheets are not read. Anything that is not an .xlsx workbook is a BAD_FILE.
 */
export async function* streamImportSheets(file: Buffer | ArrayBuffer): AsyncGenerator<StreamedSheet> {
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
  for (const sheet of workbook.sheets) {
    const role = roleOf(sheet, workbook.sheets);
    if (role) {
      yield { role, name: sheet.name, rows: rowsOrBadFile(workbook.rows(sheet)) };
    }
  }
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

/** The member sheet: "Đoàn viên" if the workbook has one, else its first visible sheet. */
function roleOf(sheet: SheetInfo, sheets: readonly SheetInfo[]): SheetRole | null {
  const key = matchKey(sheet.name);
  if (key === matchKey(childSheetName)) {
    return 'children';
  }
  if (sheets.some((s) => matchKey(s.name) === matchKey(memberSheetName))) {
    return key === matchKey(memberSheetName) ? 'members' : null;
  }
  const firstVisible = sheets.find((s) => s.state === 'visible' && matchKey(s.name) !== matchKey(childSheetName));
  return !firstVisible || firstVisible === sheet ? 'members' : null;
}
