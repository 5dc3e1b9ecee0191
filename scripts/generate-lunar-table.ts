// Writes server/modules/reports/anniversaries/lunar-months.json: for each Vietnamese lunar year
// 1900–2100, the solar date each lunar month starts on and which month is doubled (tháng nhuận).
// Run: npx tsx scripts/generate-lunar-table.ts
//
// @nghiavuive/lunar_date_vi (Hồ Ngọc Đức's algorithm, UTC+7) carries a "personal, non-commercial
// use" notice, so it stays a devDependency: only the calendar facts it computes are committed,
// and the runtime (lunar-calendar.ts) reads them without the library.
import { writeFileSync } from 'node:fs';
import { LunarDate, SolarDate } from '@nghiavuive/lunar_date_vi';
import { daysBetween } from '../shared/vi/dates.ts';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const OUTPUT = new URL('../server/modules/reports/anniversaries/lunar-months.json', import.meta.url);

interface LunarYearRow {
  /** Solar ISO date of the first day of each lunar month in order, the leap month right after its namesake. */
  m: string[];
  /** Number of the month that is repeated as a leap month; absent in common years. */
  leap?: number;
}

function isoOf(solar: SolarDate): string {
  const { year, month, day } = solar.get();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function buildTable() {
  const years: Record<string, LunarYearRow> = {};
  const monthNumbers: Record<string, number[]> = {};
  let end: string | null = null;
  // Lunar 1/1/1900 is 31/01/1900 and lunar 2101 starts before March 2101.
  const from = SolarDate.jdn({ day: 1, month: 1, year: 1900 });
  const to = SolarDate.jdn({ day: 31, month: 3, year: 2101 });
  for (let jd = from; jd <= to; jd++) {
    const solar = SolarDate.fromJd(jd);
    const lunar = LunarDate.fromSolarDate(solar).get();
    if (lunar.day !== 1 || lunar.year < FIRST_YEAR) {
      continue;
    }
    if (lunar.year > LAST_YEAR) {
      end ??= isoOf(solar);
      continue;
    }
    const row = (years[lunar.year] ??= { m: [] });
    if (lunar.leap_month) {
      row.leap = lunar.month;
    }
    row.m.push(isoOf(solar));
    (monthNumbers[lunar.year] ??= []).push(lunar.month);
  }
  if (end === null) {
    throw new Error('Không tìm thấy ngày đầu năm âm lịch sau năm cuối');
  }
  checkTable(years, monthNumbers, end);
  return { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, end, years };
}

/** Months 1–12 in order with the leap month right after its namesake, each 29 or 30 days long. */
function checkTable(years: Record<string, LunarYearRow>, monthNumbers: Record<string, number[]>, end: string): void {
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const row = years[year];
    const leap = row?.leap;
    const expected = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((month) => (month === leap ? [month, month] : [month]));
    if (!row || monthNumbers[year].join() !== expected.join()) {
      throw new Error(`Năm âm lịch ${year}: tháng ${monthNumbers[year]?.join() ?? '—'}, cần ${expected.join()}`);
    }
    const nextStart = year === LAST_YEAR ? end : years[year + 1].m[0];
    row.m.forEach((start, index) => {
      const length = daysBetween(start, row.m[index + 1] ?? nextStart);
      if (length !== 29 && length !== 30) {
        throw new Error(`Năm âm lịch ${year}, tháng thứ ${index + 1} dài ${length} ngày`);
      }
    });
  }
}

/** One year per line: small enough to read and to diff. */
function serialize(table: ReturnType<typeof buildTable>): string {
  const rows = Object.entries(table.years).map(([year, row]) => `    "${year}": ${JSON.stringify(row)}`);
  return [
    '{',
    `  "source": "Vietnamese lunar calendar (UTC+7), computed with @nghiavuive/lunar_date_vi 2.0.1 by scripts/generate-lunar-table.ts",`,
    `  "firstYear": ${table.firstYear},`,
    `  "lastYear": ${table.lastYear},`,
    `  "end": "${table.end}",`,
    '  "years": {',
    rows.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

writeFileSync(OUTPUT, serialize(buildTable()));
console.log(`Đã ghi ${OUTPUT.pathname}`);
