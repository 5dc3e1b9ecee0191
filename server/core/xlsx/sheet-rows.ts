import { attributeOf, decodeXmlText, textOfRuns } from './xml-text.ts';

// A sheet's rows read off its XML as it is inflated: only whole <row> elements are parsed, the unfinished tail waits
// for the next chunk, so memory holds one chunk and the shared strings, not the sheet.

export type XlsxCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: string }
  /** A formula saved without its result (written by a program, never opened in Excel). */
  | { kind: 'uncomputed' };

export interface XlsxRow {
  /** Excel's row number (1-based). */
  number: number;
  /** Cells that hold something, by column number (1-based). */
  cells: Map<number, XlsxCell>;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const ROW = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const FORMULA = /<(?:[\w.-]+:)?f\b/;
const INLINE = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

export async function* sheetRows(xml: AsyncIterable<string>, context: SheetContext): AsyncGenerator<XlsxRow> {
  let pending = '';
  let lastRow = 0;
  for await (const chunk of xml) {
    pending += chunk;
    ROW.lastIndex = 0;
    let consumed = 0;
    for (let match = ROW.exec(pending); match; match = ROW.exec(pending)) {
      consumed = ROW.lastIndex;
      const row = parseRow(match[1], match[2] ?? '', lastRow, context);
      lastRow = row.number;
      if (row.cells.size > 0) {
        yield row;
      }
    }
    pending = pending.slice(consumed);
  }
}

function parseRow(rowAttributes: string, content: string, previous: number, context: SheetContext): XlsxRow {
  const r = Number(attributeOf(rowAttributes, 'r'));
  const row: XlsxRow = { number: Number.isInteger(r) && r > 0 ? r : previous + 1, cells: new Map() };
  let column = 0;
  CELL.lastIndex = 0;
  for (let match = CELL.exec(content); match; match = CELL.exec(content)) {
    const ref = attributeOf(match[1], 'r');
    column = ref ? columnNumber(ref) : column + 1;
    const cell = parseCell(match[1], match[2] ?? '', context);
    if (cell) {
      row.cells.set(column, cell);
    }
  }
  return row;
}

function parseCell(attributes: string, content: string, context: SheetContext): XlsxCell | null {
  const type = attributeOf(attributes, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = INLINE.exec(content);
    return inline ? { kind: 'text', text: textOfRuns(inline[1]) } : null;
  }
  const value = VALUE.exec(content);
  if (!value) {
    return FORMULA.test(content) ? { kind: 'uncomputed' } : null;
  }
  const raw = decodeXmlText(value[1]);
  switch (type) {
    case 's':
      return { kind: 'text', text: context.sharedStrings[Number(raw)] ?? '' };
    case 'str':
      return { kind: 'text', text: raw };
    case 'b':
      return { kind: 'boolean', value: raw.trim() === '1' || raw.trim() === 'true' };
    case 'e':
      return { kind: 'error', code: raw };
    case 'd':
      return { kind: 'date', iso: raw.slice(0, 10) };
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) {
        return { kind: 'text', text: raw };
      }
      return context.dateStyles[Number(attributeOf(attributes, 's') ?? 0)] ? { kind: 'date', iso: serialToIso(n, context.date1904) } : { kind: 'number', value: n };
    }
  }
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Excel's day serial as a calendar day. A serial a hair under midnight (float rounding) is that day; a time of day is
 * dropped. Serials before 1 March 1900 follow Excel's fictitious 29/02/1900.
 */
export function serialToIso(serial: number, date1904: boolean): string {
  const days = Math.floor(serial + 1 / 86_400);
  const shifted = !date1904 && days < 61 ? days + 1 : days;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + shifted * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "B7" → 2, "AA1" → 27. */
function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) {
      break;
    }
    n = n * 26 + code - 64;
  }
  return n;
}
