import { formatDateVi, isIsoDate, parseDateVi } from '../../../../shared/vi/dates.ts';
import { normalizePhone, phoneFromNumberCell, phoneRuleText } from '../../../../shared/vi/phone.ts';
import type { CellContent } from '../../../core/xlsx/cell-content.ts';
import type { MemberColumn } from './columns.ts';
import { matchKey } from '../../../core/xlsx/match-key.ts';

/** The caller's lists, keyed by `matchKey` of their names, for turning names into codes and ids. */
export interface ImportLookups {
  categories: Map<string, string>;
  groups: Map<string, number>;
}

export type FieldResult = { ok: true; value: unknown } | { ok: false; message: string };

export function buildLookups(opts: {
  categories: { code: string; name: string }[];
  groups: { id: number; name: string }[];
}): ImportLookups {
  const categories = new Map<string, string>();
  for (const { code, name } of opts.categories) {
    categories.set(matchKey(name), code);
    categories.set(matchKey(code), code); // "can_bo_cong_chuc" is accepted too
  }
  const groups = new Map<string, number>();
  for (const { id, name } of opts.groups) {
    if (!groups.has(matchKey(name))) {
      groups.set(matchKey(name), id);
    }
  }
  return { categories, groups };
}

const ok = (value: unknown): FieldResult => ({ ok: true, value });
const fail = (message: string): FieldResult => ({ ok: false, message });

/** One cell → the value `memberInput` expects for its field, or a Vietnamese message naming the column. */
export function toFieldValue(
  column: MemberColumn,
  content: CellContent,
  lookups: ImportLookups,
): FieldResult {
  const { header } = column;
  if (content.kind === 'problem') {
    return fail(`${header}: ${content.message}`);
  }
  if (content.kind === 'empty') {
    if (column.required) {
      return fail(`${header}: bắt buộc nhập`);
    }
    return ok(column.kind === 'yesNo' ? false : null);
  }
  if (column.kind === 'date') {
    return toDate(header, content);
  }
  const text = content.kind === 'date' ? formatDateVi(content.iso) : content.text;
  switch (column.kind) {
    case 'text':
      if (column.field === 'phone') {
        return toPhone(header, content.kind === 'text' && content.fromNumber ? phoneFromNumberCell(text) : text, text);
      }
      return ok(text);
    case 'sex':
      return fromChoices(text, { nam: 'male', nu: 'female' }, `${header} '${text}' không hợp lệ (chọn Nam hoặc Nữ)`);
    case 'yesNo':
      return fromChoices(
        text,
        { co: true, x: true, '1': true, khong: false, '0': false },
        `${header} '${text}' không hợp lệ (chọn Có hoặc Không)`,
      );
    case 'category': {
      const code = lookups.categories.get(matchKey(text));
      return code === undefined ? fail(`${header} '${text}' không có trong danh mục`) : ok(code);
    }
    case 'group': {
      const id = lookups.groups.get(matchKey(text));
      return id === undefined ? fail(`${header} '${text}' không có trong danh sách tổ công đoàn`) : ok(id);
    }
  }
}

function fromChoices(text: string, choices: Record<string, unknown>, message: string): FieldResult {
  const key = matchKey(text);
  return Object.hasOwn(choices, key) ? ok(choices[key]) : fail(message);
}

function toDate(header: string, content: Exclude<CellContent, { kind: 'empty' | 'problem' }>): FieldResult {
  if (content.kind === 'date') {
    const inRange = content.iso >= '1900-01-01' && content.iso <= '2100-12-31';
    return inRange ? ok(content.iso) : fail(`${header}: ngày nằm ngoài khoảng 1900–2100`);
  }
  const iso = content.fromNumber
    ? serialToIso(Number(content.text))
    : (parseDateVi(content.text) ?? (isIsoDate(content.text) ? content.text : null));
  return iso === null ? fail(`${header}: '${content.text}' không phải ngày hợp lệ (dd/mm/yyyy)`) : ok(iso);
}

/** Excel day numbers of 01/01/1920 and 31/12/2100. */
const serialRange = { first: 7306, last: 73415 };

/**
 * A date pasted as a value into the template's text-formatted column arrives as its bare Excel
 * day number (33428 = 09/07/1991). Only numbers from 1920 on count, so a year typed alone
 * ("1990") is reported instead of becoming a day in 1905.
 */
function serialToIso(serial: number): string | null {
  if (!(serial >= serialRange.first && serial < serialRange.last + 1)) {
    return null;
  }
  const excelEpoch = Date.UTC(1899, 11, 30); // day 0, counting Excel's fictitious 29/02/1900
  return new Date(excelEpoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Spaces, dots and dashes removed, +84/84 → 0 (shared/vi/phone.ts, as the member form and the API). */
function toPhone(header: string, text: string, shown: string): FieldResult {
  const phone = normalizePhone(text);
  return phone === null ? fail(`${header} '${shown}' không hợp lệ (${phoneRuleText})`) : ok(phone);
}
