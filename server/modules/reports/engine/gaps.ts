// Gaps: places the writer left to fill in ("là … đồng chí", a list item "- …", "[...]", "xx"). A report with a gap
// is unfinished, so finalising refuses it outright (unlike a typed number, a gap cannot be confirmed away).
//
// An ellipsis is also ordinary punctuation ("nâng bậc lương...", "tết Trung thu…", "tiến bộ ... phối hợp"
// meaning "and so on"), so "…" counts as a gap only where a value belongs:
//   - it is all the paragraph or list item holds ("…", "- …", "1. …"), or the item is empty ("- ", "2.");
//   - it stands alone before a unit that counts something ("… đồng chí", "… người", "… %", "… đồng");
//   - it stands alone after a word that announces a value ("là …", "có …", "gồm …", "đạt …", "số tiền …", ": …")
//     and ends the sentence or clause.
// Square brackets holding only dots or x ("[...]", "[…]", "[ ]", "[xx]") and "xx", "XX", "x.xxx" are gaps too,
// except the roman XX after "thế kỷ", "Đại hội", "khóa", "lần thứ".

export interface Gap {
  text: string;
  start: number;
  end: number;
}

const ELLIPSIS = String.raw`(?:…|\.{3,}|(?:\. ){2}\.)`;
const LIST_MARKER = String.raw`(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.)`;
const ONLY_GAP = new RegExp(String.raw`^\s*(?:${LIST_MARKER}\s*)?(${ELLIPSIS}|\[[\s.…x]*\])?\s*$`, 'iu');
const UNITS = String.raw`(?:đồng chí|đ\/c|người|cá nhân|tập thể|đoàn viên|cán bộ|CBCC|lần|lượt|đồng|đ|%|triệu|suất|phần quà|buổi|cuộc|đề tài|sáng kiến|năm|tháng|hộ|cháu|tổ|xã|ngày)`;
const BEFORE_UNIT = new RegExp(String.raw`(?<=^|[\s(:])${ELLIPSIS}(?=\s*${UNITS}(?![\p{L}]))`, 'giu');
const AFTER_ANNOUNCE = new RegExp(
  String.raw`(?<=(?:^|[\s(])(?:là|có|gồm|đạt|được|số tiền|tổng số|với|từ|đến|thứ)\s+|:\s*)${ELLIPSIS}(?=\s*(?:[.,;)]|$))`,
  'giu',
);
const BRACKETS = /\[[\s.…xX]*\]/gu;
const XX = /(?<![\p{L}\p{N}])(?:x{2,}|x(?:\.x{3})+)(?![\p{L}\p{N}])/giu;
const ROMAN_XX_BEFORE = /(?:thế kỷ|thế kỉ|đại hội|khóa|khoá|lần thứ|kỳ họp thứ)\s*$/iu;

/** Every gap of one paragraph, in order. */
export function findGaps(paragraph: string): Gap[] {
  const only = ONLY_GAP.exec(paragraph);
  if (only) {
    const marker = paragraph.trim();
    // An empty paragraph prints nothing and is not a gap; a lone marker or ellipsis is.
    return marker ? [{ text: marker, start: paragraph.indexOf(marker), end: paragraph.indexOf(marker) + marker.length }] : [];
  }
  const gaps: Gap[] = [];
  const add = (m: RegExpMatchArray) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (!gaps.some((g) => start < g.end && g.start < end)) {
      gaps.push({ text: m[0], start, end });
    }
  };
  for (const re of [BRACKETS, BEFORE_UNIT, AFTER_ANNOUNCE]) {
    for (const m of paragraph.matchAll(re)) {
      add(m);
    }
  }
  for (const m of paragraph.matchAll(XX)) {
    if (m[0] === 'XX' && ROMAN_XX_BEFORE.test(paragraph.slice(0, m.index))) {
      continue;
    }
    add(m);
  }
  return gaps.sort((a, b) => a.start - b.start);
}
