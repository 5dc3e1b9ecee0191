// Numbers typed into the report's narrative instead of a {{placeholder}}: a figure typed by hand goes stale the
// day the records change, and "Bắt đầu từ năm trước" carries it into a year it is false for (the seed's
// "kỷ niệm 92 năm" of 2023). The editor flags each one; finalising asks the chairperson to confirm each.
//
// What counts as a typed figure (flagged):
//   integers ("19", "07"), Vietnamese thousands ("5.000.000", "50.000đ"), decimals with a comma ("63,5"),
//   percents ("100%", "100 %"), ranges ("15 đến 20", "2 - 3", "2–3", "4-5/9"), fractions and ranks ("3/9"),
//   and a year equal to the report's year or the one before or after (those are {{namTruoc}}, {{nam}}, {{namSau}}:
//   "năm 2023" copied into the 2024 report is exactly the stale text this guards against).
// What does not (left alone, decided here once):
//   - other years in a year context: "năm 1930", "2023–2024", "nhiệm kỳ 2023 - 2028", "/2015/";
//   - dates: dd/mm/yyyy, "ngày 20/10", "tháng 12", and the days every report names: 8/3, 20/10, 1/6, 2/9, 30/4,
//     1/5, 3/2, 27/7, 22/12, 20/11, 19/5, 26/3, 28/7 (a d/m elsewhere, "xếp hạng 3/9", is a figure);
//   - document numbers and symbols: "125/KH-LĐLĐ", "04/2015/NĐ-CP", "02-NQ/TW", "Nghị quyết (số) 02";
//   - article, clause and part numbers: "Điều 5", "khoản 2", "điểm a", "Chương II", "Mục 3";
//   - numbering that opens a paragraph: "1.", "2)", "1.2." (roman "II." has no digits anyway);
//   - times ("14h30", "8 giờ", "7:30") and weekdays ("chiều thứ 6", "thứ 2 hàng tuần");
//   - digits inside a word or code ("Covid-19", "CĐCS2", "4G") and ordinals written in words (out of scope).

export type TypedNumberKind = 'integer' | 'decimal' | 'percent' | 'range' | 'fraction' | 'money' | 'year';

export interface TypedNumber {
  /** As typed, e.g. "5.000.000", "100%", "15 đến 20", "4-5/9". */
  text: string;
  /** Offsets in the paragraph as stored (placeholders included), end exclusive. */
  start: number;
  end: number;
  kind: TypedNumberKind;
  /** Its numeric value (percent as 100 for "100%"), absent for ranges and fractions. */
  value: number | null;
}

export interface DetectOptions {
  /** The report's year: a typed year equal to it or next to it is flagged. */
  year?: number;
}

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const RANGE_SEP = String.raw`\s*(?:-|–|—|đến|tới)\s*`;
// One numeric expression: a number, maybe a range, maybe a percent, maybe "/N" (a rank among N, or a date).
const EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/])(${NUM})(?:\s?%)?(?:(${RANGE_SEP})(${NUM})(?:\s?%)?)?(?:/(\d+))?`,
  'gu',
);
const FIXED_DAYS = new Set(['8/3', '20/10', '1/6', '2/9', '30/4', '1/5', '3/2', '27/7', '22/12', '20/11', '19/5', '26/3', '28/7', '15/10']);
const DOC_WORDS = String.raw`(?:nghị quyết|nghị định|quyết định|thông tư|chỉ thị|kế hoạch|công văn|hướng dẫn|thông báo|luật|văn bản|tờ trình|quy định|chương trình|báo cáo)`;
const BEFORE_DOC = new RegExp(String.raw`${DOC_WORDS}(?:\s+số)?\s*:?\s*$`, 'iu');
const BEFORE_ARTICLE = /(?:điều|khoản|điểm|chương|mục|phần|tiết|phụ lục)\s*$/iu;
const BEFORE_DATE = /(?:ngày|hôm|đêm|tháng|quý|tuần)\s*$/iu;
const BEFORE_YEAR = /(?:năm|niên độ|niên khóa|niên khoá|nhiệm kỳ|giai đoạn|khóa|khoá|từ năm|đến năm|cuối năm|đầu năm)\s*$/iu;
const BEFORE_WEEKDAY = /(?:chiều|sáng|tối|trưa|vào|các|ngày|mỗi)\s+thứ\s*$/iu;
const AFTER_TIME = /^\s*(?:h\d{0,2}\b|giờ|:\d{2}|phút)/iu;
const OPENING_NUMBER = /^\s*(?:[-–+•]\s*)?\d+(?:\.\d+)*[.)](?=\s|$)/u;
const MONEY_AFTER = /^\s?(?:đồng(?!\s+chí)|đ|vnđ|triệu|tỷ|nghìn|ngàn)(?![\p{L}])/iu;

/** Replaces every {{placeholder}} by spaces of the same length, so offsets still point into the stored text. */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length));
}

/** "5.000.000" → 5000000, "63,5" → 63.5, "07" → 7. */
export function parseVietnameseNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

const isYear = (n: string) => /^\d{4}$/.test(n) && Number(n) >= 1900 && Number(n) <= 2100;

/** Every typed figure of one paragraph, in order. */
export function findTypedNumbers(paragraph: string, options: DetectOptions = {}): TypedNumber[] {
  const text = maskPlaceholders(paragraph);
  const found: TypedNumber[] = [];
  const opening = OPENING_NUMBER.exec(text);
  const skipUntil = opening ? opening[0].length : 0;
  for (const m of text.matchAll(EXPRESSION)) {
    const start = m.index;
    if (start < skipUntil) {
      continue;
    }
    const [whole, first, separator, second, over] = m;
    const end = start + whole.length;
    const classified = classify({ text, start, end, whole, first, separator, second, over }, options);
    if (classified) {
      found.push({ text: paragraph.slice(start, end), start, end, ...classified });
    }
  }
  return found;
}

interface Match {
  text: string;
  start: number;
  end: number;
  whole: string;
  first: string;
  separator: string | undefined;
  second: string | undefined;
  over: string | undefined;
}

function classify(m: Match, options: DetectOptions): Pick<TypedNumber, 'kind' | 'value'> | null {
  const before = m.text.slice(Math.max(0, m.start - 40), m.start);
  const after = m.text.slice(m.end, m.end + 20);
  // Part of a code or a word: "Covid-19", "CĐCS2", "4G", "02-NQ/TW", "125/KH-LĐLĐ", "04/2015/NĐ-CP".
  if (/[\p{L}]-$/u.test(before) || (/^[-/]/.test(after) && /^[\p{L}\d]*[\p{Lu}]/u.test(after.slice(1)))) {
    return null;
  }
  if (/^-?[\p{L}]/u.test(after) && !MONEY_AFTER.test(after) && !/^\s/.test(after) && !/^%/.test(after)) {
    return null;
  }
  if (/^\/\d/.test(after)) {
    return null; // a date or number continuing past what the expression took: dd/mm/yyyy, 04/2015/…
  }
  if (BEFORE_DOC.test(before) || BEFORE_ARTICLE.test(before)) {
    return null;
  }
  if (AFTER_TIME.test(after) || /\d:$/.test(before)) {
    return null;
  }
  const percent = m.whole.includes('%');
  if (m.separator !== undefined && m.second !== undefined) {
    if (isYear(m.first) && isYear(m.second) && !percent) {
      return null; // "2023–2024", "nhiệm kỳ 2023 - 2028"
    }
    return { kind: 'range', value: null };
  }
  if (m.over !== undefined) {
    const dm = `${m.first}/${m.over}`;
    const day = Number(m.first);
    const month = Number(m.over);
    if (FIXED_DAYS.has(dm) || (BEFORE_DATE.test(before) && day >= 1 && day <= 31 && month >= 1 && month <= 12)) {
      return null;
    }
    if (isYear(m.over) && month > 12) {
      return null; // "12/2023": a month of a year
    }
    return { kind: 'fraction', value: null };
  }
  if (percent) {
    return { kind: 'percent', value: parseVietnameseNumber(m.first) };
  }
  if (BEFORE_DATE.test(before) || (BEFORE_WEEKDAY.test(before) && /^[2-7]$/.test(m.first))) {
    return null;
  }
  if (isYear(m.first)) {
    const y = Number(m.first);
    const near = options.year !== undefined && Math.abs(y - options.year) <= 1;
    if (near) {
      return { kind: 'year', value: y };
    }
    if (BEFORE_YEAR.test(before) || /^\s*[-–—]\s*\d{4}/.test(after) || /\d{4}\s*[-–—]\s*$/.test(before)) {
      return null;
    }
  }
  const value = parseVietnameseNumber(m.first);
  if (MONEY_AFTER.test(after)) {
    return { kind: 'money', value };
  }
  return { kind: m.first.includes(',') ? 'decimal' : 'integer', value };
}
