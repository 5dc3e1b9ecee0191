// Vietnamese alphabetical order, and member lists sorted by given name (tên), then family
// name (họ), then middle name (tên đệm), as union rosters are.

const collator = new Intl.Collator('vi');

/** Vietnamese order: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones and case break ties. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Khai" → { family: "Nguyễn", middle: "Thị Minh", given: "Khai" }; one word is a given name. */
export function splitFullName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) {
    return { family: '', middle: '', given: '' };
  }
  if (words.length === 1) {
    return { family: '', middle: '', given: words[0] };
  }
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

export function compareMemberNames(a: string, b: string): number {
  const x = splitFullName(a);
  const y = splitFullName(b);
  return (
    compareVietnamese(x.given, y.given) || compareVietnamese(x.family, y.family) || compareVietnamese(x.middle, y.middle)
  );
}

// The sort key lets the database sort by name with COLLATE "C" (PGlite has no ICU collations)
// and page through long rosters in the same order as compareMemberNames. It mirrors the
// collator's three levels for each name part: base letters, then tones, then case.
// Exact agreement is guaranteed for Vietnamese letters, digits, space and _ - , . ' ’;
// other characters get a stable code after z.

// Base units in the order Intl.Collator('vi') gives them (collation.test.ts checks it).
const PRIMARY_UNITS = [' ', '_', '-', ',', '.', "'", '’', ...'0123456789', ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const PRIMARY_CODE = new Map(PRIMARY_UNITS.map((unit, index) => [unit, String(10 + index)]));

const LETTER_MARKS: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' }, // breve
  '\u0302': { a: 'â', e: 'ê', o: 'ô' }, // circumflex
  '\u031B': { o: 'ơ', u: 'ư' }, // horn
};

// The collator's tone order: none < huyền < hỏi < ngã < sắc < nặng.
const TONE_CODE: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };

const LEVEL_SEPARATOR = '!'; // below every primary code ("10"–"59", "~…"), so "An" sorts before "Anh"
const PART_SEPARATOR = ' ';

interface EncodedUnit {
  primary: string;
  tone: string;
  upper: boolean;
}

/** Base characters, each with the combining marks that follow it in NFD. */
function splitUnits(text: string): { base: string; marks: string[] }[] {
  const units: { base: string; marks: string[] }[] = [];
  for (const char of text.normalize('NFD')) {
    if (/\p{M}/u.test(char) && units.length > 0) {
      units[units.length - 1].marks.push(char);
    } else {
      units.push({ base: char, marks: [] });
    }
  }
  return units;
}

function encodeUnit({ base, marks }: { base: string; marks: string[] }): EncodedUnit {
  const lower = base.toLowerCase();
  let letter = lower;
  let tone = '0';
  let known = true;
  for (const mark of marks) {
    const modified = LETTER_MARKS[mark]?.[letter];
    if (TONE_CODE[mark] && tone === '0') {
      tone = TONE_CODE[mark];
    } else if (modified) {
      letter = modified;
    } else {
      known = false;
    }
  }
  const code = known ? PRIMARY_CODE.get(letter) : undefined;
  const fallback = () => [lower, ...marks].map((c) => `~${c.codePointAt(0)!.toString(16).padStart(6, '0')}`).join('');
  return { primary: code ?? fallback(), tone, upper: base !== lower };
}

// Names repeat a great deal (Nguyễn, Thị, Văn, Anh…): an import of 100.000 members computes a few thousand parts.
const partKeys = new Map<string, string>();
const MAX_REMEMBERED_PARTS = 20_000;

function partKey(text: string): string {
  let key = partKeys.get(text);
  if (key === undefined) {
    if (partKeys.size >= MAX_REMEMBERED_PARTS) {
      partKeys.clear();
    }
    key = computePartKey(text);
    partKeys.set(text, key);
  }
  return key;
}

function computePartKey(text: string): string {
  const units = splitUnits(text).map(encodeUnit);
  return [
    units.map((unit) => unit.primary).join(''),
    units.map((unit) => unit.tone).join(''),
    units.map((unit) => (unit.upper ? '1' : '0')).join(''),
  ].join(LEVEL_SEPARATOR);
}

/**
 * An ASCII key whose byte order (PostgreSQL COLLATE "C") equals compareMemberNames:
 * given name, then family name, then middle name, each compared by letters, tones, then case.
 */
export function vietnameseSortKey(fullName: string): string {
  const { family, middle, given } = splitFullName(fullName);
  return [given, family, middle].map(partKey).join(PART_SEPARATOR);
}
