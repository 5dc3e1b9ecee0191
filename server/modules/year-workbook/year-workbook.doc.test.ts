import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withYearWorkbookDoc } from './year-workbook.doc.ts';
import { yearSheets } from './year-sheets.ts';

describe('the year workbook\'s documentation', () => {
  it('lists every registered sheet and column (else: npx tsx scripts/generate-year-workbook-doc.ts)', () => {
    const document = fs.readFileSync(new URL('../../../docs/import-formats.md', import.meta.url), 'utf8');
    expect(withYearWorkbookDoc(document, yearSheets)).toBe(document);
  });
});
