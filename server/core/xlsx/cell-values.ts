import { parseDateVi } from '../../../shared/vi/dates.ts';
import type { CellContent } from './cell-content.ts';
import { yesNoLabels } from './cell-content.ts';
import { matchKey } from './match-key.ts';

// Typed values read from an import's cells, shared by the sheets that move records in: each gives null for an empty
// cell and 'bad' for one that cannot be read, so the sheet words the problem for its own column.

export type Read<T> = T | null | 'bad';

export const cellText = (c: CellContent | undefined): string => (c?.kind === 'text' ? c.text.trim() : '');

/** A real date cell, or dd/mm/yyyy typed. */
export function cellDate(c: CellContent | undefined): Read<string> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  return c.kind === 'date' ? c.iso : parseDateVi(cellText(c)) ?? 'bad';
}

/** mm/yyyy, yyyy-mm or a date cell (its month) → the month's first day, ISO. */
export function cellMonth(c: CellContent | undefined): Read<string> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  if (c.kind === 'date') {
    return `${c.iso.slice(0, 7)}-01`;
  }
  const t = cellText(c);
  const vi = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  const [year, month] = vi ? [Number(vi[2]), Number(vi[1])] : iso ? [Number(iso[1]), Number(iso[2])] : [0, 0];
  return month >= 1 && month <= 12 && year >= 1900 ? `${year}-${String(month).padStart(2, '0')}-01` : 'bad';
}

/**
 * Integer đồng, thousands grouped by dots or commas and "đ" allowed ("1.500.000 đ"); a minus sign only when `negative` (a reversing voucher, a
 * balance), 0 only when `zero` (a balance, a base meaning "the minimum").
 */
export function cellMoney(c: CellContent | undefined, { negative = false, zero = false } = {}): Read<number> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  const written = cellText(c).replace(/\s/g, '').replace(/đ$|d$/i, '');
  // 5000000, 5.000.000 or 5,000,000 (grouped by thousands); "1,5" is a fraction, not a whole amount.
  const raw = /^-?\d{1,3}([.,]\d{3})+$/.test(written) ? written.replace(/[.,]/g, '') : written;
  const m = /^(-?)(\d{1,12})$/.exec(raw);
  if (!m || (m[1] === '-' && !negative)) {
    return 'bad';
  }
  const value = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  return value === 0 && !zero ? 'bad' : value;
}

/** A decimal number, comma or dot as the decimal mark. */
export function cellNumber(c: CellContent | undefined): Read<number> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  const t = cellText(c).replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
}

const yes = new Set([matchKey(yesNoLabels.yes), 'x', 'yes', 'true', '1']);
const no = new Set([matchKey(yesNoLabels.no), 'no', 'false', '0']);

/** Có / Không (TRUE/FALSE cells read so too); "x" counts as yes. */
export function cellYesNo(c: CellContent | undefined): Read<boolean> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  const key = matchKey(cellText(c));
  return yes.has(key) ? true : no.has(key) ? false : 'bad';
}

/** A code by its Vietnamese label (or the code itself), ignoring case and diacritics. */
export function cellLabel<T extends string>(c: CellContent | undefined, labels: Readonly<Record<T, string>>): Read<T> {
  if (!c || c.kind === 'empty') {
    return null;
  }
  const key = matchKey(cellText(c));
  const found = (Object.keys(labels) as T[]).find((code) => matchKey(labels[code]) === key || matchKey(code) === key);
  return found ?? 'bad';
}

/** "Có mặt, Vắng có lý do, Vắng không lý do": the labels a message lists as allowed. */
export const labelList = (labels: Readonly<Record<string, string>>) => Object.values(labels).join(', ');

/** The lines of a cell written on several lines (Alt+Enter), each folded; one line otherwise. */
export const cellLines = (c: CellContent | undefined): string[] => (c?.kind === 'text' ? c.lines ?? [c.text] : []);
