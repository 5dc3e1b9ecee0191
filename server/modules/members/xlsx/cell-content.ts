import type ExcelJS from 'exceljs';
import { hasForbiddenCharacter } from '../../../core/text-guard.ts';
import { yesNoLabels } from './columns.ts';

// What an imported cell holds, whatever way Excel stored it: typed text, a number,
// a real date cell, rich text, a hyperlink (e-mail cells) or a formula with its saved result.

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; fromNumber: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'problem'; message: string };

const MS_PER_DAY = 86_400_000;

export function readCell(value: ExcelJS.CellValue): CellContent {
  if (value === null || value === undefined) {
    return { kind: 'empty' };
  }
  if (typeof value === 'string') {
    return textContent(value, false);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? textContent(numberText(value), true) : { kind: 'problem', message: 'ô có giá trị số không hợp lệ' };
  }
  if (typeof value === 'boolean') {
    return textContent(value ? yesNoLabels.yes : yesNoLabels.no, false);
  }
  if (value instanceof Date) {
    return dateContent(value);
  }
  if ('error' in value) {
    return { kind: 'problem', message: `ô có lỗi công thức ${value.error}` };
  }
  if ('richText' in value) {
    return textContent(value.richText.map((part) => part.text).join(''), false);
  }
  if ('hyperlink' in value) {
    // The shown text may itself be rich text; an empty text falls back to the link (mailto:…).
    const shown = readCell(value.text as ExcelJS.CellValue);
    return shown.kind === 'empty' ? textContent(value.hyperlink.replace(/^mailto:/i, ''), false) : shown;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) {
      return { kind: 'problem', message: 'ô chứa công thức chưa có kết quả; hãy mở tệp bằng Excel và lưu lại' };
    }
    return readCell(value.result);
  }
  return { kind: 'problem', message: 'không đọc được giá trị của ô' };
}

function textContent(stored: string, fromNumber: boolean): CellContent {
  // Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring); the streaming reader leaves them as is.
  const raw = stored.includes('_x')
    ? stored.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : stored;
  const forbidden = forbiddenCharacter(raw);
  if (forbidden) {
    return { kind: 'problem', message: `chứa ký tự không hợp lệ ${forbidden} (ký tự điều khiển hoặc ký tự không in được); hãy xoá ký tự đó` };
  }
  const text = raw
    .normalize('NFC')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? { kind: 'empty' } : { kind: 'text', text, fromNumber };
}

/** 123 → "123" (never "123.0"); float noise such as 0.30000000000000004 is rounded away. */
function numberText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(Number(n.toPrecision(15)));
}

/**
 * exceljs gives a date cell as a Date at UTC midnight. A serial stored a hair under midnight
 * (float rounding) still counts as that day; a real time of day is dropped.
 */
function dateContent(date: Date): CellContent {
  const time = date.getTime();
  if (Number.isNaN(time)) {
    return { kind: 'problem', message: 'ô ngày không hợp lệ' };
  }
  const day = new Date(Math.floor((time + 1000) / MS_PER_DAY) * MS_PER_DAY);
  return { kind: 'date', iso: day.toISOString().slice(0, 10) };
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
