// Dates travel through the code as ISO strings (YYYY-MM-DD) and are shown as dd/mm/yyyy.
// Arithmetic goes through UTC midnights so no time zone or daylight-saving shift can move a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isRealDate({ year, month, day }: DateParts): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function matchIso(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return null;
  }
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : null;
}

function parseIso(iso: string): DateParts {
  const parts = matchIso(iso);
  if (!parts) {
    throw new RangeError(`Ngày không hợp lệ (cần dạng YYYY-MM-DD): "${iso}"`);
  }
  return parts;
}

function toEpochDay(iso: string): number {
  const { year, month, day } = parseIso(iso);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * MS_PER_DAY);
  return toIso({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** True for a real calendar date written YYYY-MM-DD ("2023-02-29" is false). */
export function isIsoDate(value: string): boolean {
  return matchIso(value) !== null;
}

/** "2023-12-25" → "25/12/2023". */
export function formatDateVi(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "25/12/2023" or "5/1/2023" → ISO; null for anything else, impossible dates, or years outside 1900–2100. */
export function parseDateVi(text: string): string | null {
  const match = VI_DATE.exec(text.trim());
  if (!match) {
    return null;
  }
  const parts = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  if (parts.year < 1900 || parts.year > 2100 || !isRealDate(parts)) {
    return null;
  }
  return toIso(parts);
}

/** Today's date where the union is; `now` is a parameter so callers and tests can pin the clock. */
// Building an Intl.DateTimeFormat costs far more than using one, and today is asked for on every request.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function todayIso(timeZone = 'Asia/Ho_Chi_Minh', now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return toIso({ year: part('year'), month: part('month'), day: part('day') });
}

export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Số ngày phải là số nguyên: ${days}`);
  }
  return fromEpochDay(toEpochDay(iso) + days);
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return toEpochDay(toIso) - toEpochDay(fromIso);
}

/**
 * The same day `months` later (or earlier when negative); a day the target month lacks becomes its last day
 * ("2024-01-31" + 1 month → "2024-02-29"), as a period counted in months ends (Bộ luật Dân sự 2015, Điều 148).
 */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) {
    throw new RangeError(`Số tháng phải là số nguyên: ${months}`);
  }
  const { year, month, day } = parseIso(iso);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
  return toIso({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** What is wrong with a typed dd/mm/yyyy date: null when it is a real date or blank; 'incomplete' for "1990" or "3/1990". */
export type DateTextProblem = 'incomplete' | 'format' | 'notExist' | 'range';

export function dateTextProblem(text: string): DateTextProblem | null {
  const value = text.trim();
  if (value === '' || parseDateVi(value) !== null) {
    return null;
  }
  if (/^\d{4}$/.test(value) || /^\d{1,2}\/\d{4}$/.test(value)) {
    return 'incomplete';
  }
  const match = VI_DATE.exec(value);
  if (!match) {
    return 'format';
  }
  const year = Number(match[3]);
  if (year < 1900 || year > 2100) {
    return 'range';
  }
  return 'notExist';
}

/**
 * Age in completed years on `atIso`. Someone born on 29 February turns a year older on
 * 28 February in common years: a period counted in years ends on the last day of the month
 * when that month has no matching day (Bộ luật Dân sự 2015, Điều 148).
 */
export function ageAt(birthIso: string, atIso: string): number {
  const birth = parseIso(birthIso);
  const at = parseIso(atIso);
  if (atIso < birthIso) {
    throw new RangeError(`Ngày tính tuổi ${atIso} trước ngày sinh ${birthIso}`);
  }
  const birthdayThisYear = Math.min(birth.day, daysInMonth(at.year, birth.month));
  const hadBirthday = at.month > birth.month || (at.month === birth.month && at.day >= birthdayThisYear);
  return at.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * The place-and-date line of an official document, e.g. "Hương Bình, ngày 05 tháng 01 năm 2024".
 * Nghị định 30/2020/NĐ-CP: days below 10 and months 1 and 2 take a leading zero, other months do not.
 */
export function documentDateLine(place: string, iso: string): string {
  const { year, month, day } = parseIso(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}
