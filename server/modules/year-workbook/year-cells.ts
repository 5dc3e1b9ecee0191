import type { Db } from '../../db/client.ts';
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { cellDate, cellLabel, cellMoney, labelList } from '../../core/xlsx/cell-values.ts';
import type { RowCells } from '../../core/xlsx/read-sheet-rows.ts';
import { findMemberIdsByCode } from '../members/member-import.repo.ts';
import type { FailCell, YearImportContext, YearSheetColumn } from './year-sheet.ts';

// The cell readings the year sheets share, on top of the import's typed cell values (core/xlsx/cell-values.ts):
// each reads one column by field, reports a bad cell through `fail` in Vietnamese, and remembers that the row
// failed (`ok` is false then, and parseRow answers null).

export interface YearCells {
  /** No cell of the row failed so far. */
  readonly ok: boolean;
  text(field: string, opts?: { required?: boolean; min?: number; max?: number }): string | null;
  date(field: string, opts?: { required?: boolean; year?: number }): string | null;
  choice<T extends string>(field: string, labels: Readonly<Record<T, string>>, opts?: { required?: boolean }): T | null;
  /** Integer đồng (or a count), at least 0. */
  amount(field: string, opts?: { required?: boolean }): number | null;
  /** A member's code: listed in the union or on the file's members sheet. */
  memberCode(field: string, ctx: YearImportContext, opts?: { required?: boolean }): string | null;
}

const empty: CellContent = { kind: 'empty' };

export function yearCells(cells: RowCells<YearSheetColumn>, fail: FailCell): YearCells {
  const byField = new Map([...cells].map(([column, content]) => [column.field, { column, content }]));
  let ok = true;
  const bad = (field: string, message: string): null => {
    ok = false;
    fail(field, message);
    return null;
  };
  const header = (field: string) => byField.get(field)?.column.header ?? field;
  /** The cell as text, or null when empty (a missing required cell is reported). */
  const raw = (field: string, required: boolean): CellContent | null => {
    const content = byField.get(field)?.content ?? empty;
    if (content.kind === 'problem') {
      return bad(field, `${header(field)}: ${content.message}`);
    }
    if (content.kind === 'empty') {
      return required ? bad(field, `${header(field)}: bắt buộc nhập`) : null;
    }
    return content;
  };
  const asText = (content: CellContent) => (content.kind === 'text' ? content.text : content.kind === 'date' ? content.iso : '');

  const cellsOf: YearCells = {
    get ok() {
      return ok;
    },
    text(field, { required = false, min = 1, max = 1000 } = {}) {
      const content = raw(field, required);
      if (!content) {
        return null;
      }
      const value = asText(content);
      return value.length > max || value.length < min ? bad(field, `${header(field)} từ ${min} đến ${max} ký tự`) : value;
    },
    date(field, { required = false, year } = {}) {
      const content = raw(field, required);
      if (!content) {
        return null;
      }
      const iso = cellDate(content);
      if (iso === null || iso === 'bad') {
        return bad(field, `${header(field)} '${asText(content)}' không phải ngày (dd/mm/yyyy)`);
      }
      if (year !== undefined && Number(iso.slice(0, 4)) !== year) {
        return bad(field, `${header(field)} phải trong năm ${year}`);
      }
      return iso;
    },
    choice(field, labels, { required = false } = {}) {
      const content = raw(field, required);
      if (!content) {
        return null;
      }
      const found = cellLabel(content, labels);
      return found !== null && found !== 'bad' ? found
        : bad(field, `${header(field)} '${asText(content)}' không hợp lệ; ghi một trong: ${labelList(labels)}`);
    },
    amount(field, { required = false } = {}) {
      const content = raw(field, required);
      if (!content) {
        return null;
      }
      const value = cellMoney(content, { zero: true });
      return typeof value === 'number' ? value : bad(field, `${header(field)} là số nguyên không âm (đồng)`);
    },
    memberCode(field, ctx, { required = true } = {}) {
      const code = cellsOf.text(field, { required, max: 30 });
      if (code !== null && !ctx.memberIds.has(code) && !ctx.memberCodesInFile.has(code)) {
        return bad(field, `Mã đoàn viên '${code}' không có trong danh sách đoàn viên của công đoàn hay trang «Đoàn viên» của tệp`);
      }
      return code;
    },
  };
  return cellsOf;
}

/** The member id of a code, once the members sheet has been applied (the service refreshes ctx.memberIds). */
export function memberIdOf(ctx: YearImportContext, code: string): number {
  const id = ctx.memberIds.get(code);
  if (id === undefined) {
    throw new Error(`member ${code} missing after the members sheet was applied`);
  }
  return id;
}

/** Member id → code of the union's members, for the sheets' exports. */
export async function memberCodesById(db: Db, orgId: number): Promise<Map<number, string>> {
  return new Map([...(await findMemberIdsByCode(db, orgId))].map(([code, id]) => [id, code]));
}

/** Writes rows a thousand per statement (a statement holds at most 65,535 parameters). */
export async function inChunks<T>(rows: readonly T[], write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await write(rows.slice(i, i + 1000));
  }
}
