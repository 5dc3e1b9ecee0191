// The first-page header (NĐ30/2020 Phụ lục I, ô số 1–4): a borderless two-column table.
// Row 1: upper body and issuer (with a short rule) | Quốc hiệu and Tiêu ngữ (with a rule as long as it).
// Row 2: "Số: …" | place and date, so the two lines sit side by side.

import type { Table } from 'docx';
import { dateLine, NATIONAL_MOTTO, NATIONAL_TITLE, numberLine } from './document-text.ts';
import { layoutTable, ruleParagraph, textParagraph } from './docx-parts.ts';
import { HEADER_ROW_GAP_PT, LAYOUT_CELL_MARGIN_MM, SIZE_PT } from './format.ts';
import { headerColumnsMm, headerNames, issuerRuleMm, mottoRuleMm } from './layout-measures.ts';
import type { OfficialDocument } from './model.ts';

export function headerTable(doc: OfficialDocument, textAreaMm: number): Table {
  const columns = headerColumnsMm(textAreaMm);
  const names = headerNames(doc, columns.leftInner);
  const centred = { align: 'center' } as const;
  const left = doc.personal ? [] : [
    textParagraph(names.upperBody, { ...centred, sizePt: SIZE_PT.upperBody }),
    textParagraph(names.issuer, { ...centred, sizePt: SIZE_PT.issuer, bold: true }),
    ruleParagraph(columns.leftInner, issuerRuleMm(names.issuer, columns.leftInner)),
  ];
  const right = [
    textParagraph(NATIONAL_TITLE, { ...centred, sizePt: SIZE_PT.nationalTitle, bold: true }),
    textParagraph(NATIONAL_MOTTO, { ...centred, sizePt: SIZE_PT.motto, bold: true }),
    ruleParagraph(columns.rightInner, mottoRuleMm()),
  ];
  const number = doc.personal ? [] : [textParagraph(numberLine(doc), { ...centred, sizePt: SIZE_PT.number, beforePt: HEADER_ROW_GAP_PT })];
  const date = [
    textParagraph(dateLine(doc), { ...centred, sizePt: SIZE_PT.dateLine, italics: true, beforePt: HEADER_ROW_GAP_PT }),
  ];
  return layoutTable([columns.left, columns.right], [[left, right], [number, date]], LAYOUT_CELL_MARGIN_MM, true);
}
