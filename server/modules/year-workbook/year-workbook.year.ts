import { AppError } from '../../core/errors.ts';

/** The years a year workbook may hold (the routes' parameter says the same). */
export const firstYear = 1990;
export const lastYear = 2100;

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
    throw new AppError('VALIDATION', `Năm phải từ ${firstYear} đến ${lastYear}`);
  }
}
