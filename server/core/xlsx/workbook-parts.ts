import { attributesOf, elements, textOfRuns } from './xml-text.ts';

// The workbook's parts a reader needs before any sheet: the sheets and where they are, which cell styles are dates,
// the shared strings, and the date system.

export interface SheetInfo {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** Zip entry name of the sheet's XML. */
  path: string;
}

export function readWorkbook(workbookXml: string, relsXml: string): { sheets: SheetInfo[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, 'Relationship')) {
    const a = attributesOf(rel.attributes);
    targets.set(a.get('Id') ?? '', a.get('Target') ?? '');
  }
  const sheets: SheetInfo[] = [];
  for (const sheet of elements(workbookXml, 'sheet')) {
    const a = attributesOf(sheet.attributes);
    const target = targets.get(a.get('r:id') ?? a.get('id') ?? '');
    if (target) {
      sheets.push({ name: a.get('name') ?? '', state: a.get('state') ?? 'visible', path: partPath('xl', target) });
    }
  }
  const properties = [...elements(workbookXml, 'workbookPr')][0];
  const date1904 = properties ? ['1', 'true'].includes(attributesOf(properties.attributes).get('date1904') ?? '') : false;
  return { sheets, date1904 };
}

/** A relationship target resolved against its folder: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml". */
export function partPath(folder: string, target: string): string {
  if (target.startsWith('/')) {
    return target.slice(1);
  }
  const parts = folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') {
      parts.pop();
    } else if (piece !== '.') {
      parts.push(piece);
    }
  }
  return parts.join('/');
}

// Built-in number formats that show a date (ECMA-376 Part 1, 18.8.30, and the East Asian ones Excel maps to dates).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style (the cell's s="…"), whether it shows a date. */
export function readDateStyles(stylesXml: string): boolean[] {
  const customDate = new Map<number, boolean>();
  for (const format of elements(stylesXml, 'numFmt')) {
    const a = attributesOf(format.attributes);
    customDate.set(Number(a.get('numFmtId')), isDateFormat(a.get('formatCode') ?? ''));
  }
  const cellXfs = [...elements(stylesXml, 'cellXfs')][0]?.content ?? '';
  return [...elements(cellXfs, 'xf')].map((xf) => {
    const id = Number(attributesOf(xf.attributes).get('numFmtId') ?? 0);
    return customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** A format shows a date when, outside quoted text, escapes and [colour]/[locale] brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare.split(';')[0]);
}

export function readSharedStrings(xml: string): string[] {
  return [...elements(xml, 'si')].map((si) => textOfRuns(si.content));
}
