// "Đã thu … tháng …" for every month-by-member grid (dues, voluntary funds): which members a month's receipt covers.
// Either everyone whose cell is collectable, or the members listed, each checked against the grid with a reason
// that names them. Both grids call it inside their transaction, after taking the union's posting lock.
import { invalid } from '../../core/errors.ts';

const firstDay = (yearMonth: string) => `${yearMonth}-01`;
/** 'YYYY-MM' → 'YYYY-MM-01'; a day already given is kept. */
export const monthStart = (month: string) => (month.length === 7 ? firstDay(month) : month);
/** 'YYYY-MM(-DD)' → 'MM/YYYY', as people write a month. */
export const monthVi = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
/** Percent with one decimal; null when nobody (nothing) was due. */
export const percent = (part: number, whole: number) => (whole === 0 ? null : Math.floor((part * 1000) / whole + 0.5) / 10);
/** The first day of the current month: months after it have not begun. */
export const monthNow = (todayIso: string) => `${todayIso.slice(0, 7)}-01`;

interface GridCell { status: string; amount: number | null; entryNumber: string | null }
interface GridRow { memberId: number; fullName: string; cells: readonly GridCell[] }
export interface MonthLine { memberId: number; amount: number }

export interface MonthCollection {
  rows: readonly GridRow[];
  /** 'YYYY-MM-01' */
  month: string;
  memberIds: readonly number[] | null;
  /** Statuses a receipt may cover ('unpaid', and 'upcoming' when months may be paid in advance). */
  collectable: readonly string[];
  /** How the month's payment is said: "nộp" + "đoàn phí", "đóng" + "quỹ «Du lịch»". */
  verb: string;
  what: string;
  nameOf(memberId: number): Promise<string | null>;
}

/** Refuses a member listed twice (before any query). */
export function assertDistinct(memberIds: readonly number[] | null | undefined): void {
  const seen = new Set<number>();
  memberIds?.forEach((id, i) => {
    if (seen.has(id)) {
      throw invalid(`memberIds.${i}: Đoàn viên được chọn hai lần`);
    }
    seen.add(id);
  });
}

/** The lines of the month's receipt; refuses an empty receipt and any listed member who cannot be collected. */
export async function monthLines(c: MonthCollection): Promise<MonthLine[]> {
  const index = Number(c.month.slice(5, 7)) - 1;
  const when = `tháng ${monthVi(c.month)}`;
  const collectable = (cell: GridCell | undefined) => cell !== undefined && c.collectable.includes(cell.status);
  let lines: MonthLine[];
  if (c.memberIds) {
    const byId = new Map(c.rows.map((r) => [r.memberId, r]));
    lines = await Promise.all(c.memberIds.map(async (id, i) => {
      const row = byId.get(id);
      const cell = row?.cells[index];
      if (!row || !cell) {
        const name = await c.nameOf(id);
        throw invalid(`memberIds.${i}: ${name === null ? 'Không tìm thấy đoàn viên này trong công đoàn' : `${name} không phải ${c.verb} ${c.what} ${when}`}`);
      }
      if (!collectable(cell)) {
        throw invalid(`memberIds.${i}: ${row.fullName} ${cell.status === 'paid' ? `đã ${c.verb} ${c.what} ${when} (${cell.entryNumber})` : `không phải ${c.verb} ${c.what} ${when}`}`);
      }
      return { memberId: id, amount: cell.amount! };
    }));
  } else {
    lines = c.rows.flatMap((r) => (collectable(r.cells[index]) ? [{ memberId: r.memberId, amount: r.cells[index].amount! }] : []));
  }
  if (lines.length === 0) {
    throw invalid(`month: Không còn đoàn viên nào phải ${c.verb} mà chưa ${c.verb} ${c.what} ${when}`);
  }
  return lines;
}
