// Sổ năm (year workbook): a union's year out to one .xlsx and back in. The sheets are listed in year-sheets.ts.
export { exportYearWorkbook } from './year-workbook.export.ts';
export { importYearWorkbook } from './year-workbook.import.ts';
export { readGuideYear } from './year-workbook.guide.ts';
