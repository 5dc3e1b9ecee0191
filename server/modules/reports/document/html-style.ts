// CSS of the in-app preview, every rule scoped under .official-doc and every size taken from
// format.ts, so the preview shows the page the .docx prints.

import {
  BODY,
  CLOSING_COLUMNS_PCT,
  FONT_FALLBACKS,
  FONT_FAMILY,
  HEADER_COLUMNS_PCT,
  HEADER_ROW_GAP_PT,
  LAYOUT_CELL_MARGIN_MM,
  MARGIN_MM,
  PAGE_A4_MM,
  RULE,
  SIGNATURE_GAP_PT,
  SIZE_PT,
  TABLE,
  TITLE_SPACING_BEFORE_PT,
  CLOSING_SPACING_BEFORE_PT,
} from './format.ts';

/** Height of one "single" line of Times New Roman, in em (ascent + descent + gap of the font). */
const SINGLE_LINE_EM = 1.15;

const fontStack = [FONT_FAMILY, ...FONT_FALLBACKS].map((f) => (f === 'serif' ? f : `"${f}"`)).join(', ');

export function officialDocCss(): string {
  const s = '.official-doc';
  return `
${s} { background: #e9ecef; padding: 16px; overflow-x: auto; }
${s} .od-page { box-sizing: border-box; width: ${PAGE_A4_MM.width}mm; min-height: ${PAGE_A4_MM.height}mm; margin: 0 auto;
  padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm;
  background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  font-family: ${fontStack}; font-size: ${SIZE_PT.body}pt; line-height: ${SINGLE_LINE_EM}; }
${s} .od-page--landscape { width: ${PAGE_A4_MM.height}mm; min-height: ${PAGE_A4_MM.width}mm; }
${s} p { margin: 0; }
${s} table.od-layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
${s} table.od-layout td { vertical-align: top; padding: 0 ${LAYOUT_CELL_MARGIN_MM}mm; text-align: center; }
${s} .od-header col.od-left { width: ${HEADER_COLUMNS_PCT.left}%; }
${s} .od-header col.od-right { width: ${HEADER_COLUMNS_PCT.right}%; }
${s} .od-closing col.od-left { width: ${CLOSING_COLUMNS_PCT.left}%; }
${s} .od-closing col.od-right { width: ${CLOSING_COLUMNS_PCT.right}%; }
${s} .od-upper-body { font-size: ${SIZE_PT.upperBody}pt; }
${s} .od-issuer { font-size: ${SIZE_PT.issuer}pt; font-weight: bold; }
${s} .od-national-title { font-size: ${SIZE_PT.nationalTitle}pt; font-weight: bold; white-space: nowrap; }
${s} .od-motto { font-size: ${SIZE_PT.motto}pt; font-weight: bold; white-space: nowrap; }
${s} .od-number { font-size: ${SIZE_PT.number}pt; white-space: pre; margin-top: ${HEADER_ROW_GAP_PT}pt; }
${s} .od-date { font-size: ${SIZE_PT.dateLine}pt; font-style: italic; margin-top: ${HEADER_ROW_GAP_PT}pt; }
${s} .od-rule { margin: ${RULE.gapAbovePt}pt auto 0; border-top: ${RULE.weightPt}pt solid #000; height: 0; }
${s} .od-title { text-align: center; font-weight: bold; margin-top: ${TITLE_SPACING_BEFORE_PT}pt; font-size: ${SIZE_PT.docType}pt; }
${s} .od-summary { text-align: center; font-weight: bold; font-size: ${SIZE_PT.summary}pt; }
${s} .od-body { margin-top: ${SIZE_PT.body + BODY.spacingAfterPt}pt; }
${s} .od-body p { text-align: justify; text-indent: ${BODY.firstLineIndentCm}cm; margin-bottom: ${BODY.spacingAfterPt}pt;
  line-height: ${SINGLE_LINE_EM * BODY.lineSpacing}; }
${s} .od-body p.od-heading { font-weight: bold; }
${s} table.od-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: ${BODY.spacingAfterPt}pt; }
${s} table.od-table th, ${s} table.od-table td { border: ${TABLE.borderPt}pt solid #000; font-size: ${SIZE_PT.table}pt;
  padding: ${TABLE.cellPaddingVerticalPt}pt ${TABLE.cellMarginMm}mm; vertical-align: middle; }
${s} table.od-table th { font-weight: bold; text-align: center; }
${s} .od-closing { margin-top: ${CLOSING_SPACING_BEFORE_PT}pt; }
${s} .od-closing td.od-recipients { text-align: left; }
${s} .od-recipients-label { font-size: ${SIZE_PT.recipientsLabel}pt; font-weight: bold; font-style: italic; }
${s} .od-recipient { font-size: ${SIZE_PT.recipients}pt; }
${s} .od-signer-title { font-size: ${SIZE_PT.signerTitle}pt; font-weight: bold; }
${s} .od-signer-name { font-size: ${SIZE_PT.signerName}pt; font-weight: bold; margin-top: ${SIGNATURE_GAP_PT}pt; }
`;
}
