// The body (NĐ30/2020 Phụ lục I, ô số 6): headings, justified paragraphs with a first-line
// indent, dash items, and bordered tables with a bold header row.

import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { bulletText, headingText, printedBlocks } from './document-text.ts';
import { mmToTwip, textParagraph, type LineOptions } from './docx-parts.ts';
import { BODY, MM_PER_CM, SIZE_PT, TABLE } from './format.ts';
import type { Block, TableColumn } from './model.ts';

const BODY_LINE: LineOptions = {
  sizePt: SIZE_PT.body,
  align: 'justify',
  afterPt: BODY.spacingAfterPt,
  lineSpacing: BODY.lineSpacing,
  firstLineIndentMm: BODY.firstLineIndentCm * MM_PER_CM,
};

export function bodyElements(blocks: readonly Block[], textAreaMm: number): (Paragraph | Table)[] {
  return printedBlocks(blocks).flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        // Part (A., B.) upper case, Roman and Arabic headings bold; kept with what follows.
        return [textParagraph(headingText(block.level, block.text), { ...BODY_LINE, bold: true, keepNext: true })];
      case 'paragraph':
        return [textParagraph(block.text.trim(), BODY_LINE)];
      case 'bullet':
        return [textParagraph(bulletText(block.text), BODY_LINE)];
      case 'table':
        return [bodyTable(block.columns, block.rows, textAreaMm), textParagraph('', { sizePt: BODY.spacingAfterPt })];
    }
  });
}

const LINE = { style: BorderStyle.SINGLE, size: TABLE.borderPt * 8, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Column widths in twips from the percentages, scaled to fill the text area exactly. */
export function columnWidthsTwip(columns: readonly TableColumn[], textAreaMm: number): number[] {
  const total = columns.reduce((sum, column) => sum + column.widthPct, 0);
  if (!(total > 0)) {
    throw new Error('table block: column widthPct must add up to more than 0');
  }
  return columns.map((column) => mmToTwip((textAreaMm * column.widthPct) / total));
}

function bodyTable(columns: readonly TableColumn[], rows: readonly string[][], textAreaMm: number): Table {
  const widths = columnWidthsTwip(columns, textAreaMm);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        textParagraph(text, {
          sizePt: SIZE_PT.table,
          bold: header,
          beforePt: TABLE.cellPaddingVerticalPt,
          afterPt: TABLE.cellPaddingVerticalPt,
          align: header ? 'center' : (columns[i].align ?? 'left'),
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: { left: mmToTwip(TABLE.cellMarginMm), right: mmToTwip(TABLE.cellMarginMm), top: 0, bottom: 0 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(row[i] ?? '', i, false)) }),
      ),
    ],
  });
}
