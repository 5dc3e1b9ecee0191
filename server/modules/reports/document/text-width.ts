// Width of one line of text in Times New Roman, to size the rules under the header lines and to
// check that a header line fits its column. Advance widths (per 1000 em) are those of Liberation
// Serif 2, which is metric-compatible with Times New Roman; Vietnamese letters take the width of
// their base letter, except the horned ơ/ư, whose horn widens them.

import { ptToMm } from './format.ts';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const ASCII_FIRST = 32; // the tables below start at ' ' and end at '~'
const EXTRA = 'đĐơƠưƯ–“”…';

// prettier-ignore
const WIDTHS: Record<FontStyle, readonly number[]> = {
  regular: [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,500,722,529,722,542,776,500,444,444,1000],
  bold: [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,556,722,554,778,600,796,500,500,500,1000],
  italic: [250,333,420,500,500,833,778,214,333,333,500,675,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,675,675,675,500,920,611,611,667,722,611,611,722,722,333,444,667,556,833,667,722,611,722,611,500,556,722,611,833,611,556,556,389,278,389,422,500,333,500,500,444,500,444,278,500,500,278,278,444,278,722,500,500,500,500,389,389,278,500,444,667,444,444,389,400,275,400,541,500,722,534,722,545,754,500,556,556,889],
  boldItalic: [250,389,555,500,500,833,778,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,832,667,667,667,722,667,667,722,778,389,500,667,611,889,722,722,611,722,667,556,611,722,667,889,667,611,611,333,278,333,570,500,333,500,500,444,500,444,333,500,500,278,278,500,278,778,556,500,500,500,389,389,278,556,444,667,500,444,389,348,220,348,570,500,722,537,722,599,775,500,500,500,1000],
};

const COMBINING_HORN = '\u031B';
const HORNED: Record<string, string> = { o: 'ơ', O: 'Ơ', u: 'ư', U: 'Ư' };
const UNKNOWN_WIDTH = 1000; // overestimate rather than under: a rule too long beats a wrapped line

function advance(char: string, table: readonly number[]): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= ASCII_FIRST && code < ASCII_FIRST + 95) {
    return table[code - ASCII_FIRST];
  }
  const extra = EXTRA.indexOf(char);
  return extra >= 0 ? table[95 + extra] : UNKNOWN_WIDTH;
}

/** Width in mm of `text` set on one line at `sizePt` in the given style. */
export function measureLineMm(text: string, style: FontStyle, sizePt: number): number {
  const table = WIDTHS[style];
  const chars = [...text.normalize('NFD')];
  let units = 0;
  chars.forEach((char, i) => {
    if (/\p{M}/u.test(char)) {
      return; // tone and vowel marks sit above/below their letter
    }
    const horned = chars[i + 1] === COMBINING_HORN ? HORNED[char] : undefined;
    units += advance(horned ?? char, table);
  });
  return ptToMm((units / 1000) * sizePt);
}
