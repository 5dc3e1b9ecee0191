// What the editor warns about and finalising checks, computed once from the composed draft: numbers typed into the
// narrative (with the figures of the year that have the same value, to replace them by) and gaps left to fill.
import { parseVietnameseNumber, findTypedNumbers, type TypedNumber } from './engine/typed-numbers.ts';
import { findGaps } from './engine/gaps.ts';
import type { ComposedReport } from './compose-report.ts';
import type { DraftGap, TypedNumberCandidate, TypedNumberWarning } from '../../../shared/contracts/reports.contract.ts';

const MAX_CANDIDATES = 8;
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/**
 * A stable id for a warning: its section, its paragraph's text, the number and which occurrence of it in the
 * paragraph. Editing that paragraph makes a new warning the chairperson must confirm again; editing another does not.
 */
export function warningId(section: string, paragraph: string, text: string, occurrence: number): string {
  return hash53(`${section}\u0000${paragraph}\u0000${text}\u0000${occurrence}`).toString(36);
}

/** Every typed number of the draft's sections, in the order of the report. */
export function typedNumbersOf(report: Pick<ComposedReport, 'sections' | 'figures' | 'year'>, onlySections?: ReadonlySet<string>): TypedNumberWarning[] {
  const warnings: TypedNumberWarning[] = [];
  for (const section of report.sections) {
    if (onlySections && !onlySections.has(section.key)) {
      continue;
    }
    section.paragraphs.forEach((paragraph, index) => {
      const seen = new Map<string, number>();
      for (const n of findTypedNumbers(paragraph, { year: report.year })) {
        const occurrence = seen.get(n.text) ?? 0;
        seen.set(n.text, occurrence + 1);
        warnings.push({
          id: warningId(section.key, paragraph, n.text, occurrence),
          section: section.key, sectionTitle: section.title, paragraph: index,
          text: n.text, start: n.start, end: n.end, kind: n.kind, context: around(paragraph, n.start, n.end),
          candidates: ownFirst(candidatesFor(n, paragraph, report.figures), section.figureKeys),
        });
      }
    });
  }
  return warnings;
}

/** Every gap of the draft ("… đồng chí", "- …", "[...]", "xx"). */
export function gapsOf(report: Pick<ComposedReport, 'sections'>): DraftGap[] {
  return report.sections.flatMap((section) => section.paragraphs.flatMap((paragraph, index) =>
    findGaps(paragraph).map((g) => ({ section: section.key, sectionTitle: section.title, paragraph: index, ...g }))));
}

/** The words around an occurrence, so the reader sees which "100%" is meant. */
export function around(paragraph: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, paragraph.lastIndexOf(' ', Math.max(0, start - width)) + 1);
  const space = paragraph.indexOf(' ', Math.min(paragraph.length, end + width));
  const to = space < 0 ? paragraph.length : space;
  return `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
}

/** "A.II.2 “100%”" — how a warning or gap is named in a message. */
export const describeAt = (w: { section: string; text: string }) => `${w.section} “${w.text}”`;

/**
 * The figures of the year the typed number could be: the same printed text around it ("trên 5.000.000" for a
 * figure printed so), or the same value (a count, a percent, a sum of money with its "đồng" taken along).
 */
function candidatesFor(n: TypedNumber, paragraph: string, figures: ComposedReport['figures']): TypedNumberCandidate[] {
  const found: TypedNumberCandidate[] = [];
  const plain = nbsp(paragraph);
  for (const [key, figure] of Object.entries(figures)) {
    const printed = nbsp(figure.text).trim();
    if (!/\d/.test(printed)) {
      continue;
    }
    const candidate = (start: number, end: number) => found.push({ key, label: figure.label, text: figure.text, start, end });
    const at = printed.indexOf(n.text);
    if (at >= 0) {
      const start = n.start - at;
      const end = start + printed.length;
      // The whole printed text, not part of a word: "5.000.000 đ" is no match inside "5.000.000 đồng".
      const whole = !/[\p{L}\p{N}]/u.test(plain.charAt(start - 1)) && !/[\p{L}\p{N}]/u.test(plain.charAt(end));
      if (start >= 0 && whole && plain.slice(start, end) === printed) {
        candidate(start, end);
        continue;
      }
    }
    if (n.value === null) {
      continue;
    }
    if (typeof figure.value === 'string') {
      if (/^\d[\d.,]*$/.test(printed) && parseVietnameseNumber(printed) === n.value && n.kind !== 'money' && n.kind !== 'percent') {
        candidate(n.start, n.end);
      }
      continue;
    }
    const value = figure.value;
    switch (figure.format) {
      case 'percent':
        if (n.kind === 'percent' && Math.abs(value * 100 - n.value) < 0.05) {
          candidate(n.start, n.end);
        }
        break;
      case 'money':
        if ((n.kind === 'money' || n.kind === 'integer') && value === n.value) {
          const unit = /^\s?(?:đồng|đ|vnđ)(?![\p{L}])/iu.exec(paragraph.slice(n.end));
          candidate(n.start, n.end + (unit ? unit[0].length : 0));
        }
        break;
      case 'count':
      case 'number':
        if ((n.kind === 'integer' || n.kind === 'year') && value === n.value) {
          candidate(n.start, n.end);
        }
        break;
      case 'text':
        break;
    }
  }
  return found;
}

/** The figures of the section's own modules first: the likelier meaning of a number typed there. */
function ownFirst(candidates: TypedNumberCandidate[], own: readonly string[] | undefined): TypedNumberCandidate[] {
  const mine = new Set(own ?? []);
  return [...candidates.filter((c) => mine.has(c.key)), ...candidates.filter((c) => !mine.has(c.key))].slice(0, MAX_CANDIDATES);
}

/** cyrb53: a small, fast string hash, good enough to tell warnings apart (not for security). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
