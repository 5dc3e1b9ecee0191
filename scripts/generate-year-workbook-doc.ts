// Rewrites the sheet-by-sheet part of "Sổ năm" in docs/import-formats.md from the registered year sheets.
// Run: npx tsx scripts/generate-year-workbook-doc.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { withYearWorkbookDoc } from '../server/modules/year-workbook/year-workbook.doc.ts';
import { yearSheets } from '../server/modules/year-workbook/year-sheets.ts';

const file = new URL('../docs/import-formats.md', import.meta.url);
writeFileSync(file, withYearWorkbookDoc(readFileSync(file, 'utf8'), yearSheets));
console.log(`docs/import-formats.md: ${yearSheets.length} sheets of the year workbook`);
