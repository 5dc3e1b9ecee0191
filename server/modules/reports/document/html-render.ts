// OfficialDocument → a self-contained HTML fragment for the in-app preview: one A4-like white
// page with the same header columns, line breaks, rules and text as the .docx. Every piece of
// text is escaped; the fragment carries its own <style>, scoped under .official-doc.

import {
  bulletText,
  dateLine,
  headingText,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  numberLine,
  printedBlocks,
  recipientLines,
  RECIPIENTS_LABEL,
  signatureLines,
  upper,
} from './document-text.ts';
import { textAreaWidthMm } from './format.ts';
import { officialDocCss } from './html-style.ts';
import { headerColumnsMm, headerNames, issuerRuleMm, mottoRuleMm, summaryRuleMm } from './layout-measures.ts';
import type { Block, OfficialDocument } from './model.ts';

export function renderHtml(doc: OfficialDocument): string {
  const orientation = doc.orientation ?? 'portrait';
  const pageClass = orientation === 'landscape' ? 'od-page od-page--landscape' : 'od-page';
  return [
    '<div class="official-doc">',
    `<style>${officialDocCss()}</style>`,
    `<div class="${pageClass}">`,
    header(doc, textAreaWidthMm(orientation)),
    title(doc, textAreaWidthMm(orientation)),
    `<div class="od-body">${printedBlocks(doc.blocks).map(block).join('\n')}</div>`,
    closing(doc),
    '</div>',
    '</div>',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const p = (className: string, text: string) => `<p class="${className}">${escapeHtml(text)}</p>`;
const lines = (className: string, texts: readonly string[]) =>
  `<p class="${className}">${texts.map(escapeHtml).join('<br>')}</p>`;
const rule = (lengthMm: number) => `<div class="od-rule" style="width:${lengthMm.toFixed(1)}mm"></div>`;

function header(doc: OfficialDocument, textAreaMm: number): string {
  const columns = headerColumnsMm(textAreaMm);
  const names = headerNames(doc, columns.leftInner);
  const issuer = doc.personal ? ''
    : `${lines('od-upper-body', names.upperBody)}${lines('od-issuer', names.issuer)}${rule(issuerRuleMm(names.issuer, columns.leftInner))}`;
  return `<table class="od-layout od-header"><colgroup><col class="od-left"><col class="od-right"></colgroup>
<tr><td>${issuer}</td>
<td>${p('od-national-title', NATIONAL_TITLE)}${p('od-motto', NATIONAL_MOTTO)}${rule(mottoRuleMm())}</td></tr>
<tr><td>${doc.personal ? '' : p('od-number', numberLine(doc))}</td><td>${p('od-date', dateLine(doc))}</td></tr></table>`;
}

function title(doc: OfficialDocument, textAreaMm: number): string {
  const summary = doc.summary.map((line) => p('od-summary', line.trim())).join('');
  const summaryRule = doc.summary.length > 0 ? rule(summaryRuleMm(doc.summary, textAreaMm)) : '';
  return `${p('od-title', upper(doc.docType))}${summary}${summaryRule}`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return p(`od-heading od-heading--${b.level}`, headingText(b.level, b.text));
    case 'paragraph':
      return p('od-paragraph', b.text.trim());
    case 'bullet':
      return p('od-bullet', bulletText(b.text));
    case 'table':
      return table(b);
  }
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const total = b.columns.reduce((sum, c) => sum + c.widthPct, 0) || 1;
  const cols = b.columns.map((c) => `<col style="width:${((c.widthPct / total) * 100).toFixed(2)}%">`).join('');
  const head = b.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const rows = b.rows
    .map((row) => {
      const cells = b.columns.map((c, i) => `<td style="text-align:${c.align ?? 'left'}">${escapeHtml(row[i] ?? '')}</td>`);
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table class="od-table"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function closing(doc: OfficialDocument): string {
  const recipients = recipientLines(doc.recipients).map((line) => p('od-recipient', line)).join('');
  const signerLines = signatureLines(doc.signer);
  const signer = signerLines.map((line) => p('od-signer-title', upper(line))).join('');
  return `<table class="od-layout od-closing"><colgroup><col class="od-left"><col class="od-right"></colgroup>
<tr>${doc.coSigner
    ? `<td>${p('od-signer-title', upper(doc.coSigner.title))}${p('od-signer-name', doc.coSigner.name)}</td>`
    : `<td class="od-recipients">${p('od-recipients-label', RECIPIENTS_LABEL)}${recipients}</td>`}
<td>${signer}${p('od-signer-name', doc.signer.name)}</td></tr></table>`;
}
