// The words of a document as both renderers print them: upper-casing, the "Số:" line, the date
// line, the dashes and punctuation of Nơi nhận, the closing "./.". Layout lives in format.ts;
// this file decides only what the text is, so the .docx and the HTML preview cannot disagree.

import { documentDateLine } from '../../../../shared/vi/dates.ts';
import type { Block, HeadingLevel, OfficialDocument } from './model.ts';

/** Quốc hiệu and Tiêu ngữ (NĐ30/2020 Phụ lục I, thể thức "Quốc hiệu và Tiêu ngữ"). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
/** Blank left for the number when it is written by hand at registration. */
const BLANK_NUMBER = '      ';
/** Closing mark of the last paragraph (practice of administrative documents). */
const CLOSING_MARK = './.';

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "Số: 15/BC-CĐCS"; a number below 10 takes a leading zero ("05/BC-CĐCS"); null leaves a blank. */
export function numberLine(doc: Pick<OfficialDocument, 'number' | 'numberSuffix'>): string {
  if (doc.number === null) {
    return `Số:${BLANK_NUMBER}/${doc.numberSuffix}`;
  }
  return `Số: ${doc.number.trim().replace(/^(\d)(?=\/|$)/, '0$1')}`;
}

export function dateLine(doc: Pick<OfficialDocument, 'place' | 'date'>): string {
  return documentDateLine(doc.place, doc.date);
}

/** "- LĐLĐ Thị xã;" … "- Lưu: VT." — dash in front, ";" after each, "." after the last. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((recipient, i) => {
    const bare = recipient.trim().replace(/^-\s*/, '').replace(/[;.,]+$/, '');
    return `- ${bare}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** The lines above the signature: "TM. BAN CHẤP HÀNH", then "KT. CHỦ TỊCH" when a deputy signs, then the title. */
export function signatureLines(signer: OfficialDocument['signer']): string[] {
  return [signer.onBehalf, signer.standingIn, signer.title].filter((line): line is string => Boolean(line));
}

export function headingText(level: HeadingLevel, text: string): string {
  return level === 'part' ? upper(text.trim()) : text.trim();
}

/** A dash item; a dash already typed in the text is not doubled. */
export function bulletText(text: string): string {
  return `- ${text.trim().replace(/^[-–]\s*/, '')}`;
}

/**
 * The blocks as printed: the last paragraph or dash item ends with "./.", added if missing.
 */
export function printedBlocks(blocks: readonly Block[]): Block[] {
  const lastText = findLastTextIndex(blocks);
  return blocks.map((block, i) => {
    if (i !== lastText || (block.kind !== 'paragraph' && block.kind !== 'bullet')) {
      return block;
    }
    return { ...block, text: withClosingMark(block.text) };
  });
}

function findLastTextIndex(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const kind = blocks[i].kind;
    if (kind === 'paragraph' || kind === 'bullet') {
      return i;
    }
    if (kind === 'table') {
      return -1; // a document ending on a table has no closing sentence to mark
    }
  }
  return -1;
}

function withClosingMark(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(CLOSING_MARK)) {
    return trimmed;
  }
  return `${trimmed.replace(/[.;,:]+$/, '')}${CLOSING_MARK}`;
}
