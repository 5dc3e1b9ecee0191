import type { XlsxCell } from './read-xlsx.ts';
import { hasForbiddenCharacter } from '../text-guard.ts';

// What an imported cell holds, whatever way Excel stored it: typed text, a number,
// a real date cell, rich text, a hyperlink's shown text (e-mail cells) or a formula with its saved result.

/** How a TRUE/FALSE cell reads, and the words every import accepts for yes and no. */
export const yesNoLabels = { yes: 'Có', no: 'Không' } as const;

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; fromNumber: boolean; lines?: string[] }
  | { kind: 'date'; iso: string }
  | { kind: 'problem'; message: string };

export function readCell(cell: XlsxCell | undefined): CellContent {
  switch (cell?.kind) {
    case undefined:
      return { kind: 'empty' };
    case 'text':
      return textContent(cell.text, false);
    case 'number':
      return Number.isFinite(cell.value) ? textContent(numberText(cell.value), true) : { kind: 'problem', message: 'ô có giá trị số không hợp lệ' };
    case 'boolean':
      return textContent(cell.value ? yesNoLabels.yes : yesNoLabels.no, false);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell.iso) ? { kind: 'date', iso: cell.iso } : { kind: 'problem', message: 'ô ngày không hợp lệ' };
    case 'error':
      return { kind: 'problem', message: `ô có lỗi công thức ${cell.code}` };
    case 'uncomputed':
      return { kind: 'problem', message: 'ô chứa công thức chưa có kết quả; hãy mở tệp bằng Excel và lưu lại' };
  }
}

function textContent(stored: string, fromNumber: boolean): CellContent {
  // Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring).
  const raw = stored.includes('_x')
    ? stored.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : stored;
  const forbidden = forbiddenCharacter(raw);
  if (forbidden) {
    return { kind: 'problem', message: `chứa ký tự không hợp lệ ${forbidden} (ký tự điều khiển hoặc ký tự không in được); hãy xoá ký tự đó` };
  }
  const fold = (t: string) => t.normalize('NFC').replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const text = fold(raw);
  if (text === '') {
    return { kind: 'empty' };
  }
  // A cell written on several lines (Alt+Enter) keeps them apart too, for the few fields whose lines mean something.
  const lines = /[\r\n]/.test(raw) ? raw.split(/\r?\n|\r/).map(fold).filter((l) => l !== '') : undefined;
  return lines ? { kind: 'text', text, fromNumber, lines } : { kind: 'text', text, fromNumber };
}

/** 123 → "123" (never "123.0"); float noise such as 0.30000000000000004 is rounded away. */
function numberText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(Number(n.toPrecision(15)));
}

/** The first character XML cannot carry (NUL, other C0 controls, U+FFFE, U+FFFF, a lone surrogate), as "U+0000". */
function forbiddenCharacter(text: string): string | null {
  if (!hasForbiddenCharacter(text)) {
    return null;
  }
  for (const ch of text) {
    if (hasForbiddenCharacter(ch)) {
      return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return null;
}
