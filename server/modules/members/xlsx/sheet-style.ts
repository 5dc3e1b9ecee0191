import type ExcelJS from 'exceljs';

// Looks shared by the template and the export, so both files feel like one product.

const headerFill = 'FFD9E2F3';
const requiredHeaderFill = 'FFF8CBAD';
const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };

/** Bold, wrapped, bordered header row that stays in view while scrolling. */
export function styleHeaderRow(sheet: ExcelJS.Worksheet, requiredColumns: ReadonlySet<number> = new Set()): void {
  const row = sheet.getRow(1);
  row.height = 32;
  row.eachCell((cell, colNumber) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: requiredColumns.has(colNumber) ? requiredHeaderFill : headerFill },
    };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

/** ISO date → a Date at UTC midnight, which Excel shows as that calendar day. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
