import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
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
  rows: AsyncIterable<ExcelJS.Row>;
}

interface SheetModel { name: string; state?: string; rId?: string }
type Reader = ExcelJS.stream.xlsx.WorkbookReader & { model?: { sheets?: SheetModel[] } };
type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name?: string; state?: string; iterator: AsyncIterable<Buffer | string> }
  & AsyncIterable<ExcelJS.Row>;

/**
 * Streams the sheets an import reads, without loading the workbook: the member list (the sheet named "Đoàn viên",
 * else the first visible sheet) and the children ("Con"). Other sheets are skipped unread. Memory stays bounded by
 * one row at a time (plus exceljs' shared-string table). Anything that is not an .xlsx workbook is a BAD_FILE.
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
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  }) as Reader;
  decodeUtf8AcrossChunks(reader);
  let seenSheet = false;
  try {
    for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
      seenSheet = true;
      sheet.iterator = utf8Strings(sheet.iterator);
      const role = roleOf(sheet, reader.model?.sheets ?? []);
      if (role) {
        yield { role, name: sheet.name ?? '', rows: sheet };
      }
    }
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('BAD_FILE', notXlsx);
  }
  if (!seenSheet) {
    // A zip without a worksheet, e.g. a .docx renamed to .xlsx.
    throw new AppError('BAD_FILE', notXlsx);
  }
}

/** The member sheet: "Đoàn viên" if the workbook has one, else its first visible sheet. */
function roleOf(sheet: SheetReader, sheets: SheetModel[]): SheetRole | null {
  const key = matchKey(sheet.name ?? '');
  if (key === matchKey(childSheetName)) {
    return 'children';
  }
  const named = sheets.some((s) => matchKey(s.name) === matchKey(memberSheetName));
  if (named) {
    return key === matchKey(memberSheetName) ? 'members' : null;
  }
  const firstVisible = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden' && matchKey(s.name) !== matchKey(childSheetName));
  return !firstVisible || firstVisible.name === sheet.name ? 'members' : null;
}

// exceljs 4.4's streaming reader decodes each chunk of XML on its own, so a Vietnamese letter (2–3 bytes in UTF-8)
// falling across a chunk boundary comes out as "ngư���i". Handing it text decoded across chunks avoids that: its
// decoder passes strings through unchanged. Applied to the shared strings and to each sheet's XML.
async function* utf8Strings(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  }
  yield decoder.end();
}

function decodeUtf8AcrossChunks(reader: Reader): void {
  const patched = reader as unknown as { _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown> };
  const parseSharedStrings = patched._parseSharedStrings.bind(reader);
  patched._parseSharedStrings = (entry) => {
    const decoder = new StringDecoder('utf8');
    const text = new Transform({
      readableObjectMode: true,
      transform: (chunk: Buffer, _encoding, done) => done(null, decoder.write(chunk)),
      flush: (done) => done(null, decoder.end()),
    });
    return parseSharedStrings(entry.pipe(text));
  };
}
