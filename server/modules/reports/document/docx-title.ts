// Tên loại và trích yếu (NĐ30/2020 Phụ lục I, ô số 5a): "BÁO CÁO", the summary lines, a short rule.

import type { Paragraph } from 'docx';
import { upper } from './document-text.ts';
import { ruleParagraph, textParagraph } from './docx-parts.ts';
import { BODY, SIZE_PT, TITLE_SPACING_BEFORE_PT } from './format.ts';
import { summaryRuleMm } from './layout-measures.ts';
import type { OfficialDocument } from './model.ts';

export function titleParagraphs(doc: OfficialDocument, textAreaMm: number): Paragraph[] {
  const bold = { align: 'center', bold: true, keepNext: true } as const;
  const paragraphs = [
    textParagraph(upper(doc.docType), { ...bold, sizePt: SIZE_PT.docType, beforePt: TITLE_SPACING_BEFORE_PT }),
    ...doc.summary.map((line) => textParagraph(line.trim(), { ...bold, sizePt: SIZE_PT.summary })),
  ];
  if (doc.summary.length > 0) {
    paragraphs.push(ruleParagraph(textAreaMm, summaryRuleMm(doc.summary, textAreaMm)));
  }
  // Space between the title block and the body.
  paragraphs.push(textParagraph('', { sizePt: SIZE_PT.body, afterPt: BODY.spacingAfterPt }));
  return paragraphs;
}
