// OfficialDocument → .docx: A4, the NĐ30 margins, Times New Roman, first-page header table,
// title, body, Nơi nhận and signature, and page numbers from page 2 centred in the top margin.

import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { closingTable } from './docx-closing.ts';
import { bodyElements } from './docx-body.ts';
import { headerTable } from './docx-header.ts';
import { mmToTwip } from './docx-parts.ts';
import { titleParagraphs } from './docx-title.ts';
import { upper } from './document-text.ts';
import { FONT_FAMILY, HEADER_DISTANCE_MM, MARGIN_MM, PAGE_A4_MM, SIZE_PT, textAreaWidthMm } from './format.ts';
import type { OfficialDocument } from './model.ts';

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const orientation = doc.orientation ?? 'portrait';
  const textAreaMm = textAreaWidthMm(orientation);
  const document = new Document({
    creator: doc.issuer,
    title: [upper(doc.docType), ...doc.summary].join(' '),
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: SIZE_PT.body * 2, language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true, // the first page gets its own (empty) header: no number on page 1
          page: {
            // docx swaps width and height itself when the orientation is landscape.
            size: {
              width: mmToTwip(PAGE_A4_MM.width),
              height: mmToTwip(PAGE_A4_MM.height),
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(MARGIN_MM.top),
              bottom: mmToTwip(MARGIN_MM.bottom),
              left: mmToTwip(MARGIN_MM.left),
              right: mmToTwip(MARGIN_MM.right),
              header: mmToTwip(HEADER_DISTANCE_MM),
              footer: mmToTwip(HEADER_DISTANCE_MM),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerTable(doc, textAreaMm),
          ...titleParagraphs(doc, textAreaMm),
          ...bodyElements(doc.blocks, textAreaMm),
          closingTable(doc, textAreaMm),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_FAMILY, size: SIZE_PT.pageNumber * 2 })],
      }),
    ],
  });
}
