// Anniversary numbers and dates for a report year, so templates say "kỷ niệm {{kyNiem.hoiLHPN}} năm"
// and the number is never typed by hand.
import { invalid } from '../../../core/errors.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { COMMEMORATIONS, type Commemoration } from './commemorations.ts';
import { lunarToSolar } from './lunar-calendar.ts';

const byKey = new Map<string, Commemoration>(COMMEMORATIONS.map((c) => [c.key, c]));

function assertYear(year: number): void {
  if (!Number.isInteger(year)) {
    throw invalid(`Năm không hợp lệ: ${year}`);
  }
}

function findCommemoration(key: string): Commemoration {
  const commemoration = byKey.get(key);
  if (!commemoration) {
    throw invalid(`Không có ngày kỷ niệm "${key}"`);
  }
  return commemoration;
}

/** The how-many-th anniversary falls in `year`, e.g. hoiLHPN in 2023 → 93. */
export function anniversaryNumber(key: string, year: number): number {
  const { name, foundingYear } = findCommemoration(key);
  if (foundingYear === null) {
    throw invalid(`${name} không tính số năm kỷ niệm`);
  }
  assertYear(year);
  if (year <= foundingYear) {
    throw invalid(`Năm ${year} chưa có kỷ niệm ${name} (${foundingYear})`);
  }
  return year - foundingYear;
}

/** Solar ISO date of the commemoration in `year`; lunar days are converted with the Vietnamese calendar. */
export function commemorationDate(key: string, year: number): string {
  const { calendar, month, day } = findCommemoration(key);
  assertYear(year);
  if (calendar === 'lunar') {
    return lunarToSolar({ year, month, day });
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Report placeholders for `year`: "kyNiem.<key>" → anniversary number for every numbered
 * commemoration, "ngay.<key>" → its dd/mm/yyyy date for every one.
 */
export function anniversaryPlaceholders(year: number): Record<string, string> {
  const placeholders: Record<string, string> = {};
  for (const { key, foundingYear } of COMMEMORATIONS) {
    if (foundingYear !== null && year > foundingYear) {
      placeholders[`kyNiem.${key}`] = String(anniversaryNumber(key, year));
    }
    placeholders[`ngay.${key}`] = formatDateVi(commemorationDate(key, year));
  }
  return placeholders;
}
