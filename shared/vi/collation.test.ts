import { describe, expect, it } from 'vitest';
import { compareMemberNames, compareVietnamese, splitFullName, vietnameseSortKey } from './collation.ts';

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (names: string[]) => [...names].sort((a, b) => byteOrder(vietnameseSortKey(a), vietnameseSortKey(b)));
const byCollator = (names: string[]) => [...names].sort(compareMemberNames);

/** The first pair the key orders differently from compareMemberNames, or null. */
function firstDisagreement(names: string[]): [string, string] | null {
  const keys = names.map(vietnameseSortKey);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (Math.sign(compareMemberNames(names[i], names[j])) !== byteOrder(keys[i], keys[j])) {
        return [names[i], names[j]];
      }
    }
  }
  return null;
}

describe('compareVietnamese', () => {
  const sorted = (words: string[]) => [...words].sort(compareVietnamese);

  it('orders the letters of the Vietnamese alphabet', () => {
    expect(sorted(['â', 'b', 'ă', 'a'])).toEqual(['a', 'ă', 'â', 'b']);
    expect(sorted(['e', 'đ', 'd'])).toEqual(['d', 'đ', 'e']);
    expect(sorted(['p', 'ơ', 'ô', 'o'])).toEqual(['o', 'ô', 'ơ', 'p']);
    expect(sorted(['v', 'ư', 'u'])).toEqual(['u', 'ư', 'v']);
  });

  it('treats tones as a tie-breaker in the order none, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sorted(['ạ', 'á', 'ã', 'ả', 'à', 'a'])).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
    expect(sorted(['Ân', 'Ánh', 'An', 'Anh'])).toEqual(['An', 'Anh', 'Ánh', 'Ân']);
    expect(sorted(['Đức', 'Dũng'])).toEqual(['Dũng', 'Đức']);
  });

  it('orders the punctuation and digits the sort key assumes', () => {
    const units = [' ', '_', '-', ',', '.', "'", '’', '0', '9', 'a'];
    expect(sorted([...units].reverse())).toEqual(units);
  });
});

describe('splitFullName', () => {
  it('takes the first word as family name and the last as given name', () => {
    expect(splitFullName('Nguyễn Thị Minh Khai')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
    expect(splitFullName('Lê Lợi')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
    expect(splitFullName('  Hồ   Xuân  Hương ')).toEqual({ family: 'Hồ', middle: 'Xuân', given: 'Hương' });
  });

  it('treats a single word as the given name', () => {
    expect(splitFullName('Thơm')).toEqual({ family: '', middle: '', given: 'Thơm' });
    expect(splitFullName('  ')).toEqual({ family: '', middle: '', given: '' });
  });

  it('returns NFC text', () => {
    expect(splitFullName('Trần Thủy'.normalize('NFD')).given).toBe('Thủy'.normalize('NFC'));
  });
});

describe('compareMemberNames', () => {
  it('sorts by given name, then family name, then middle name', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị Bình', 'Lê An', 'Nguyễn Văn Bình', 'Nguyễn Bình'];
    expect(byCollator(names)).toEqual(['Lê An', 'Nguyễn Bình', 'Nguyễn Thị Bình', 'Nguyễn Văn Bình', 'Trần Văn Bình']);
  });
});

describe('vietnameseSortKey', () => {
  const roster = [
    'Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Văn Ân', 'Phạm Thị Anh', 'Nguyễn Văn Ấn', 'an văn an', 'AN VĂN AN',
    'Hoàng Văn Dũng', 'Đỗ Minh Đức', 'Dương Văn Dung', 'Đặng Thị Duyên', 'Nguyễn Đức',
    'Trần Thị Hà', 'Trần Thị Hạ', 'Trần Thị Hả', 'Trần Thị Hã', 'Lê Thị Hà', 'Nguyễn Thị Thu Hà',
    'Nguyễn Văn Ơn', 'Nguyễn Văn Ôn', 'Nguyễn Văn On', 'Ông Văn On', 'Ơn Thị On',
    'Trần Thị Thủy', 'Trần Thị Thuỷ', 'Lê Thu Thụy', 'Nguyễn Thị Thùy',
    'Hồ Thị Hương', 'Huỳnh Thị Hường', 'Võ Văn Hưng', 'Vũ Văn Hùng',
    'Bùi Thị Ngọc Lan', 'Bùi Ngọc Lan', 'Bùi Lan', 'Lan',
    'Ngô Quang Trung', 'Ngô Quang Trường', 'Trịnh Xuân Yến', 'Đinh Thị Ý',
    'Lương Văn Ất', 'Lý Thị Ắt', 'Mai Văn Ba', 'Âu Thị Bé',
    "H'Hen Niê", 'Ksor Y Phước', 'Y Moan Ênuôl', 'Nguyễn Văn Tám-Hai', 'Phan Văn 2',
    'Nguyễn Thị Nhung'.normalize('NFD'), 'Trần Thị Ánh'.normalize('NFD'),
  ];

  it('is plain ASCII', () => {
    for (const name of roster) {
      expect(vietnameseSortKey(name)).toMatch(/^[\x20-\x7e]*$/);
    }
  });

  it('sorts a roster exactly as compareMemberNames does', () => {
    expect(byKey(roster)).toEqual(byCollator(roster));
    expect(firstDisagreement(roster)).toBeNull();
  });

  it('puts a name before its longer namesake, and tones and case after letters', () => {
    const givenNames = ['Ân', 'Ánh', 'Anh', 'An', 'Ăn', 'an', 'AN', 'Án'];
    expect(byKey(givenNames)).toEqual(['an', 'An', 'AN', 'Án', 'Anh', 'Ánh', 'Ăn', 'Ân']);
    expect(byKey(['Đức', 'Dũng', 'Dung', 'Duc'])).toEqual(['Duc', 'Dung', 'Dũng', 'Đức']);
    expect(byKey(['Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha'])).toEqual(['Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ']);
    expect(byKey(['Ơn', 'On', 'Ôn'])).toEqual(['On', 'Ôn', 'Ơn']);
  });

  it('orders Thủy and Thuỷ by where the mark sits, as the collator does', () => {
    expect(byKey(['Thủy', 'Thuỷ'])).toEqual(['Thuỷ', 'Thủy']);
    expect(Math.sign(compareVietnamese('Thuỷ', 'Thủy'))).toBe(-1);
  });

  it('gives NFC and NFD spellings the same key', () => {
    const name = 'Đặng Thị Ngọc Ánh';
    expect(vietnameseSortKey(name.normalize('NFD'))).toBe(vietnameseSortKey(name.normalize('NFC')));
  });

  it('ignores case when base letters differ', () => {
    expect(byKey(['Nguyễn Văn bình', 'Nguyễn Văn An', 'nguyễn văn Cường'])).toEqual([
      'Nguyễn Văn An', 'Nguyễn Văn bình', 'nguyễn văn Cường',
    ]);
  });

  it('agrees with compareMemberNames on random names', () => {
    const random = seededRandom(20231020);
    const names = Array.from({ length: 400 }, () => randomName(random));
    expect(firstDisagreement(names)).toBeNull();
    expect(byKey(names)).toEqual(byCollator(names));
  });
});

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few onsets and rhymes so that many names share base letters and differ only in marks and case.
const ONSETS = ['', 'd', 'đ', 'h', 'ng', 'th', 'tr', 'b', 'l'];
const RHYMES = ['a', 'ă', 'â', 'an', 'ăn', 'ân', 'anh', 'o', 'ô', 'ơ', 'on', 'ôn', 'ơn', 'ung', 'ưng', 'uy', 'uyên', 'ươc', 'ia', 'oa', 'ê', 'e'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

function randomSyllable(random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const letters = [...(pick(ONSETS) + pick(RHYMES))];
  const vowels = letters.map((letter, index) => (/[aăâeêioôơuưy]/.test(letter) ? index : -1)).filter((i) => i >= 0);
  // The tone may sit on any vowel, as in Thủy / Thuỷ.
  const toneAt = pick(vowels);
  let syllable = letters.map((letter, index) => (index === toneAt ? letter + pick(TONES) : letter)).join('');
  const casing = random();
  if (casing < 0.7) {
    syllable = syllable.charAt(0).toUpperCase() + syllable.slice(1);
  } else if (casing < 0.8) {
    syllable = syllable.toUpperCase();
  }
  return random() < 0.3 ? syllable.normalize('NFD') : syllable.normalize('NFC');
}

function randomName(random: () => number): string {
  const words = 1 + Math.floor(random() * 4);
  return Array.from({ length: words }, () => randomSyllable(random)).join(' ');
}
