import type { SheetInfo, XlsxRow } from '../../../core/xlsx/read-xlsx.ts';
import { openImportWorkbook } from '../../../core/xlsx/open-import-workbook.ts';
import { childSheetName, memberSheetName } from './columns.ts';
import { matchKey } from '../../../core/xlsx/match-key.ts';

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
  const workbook = await openImportWorkbook(file);
  for (const sheet of workbook.sheets) {
    const role = roleOf(sheet, workbook.sheets);
    if (role) {
      yield { role, name: sheet.name, rows: workbook.rows(sheet) };
    }
  }
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
