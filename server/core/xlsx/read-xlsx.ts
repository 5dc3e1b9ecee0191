import { partPath, readDateStyles, readSharedStrings, readWorkbook, type SheetInfo } from './workbook-parts.ts';
import { type SheetContext, sheetRows, type XlsxRow } from './sheet-rows.ts';
import { entryText, wholeEntryText, ZipFormatError, zipEntries } from './zip-entries.ts';

export type { XlsxCell, XlsxRow } from './sheet-rows.ts';
export type { SheetInfo } from './workbook-parts.ts';

// Every Excel import reads workbooks through here: the sheets' names first, then any sheet's rows streamed.

/** The bytes are not an .xlsx workbook this reader understands. */
export class XlsxFormatError extends Error {}

export interface XlsxWorkbook {
  sheets: readonly SheetInfo[];
  /** A sheet's non-empty rows in file order; each call reads the sheet afresh. */
  rows(sheet: SheetInfo): AsyncGenerator<XlsxRow>;
}

export async function openXlsx(bytes: Buffer): Promise<XlsxWorkbook> {
  try {
    const entries = zipEntries(bytes);
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry ? wholeEntryText(bytes, entry) : '';
    };
    const workbookXml = await text('xl/workbook.xml');
    if (!workbookXml) {
      throw new XlsxFormatError('no xl/workbook.xml');
    }
    const relsXml = await text('xl/_rels/workbook.xml.rels');
    const { sheets, date1904 } = readWorkbook(workbookXml, relsXml);
    const target = (type: string) => {
      const rel = new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*Type="[^"]*/${type}"[^>]*>`).exec(relsXml)?.[0] ?? '';
      const found = /Target="([^"]*)"/.exec(rel)?.[1];
      return found ? partPath('xl', found) : `xl/${type}.xml`;
    };
    const context: SheetContext = {
      sharedStrings: readSharedStrings(await text(target('sharedStrings'))),
      dateStyles: readDateStyles(await text(target('styles'))),
      date1904,
    };
    return {
      sheets: sheets.filter((s) => entries.has(s.path)),
      rows: (sheet) => guarded(sheetRows(entryText(bytes, entries.get(sheet.path)!), context)),
    };
  } catch (err) {
    throw asFormatError(err);
  }
}

async function* guarded(rows: AsyncGenerator<XlsxRow>): AsyncGenerator<XlsxRow> {
  try {
    yield* rows;
  } catch (err) {
    throw asFormatError(err);
  }
}

/** A broken zip or a corrupt deflate stream is the file's fault, said the same way. */
function asFormatError(err: unknown): unknown {
  if (err instanceof XlsxFormatError) {
    return err;
  }
  const zlibError = typeof (err as { code?: unknown })?.code === 'string' && String((err as { code: string }).code).startsWith('Z_');
  return err instanceof ZipFormatError || zlibError || err instanceof RangeError ? new XlsxFormatError(String(err)) : err;
}
