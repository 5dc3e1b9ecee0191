// Measures that depend on the text as well as on format.ts: the header column widths, how the
// header names break into lines, and the length of each rule. Shared by the .docx and the HTML
// preview so both draw the same lines.

import { balancedLines } from './balanced-lines.ts';
import { NATIONAL_MOTTO, upper } from './document-text.ts';
import { HEADER_COLUMNS_PCT, LAYOUT_CELL_MARGIN_MM, RULE, SIZE_PT } from './format.ts';
import type { OfficialDocument } from './model.ts';
import { measureLineMm } from './text-width.ts';

export interface HeaderColumnsMm {
  left: number;
  right: number;
  /** Usable text width inside each column, after the cell padding. */
  leftInner: number;
  rightInner: number;
}

export function headerColumnsMm(textAreaMm: number): HeaderColumnsMm {
  const left = (textAreaMm * HEADER_COLUMNS_PCT.left) / 100;
  const right = textAreaMm - left;
  const padding = 2 * LAYOUT_CELL_MARGIN_MM;
  return { left, right, leftInner: left - padding, rightInner: right - padding };
}

export interface HeaderNames {
  upperBody: string[];
  issuer: string[];
}

/** Upper body and issuer in upper case, each broken into even lines when too wide for the left column. */
export function headerNames(doc: Pick<OfficialDocument, 'upperBody' | 'issuer'>, columnInnerMm: number): HeaderNames {
  return {
    upperBody: balancedLines(upper(doc.upperBody), 'regular', SIZE_PT.upperBody, columnInnerMm),
    issuer: balancedLines(upper(doc.issuer), 'bold', SIZE_PT.issuer, columnInnerMm),
  };
}

/** Rule under the issuer: a fraction of its longest line. */
export function issuerRuleMm(issuerLines: readonly string[], columnInnerMm: number): number {
  const longest = Math.max(0, ...issuerLines.map((line) => measureLineMm(line, 'bold', SIZE_PT.issuer)));
  return Math.min(longest, columnInnerMm) * RULE.issuerFraction;
}

/** Rule under the Tiêu ngữ: as long as the line. */
export function mottoRuleMm(): number {
  return measureLineMm(NATIONAL_MOTTO, 'bold', SIZE_PT.motto) + RULE.mottoSlackMm;
}

/** Rule under the summary: a fraction of its longest line, never wider than the text area. */
export function summaryRuleMm(summary: readonly string[], textAreaMm: number): number {
  const longest = Math.max(0, ...summary.map((line) => measureLineMm(line.trim(), 'bold', SIZE_PT.summary)));
  return Math.min(longest, textAreaMm) * RULE.summaryFraction;
}
