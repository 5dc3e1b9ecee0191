// The plain data a union document is rendered from. No database types here: the annual
// report module (or anything else) builds an OfficialDocument and hands it to a renderer.

export interface OfficialDocument {
  /** Direct upper body on the document's date, e.g. "LĐLĐ thị xã Hương Trà" (the renderer upper-cases it). */
  upperBody: string;
  /** Issuing body, e.g. "CĐCS cơ quan xã Hương Bình" (the renderer upper-cases it). */
  issuer: string;
  /** Số, ký hiệu, e.g. "15/BC-CĐCS"; null leaves the number blank for handwriting ("Số:      /BC-CĐCS"). */
  number: string | null;
  /** Ký hiệu used when number is null, e.g. "BC-CĐCS". */
  numberSuffix: string;
  /** Địa danh, e.g. "Hương Bình". */
  place: string;
  /** ISO date, e.g. "2023-12-25". */
  date: string;
  /** Tên loại văn bản, e.g. "BÁO CÁO" or "DANH SÁCH". */
  docType: string;
  /** Trích yếu lines (bold, centred); may be empty. */
  summary: string[];
  blocks: Block[];
  /** Nơi nhận without the dash and punctuation, e.g. "LĐLĐ Thị xã", "Lưu: VT". */
  recipients: string[];
  /**
   * e.g. { onBehalf: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: "Nguyễn Văn A" }; a deputy signing for the
   * head adds standingIn: "KT. CHỦ TỊCH" above their own title "PHÓ CHỦ TỊCH" (NĐ30/2020 Điều 13, ô số 7a).
   */
  signer: { onBehalf: string | null; standingIn?: string | null; title: string; name: string };
  /**
   * A second signature in the left column, in place of Nơi nhận: the secretary of a biên bản (THƯ KÝ left, CHỦ TRÌ
   * right), or the head who confirms an individual's báo cáo thành tích (NĐ 98/2023 Phụ lục I, Mẫu số 03).
   */
  coSigner?: { title: string; name: string };
  /** Written by a person, not issued by a body (Mẫu số 03): no upper body, issuer or number, only Quốc hiệu and date. */
  personal?: boolean;
  /** Landscape for wide member lists; portrait otherwise. */
  orientation?: 'portrait' | 'landscape';
}

export type HeadingLevel = 'part' | 'roman' | 'arabic';

export interface TableColumn {
  header: string;
  widthPct: number;
  align?: 'left' | 'center' | 'right';
}

export type Block =
  /** "A. ĐÁNH GIÁ ..." (part), "I. Tình hình ..." (roman), "1. Tình hình ..." (arabic). */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  /** Body paragraph with a first-line indent. */
  | { kind: 'paragraph'; text: string }
  /** "- ..." dash list item; text without the dash. */
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };
