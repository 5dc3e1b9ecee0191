import type { YearSheet } from './year-sheet.ts';

// The year workbook's part of docs/import-formats.md, written from the registered sheets (so the document lists the
// sheets and columns the code reads): `npx tsx scripts/generate-year-workbook-doc.ts` rewrites it between the markers.

export const docMarkers = { begin: '<!-- year-workbook:begin (generated) -->', end: '<!-- year-workbook:end -->' };

const typeWords: Record<YearSheet['columns'][number]['type'], string> = {
  text: 'chữ', date: 'ngày dd/mm/yyyy', money: 'số tiền (đồng nguyên)', number: 'số', yesno: 'Có / Không',
};
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function yearWorkbookDoc(sheets: readonly YearSheet[]): string {
  const parts = sheets.map((sheet) => [
    `### ${sheet.name}`,
    '',
    `${sheet.description} Quyền: xuất \`${sheet.readPermission}\`, nhập \`${sheet.writePermission}\`.`,
    '',
    '| Cột | Bắt buộc | Kiểu | Giá trị |',
    '|---|---|---|---|',
    ...sheet.columns.map((c) => `| ${cell(c.header)} | ${c.required ? 'có' : ''} | ${typeWords[c.type]} | ${cell(c.note ?? '')} |`),
  ].join('\n'));
  return [docMarkers.begin, ...parts, docMarkers.end].join('\n\n');
}

/** The document with its generated part replaced. */
export function withYearWorkbookDoc(document: string, sheets: readonly YearSheet[]): string {
  const start = document.indexOf(docMarkers.begin);
  const end = document.indexOf(docMarkers.end);
  if (start < 0 || end < start) {
    throw new Error(`docs/import-formats.md has no ${docMarkers.begin} … ${docMarkers.end} part`);
  }
  return document.slice(0, start) + yearWorkbookDoc(sheets) + document.slice(end + docMarkers.end.length);
}
