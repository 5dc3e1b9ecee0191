// Small builders shared by the .docx pieces: unit conversion, runs in the document font,
// one-line paragraphs, horizontal rules, and borderless fixed-width layout tables.

import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT_FAMILY, MM_PER_INCH, RULE } from './format.ts';

const TWIPS_PER_INCH = 1440;
const TWIPS_PER_PT = 20;
/** w:spacing line="240" is one line in lineRule "auto". */
const AUTO_LINE = 240;

export function mmToTwip(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT);
}

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
}

export function textRun(text: string, style: RunStyle, breakBefore = false): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    font: FONT_FAMILY,
    size: style.sizePt * 2, // half-points
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });
}

export type Align = 'left' | 'center' | 'right' | 'justify';

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface LineOptions extends RunStyle {
  align?: Align;
  beforePt?: number;
  afterPt?: number;
  /** Multiple of single line spacing; 1 when omitted. */
  lineSpacing?: number;
  firstLineIndentMm?: number;
  keepNext?: boolean;
}

/** A paragraph in one style: body text, titles, signature lines, table cells; several lines are joined by line breaks. */
export function textParagraph(text: string | readonly string[], options: LineOptions): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: ALIGNMENT[options.align ?? 'left'],
    spacing: {
      before: ptToTwip(options.beforePt ?? 0),
      after: ptToTwip(options.afterPt ?? 0),
      line: Math.round(AUTO_LINE * (options.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    indent: options.firstLineIndentMm ? { firstLine: mmToTwip(options.firstLineIndentMm) } : undefined,
    keepNext: options.keepNext,
    children: lines.map((line, i) => textRun(line, options, i > 0)),
  });
}

/** A centred horizontal rule `lengthMm` long inside an area `areaWidthMm` wide (đường kẻ ngang, nét liền). */
export function ruleParagraph(areaWidthMm: number, lengthMm: number): Paragraph {
  const sideMm = Math.max(0, (areaWidthMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mmToTwip(sideMm), right: mmToTwip(sideMm) },
    // A near-zero line so the rule sits just under the line above it, clear of its descenders.
    spacing: { before: ptToTwip(RULE.gapAbovePt), after: 0, line: ptToTwip(1), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE.weightPt * 8, color: '000000', space: 0 } },
    children: [],
  });
}

/** One row of a layout table: per cell, its paragraphs. */
export type LayoutRow = readonly (readonly Paragraph[])[];

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * A borderless table with fixed column widths (mm), for the header and the signature block.
 * Fixed layout and explicit grid widths: without both LibreOffice ignores the widths.
 */
export function layoutTable(
  widthsMm: readonly number[],
  rows: readonly LayoutRow[],
  cellMarginMm: number,
  cantSplit = false,
): Table {
  const widths = widthsMm.map(mmToTwip);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: mmToTwip(cellMarginMm), right: mmToTwip(cellMarginMm), top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                children: children.length > 0 ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
