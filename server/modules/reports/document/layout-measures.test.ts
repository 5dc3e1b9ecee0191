import { describe, expect, it } from 'vitest';
import { balancedLines } from './balanced-lines.ts';
import { NATIONAL_TITLE } from './document-text.ts';
import { LAYOUT_CELL_MARGIN_MM, RULE, SIZE_PT, textAreaWidthMm } from './format.ts';
import { headerColumnsMm, headerNames, issuerRuleMm, mottoRuleMm } from './layout-measures.ts';
import { measureLineMm } from './text-width.ts';

const columns = headerColumnsMm(textAreaWidthMm('portrait'));

describe('header layout', () => {
  it('keeps the national title on one line in the right column', () => {
    expect(measureLineMm(NATIONAL_TITLE, 'bold', SIZE_PT.nationalTitle)).toBeLessThan(columns.rightInner);
  });

  it('would wrap the title at 13 pt in a 50/50 header (why the columns are 40/60)', () => {
    const half = textAreaWidthMm('portrait') / 2 - 2 * LAYOUT_CELL_MARGIN_MM;
    expect(measureLineMm(NATIONAL_TITLE, 'bold', 13)).toBeGreaterThan(half);
  });

  it('breaks a long issuer into even lines instead of leaving one word alone', () => {
    const names = headerNames({ upperBody: 'LĐLĐ thị xã Hương Trà', issuer: 'CĐCS cơ quan xã Hương Bình' }, columns.leftInner);
    expect(names.upperBody).toEqual(['LĐLĐ THỊ XÃ HƯƠNG TRÀ']);
    expect(names.issuer).toEqual(['CĐCS CƠ QUAN', 'XÃ HƯƠNG BÌNH']);
  });

  it('draws the issuer rule at 1/3–1/2 of its line and the motto rule as long as the motto', () => {
    const lines = ['CĐCS CƠ QUAN', 'XÃ HƯƠNG BÌNH'];
    const longest = measureLineMm('XÃ HƯƠNG BÌNH', 'bold', SIZE_PT.issuer);
    expect(issuerRuleMm(lines, columns.leftInner)).toBeCloseTo(longest * RULE.issuerFraction, 5);
    expect(RULE.issuerFraction).toBeGreaterThanOrEqual(1 / 3);
    expect(RULE.issuerFraction).toBeLessThanOrEqual(1 / 2);
    expect(mottoRuleMm()).toBeGreaterThan(50);
    expect(mottoRuleMm()).toBeLessThan(columns.rightInner);
  });
});

describe('balancedLines', () => {
  it('leaves a line that fits alone', () => {
    expect(balancedLines('CĐCS TRƯỜNG MẦM NON', 'bold', 12, 64)).toEqual(['CĐCS TRƯỜNG MẦM NON']);
  });

  it('breaks a name needing two lines into two lines of even width', () => {
    const long = 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HƯƠNG BÌNH';
    const lines = balancedLines(long, 'bold', 12, 64);
    expect(lines).toEqual(['CÔNG ĐOÀN CƠ SỞ TRƯỜNG', 'TIỂU HỌC HƯƠNG BÌNH']);
  });

  it('keeps every line within the width when more lines are needed', () => {
    const long = 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN QUỐC HỌC THÀNH PHỐ HUẾ';
    const lines = balancedLines(long, 'bold', 12, 64);
    expect(lines.join(' ')).toBe(long);
    expect(lines.length).toBeLessThanOrEqual(Math.ceil(measureLineMm(long, 'bold', 12) / 64) + 1);
    for (const line of lines) {
      expect(measureLineMm(line, 'bold', 12)).toBeLessThanOrEqual(64);
    }
  });
});

describe('measureLineMm', () => {
  it('widens horned letters and ignores tone marks', () => {
    expect(measureLineMm('Ư', 'bold', 12)).toBeGreaterThan(measureLineMm('U', 'bold', 12));
    expect(measureLineMm('Ộ', 'bold', 12)).toBeCloseTo(measureLineMm('O', 'bold', 12), 5);
  });
});
