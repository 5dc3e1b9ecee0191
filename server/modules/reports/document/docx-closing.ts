// The last block (NĐ30/2020 Phụ lục I, ô số 7 and 9a): a borderless two-column table with
// Nơi nhận on the left and the signer on the right, kept on one page.

import type { Table } from 'docx';
import { recipientLines, RECIPIENTS_LABEL, signatureLines, upper } from './document-text.ts';
import { layoutTable, textParagraph } from './docx-parts.ts';
import { CLOSING_COLUMNS_PCT, CLOSING_SPACING_BEFORE_PT, LAYOUT_CELL_MARGIN_MM, SIGNATURE_GAP_PT, SIZE_PT } from './format.ts';
import type { OfficialDocument } from './model.ts';

export function closingTable(doc: OfficialDocument, textAreaMm: number): Table {
  const left = (textAreaMm * CLOSING_COLUMNS_PCT.left) / 100;
  const centredBold = { align: 'center', bold: true, sizePt: SIZE_PT.signerTitle } as const;
  const recipients = doc.coSigner ? [
    textParagraph(upper(doc.coSigner.title), { ...centredBold, beforePt: CLOSING_SPACING_BEFORE_PT }),
    textParagraph(doc.coSigner.name, { ...centredBold, sizePt: SIZE_PT.signerName, beforePt: SIGNATURE_GAP_PT }),
  ] : [
    textParagraph(RECIPIENTS_LABEL, {
      sizePt: SIZE_PT.recipientsLabel,
      bold: true,
      italics: true,
      beforePt: CLOSING_SPACING_BEFORE_PT,
    }),
    ...recipientLines(doc.recipients).map((line) => textParagraph(line, { sizePt: SIZE_PT.recipients })),
  ];
  const signerLines = signatureLines(doc.signer);
  const signer = [
    ...signerLines.map((line, i) =>
      textParagraph(upper(line), { ...centredBold, beforePt: i === 0 ? CLOSING_SPACING_BEFORE_PT : 0 }),
    ),
    textParagraph(doc.signer.name, { ...centredBold, sizePt: SIZE_PT.signerName, beforePt: SIGNATURE_GAP_PT }),
  ];
  return layoutTable([left, textAreaMm - left], [[recipients, signer]], LAYOUT_CELL_MARGIN_MM, true);
}
