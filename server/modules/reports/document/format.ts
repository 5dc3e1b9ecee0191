// Every layout value of a union document, in one place, so a correction to the format is one edit.
//
// Sources:
//   NĐ30 = Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I "Thể thức, kỹ thuật trình bày
//          văn bản hành chính", Phần I, Mục II (kỹ thuật trình bày) and the thể thức items it lists.
//   QĐ933 = Quyết định 933/QĐ-TLĐ of 14/05/2024 (thể thức văn bản của tổ chức Công đoàn Việt Nam).
//          It adapts NĐ30 for union bodies; the union-specific header lines and ký hiệu follow
//          practice and are NOT yet verified against its text.
// Values are chosen inside the NĐ30 ranges; the range is quoted beside each value.

import type { OfficialDocument } from './model.ts';

export type Orientation = NonNullable<OfficialDocument['orientation']>;

/** NĐ30 Mục II.1: khổ giấy A4 (210 mm × 297 mm); Mục II.2: portrait, landscape allowed for tables. */
export const PAGE_A4_MM = { width: 210, height: 297 } as const;

/** NĐ30 Mục II.3: lề trên 20–25, lề dưới 20–25, lề trái 30–35, lề phải 15–20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Distance of the page-number line from the top edge: inside the 20 mm top margin (NĐ30 Mục II.7). */
export const HEADER_DISTANCE_MM = 10;

/** NĐ30 Mục II.4: phông chữ Times New Roman, Unicode (TCVN 6909:2001), màu đen. */
export const FONT_FAMILY = 'Times New Roman';
/** Metric-compatible stand-ins for the HTML preview and LibreOffice on machines without Times New Roman. */
export const FONT_FALLBACKS = ['Liberation Serif', 'Tinos', 'serif'] as const;

/** Font sizes in points. */
export const SIZE_PT = {
  /** NĐ30 thể thức "tên cơ quan chủ quản": in hoa, 12–13, đứng. */
  upperBody: 12,
  /** NĐ30 thể thức "tên cơ quan ban hành": in hoa, 12–13, đứng, đậm. */
  issuer: 12,
  /** NĐ30 thể thức "số, ký hiệu": chữ "Số" cỡ 13. */
  number: 13,
  /** NĐ30 thể thức "Quốc hiệu": in hoa, 12–13, đậm. 12 so it stays on one line in the right column. */
  nationalTitle: 12,
  /** NĐ30 thể thức "Tiêu ngữ": 13–14, đậm (one point above the Quốc hiệu, as in the NĐ30 sample). */
  motto: 13,
  /** NĐ30 thể thức "địa danh và thời điểm": 13–14, nghiêng. */
  dateLine: 14,
  /** NĐ30 thể thức "tên loại văn bản": in hoa, 13–14, đậm. */
  docType: 14,
  /** NĐ30 thể thức "trích yếu nội dung": 14, đậm. */
  summary: 14,
  /** NĐ30 thể thức "nội dung văn bản": 13–14. Headings take the body size. */
  body: 14,
  /** Tables inside the body: one point below the body so wide tables fit (NĐ30 sets no size for tables). */
  table: 13,
  /** NĐ30 Mục II.7: số trang 13–14, đứng. */
  pageNumber: 13,
  /** NĐ30 thể thức "nơi nhận": chữ "Nơi nhận" cỡ 12, nghiêng, đậm. */
  recipientsLabel: 12,
  /** NĐ30 thể thức "nơi nhận": phần liệt kê cỡ 11, đứng. */
  recipients: 11,
  /** NĐ30 thể thức "chữ ký": quyền hạn (TM., KT.) và chức vụ in hoa, 13–14, đậm. */
  signerTitle: 14,
  /** NĐ30 thể thức "chữ ký": họ tên 13–14, đậm. */
  signerName: 14,
} as const;

/** NĐ30 thể thức "nội dung văn bản": lùi đầu dòng 1–1,27 cm; cách đoạn ≥ 6 pt; dòng từ đơn đến 1,5 lines. */
export const BODY = { firstLineIndentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1.15 } as const;

/** Space above the title block and above the closing (Nơi nhận / chữ ký) block. */
export const TITLE_SPACING_BEFORE_PT = 18;
export const CLOSING_SPACING_BEFORE_PT = 6;
/** Space between the header rows (names/Quốc hiệu, then Số/date). */
export const HEADER_ROW_GAP_PT = 4;

/**
 * Header and closing tables: share of the text width per column. NĐ30 places the issuer left and the
 * Quốc hiệu right (ô số 1–2 and 3–4 of its layout diagram); 40/60 keeps the 12 pt Quốc hiệu on one line,
 * where 50/50 wraps it.
 */
export const HEADER_COLUMNS_PCT = { left: 40, right: 60 } as const;
/** NĐ30 ô số 9a (nơi nhận) left, ô số 7 (chữ ký) right. */
export const CLOSING_COLUMNS_PCT = { left: 45, right: 55 } as const;
/** Inner left/right padding of the borderless layout tables. */
export const LAYOUT_CELL_MARGIN_MM = 1;

/** Horizontal rules (đường kẻ ngang, nét liền). */
export const RULE = {
  /** Thickness of every rule. */
  weightPt: 0.75,
  /** Gap between a line of text and the rule under it. */
  gapAbovePt: 2,
  /** NĐ30 "tên cơ quan ban hành": đường kẻ dài 1/3–1/2 dòng chữ. */
  issuerFraction: 0.4,
  /** NĐ30 "tiêu ngữ": đường kẻ dài bằng dòng chữ. Slack added so rounding never wraps the line. */
  mottoSlackMm: 1,
  /** NĐ30 "trích yếu": đường kẻ dài 1/3–1/2 dòng chữ. */
  summaryFraction: 0.4,
} as const;

/** Space left for the signature and seal between the signer's title and name (NĐ30 ô số 7b–7c). */
export const SIGNATURE_GAP_PT = 72;

/** Body tables: thin single borders, small padding. */
export const TABLE = { borderPt: 0.5, cellMarginMm: 1, cellPaddingVerticalPt: 2 } as const;

export const MM_PER_CM = 10;
export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;

export function pageSizeMm(orientation: Orientation): { width: number; height: number } {
  return orientation === 'landscape'
    ? { width: PAGE_A4_MM.height, height: PAGE_A4_MM.width }
    : { width: PAGE_A4_MM.width, height: PAGE_A4_MM.height };
}

/** Width between the left and right margins. */
export function textAreaWidthMm(orientation: Orientation): number {
  return pageSizeMm(orientation).width - MARGIN_MM.left - MARGIN_MM.right;
}

export function ptToMm(pt: number): number {
  return (pt / PT_PER_INCH) * MM_PER_INCH;
}
