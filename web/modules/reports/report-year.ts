// Which report years the pages offer.
import { todayIso } from '../../../shared/vi/dates.ts';

/** The year a union works on by default: the year of today in Vietnam. */
export function currentReportYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** A year the report page accepts in its address. */
export function parseReportYear(text: string | undefined): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null;
}
