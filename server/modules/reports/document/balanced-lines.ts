// Header names too long for their column are broken by hand into lines of even length
// ("CĐCS CƠ QUAN / XÃ HƯƠNG BÌNH"), as a typist would, instead of leaving one word alone on
// the second line where the word processor would wrap it.

import { measureLineMm, type FontStyle } from './text-width.ts';

const SEARCH_STEPS = 30;

export function balancedLines(text: string, style: FontStyle, sizePt: number, maxMm: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const measure = (line: string) => measureLineMm(line, style, sizePt);
  const fill = (widthMm: number) => greedyLines(words, measure, widthMm);
  const lineCount = fill(maxMm).length;
  if (lineCount <= 1) {
    return words.length > 0 ? [words.join(' ')] : [];
  }
  // The narrowest width that still needs no more lines gives the most even lines.
  let low = Math.max(...words.map(measure));
  let high = maxMm;
  for (let step = 0; step < SEARCH_STEPS && low < high; step++) {
    const mid = (low + high) / 2;
    if (fill(mid).length <= lineCount) {
      high = mid;
    } else {
      low = mid;
    }
  }
  return fill(high);
}

function greedyLines(words: readonly string[], measure: (line: string) => number, widthMm: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > widthMm) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) {
    lines.push(current);
  }
  return lines;
}
