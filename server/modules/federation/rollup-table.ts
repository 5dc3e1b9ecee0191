import { formatDateVi, todayIso } from '../../../shared/vi/dates.ts';
import type { RollupTotals, SubordinateRow, SubordinatesView } from '../../../shared/contracts/federation.contract.ts';

// The roll-up as a table, shared by the .xlsx and the .docx: one line per union in the tree's order, a heading line
// for each upper level and its subtotal after its last union, the grand total last; then the totals per kind.
// Values stay numbers (null: no record); the writers format them.

export type Cell = string | number | null;
export interface TableLine { kind: 'union' | 'level' | 'subtotal' | 'total'; depth: number; cells: Cell[] }

export interface RollupColumn { header: string; money?: boolean; width: number; value: (row: SubordinateRow) => Cell; total: (t: RollupTotals) => Cell }

const reportStates: Record<string, string> = {
  not_started: 'Chưa lập', draft: 'Đang soạn', finalised: 'Đã hoàn thành', submitted: 'Đã gửi', returned: 'Trả lại sửa',
};
const ratio = (part: number, whole: number | null): Cell => (whole === null || whole === 0 ? null : Math.round((part * 1000) / whole) / 10);
const grades = (counts: Record<string, number>) =>
  Object.entries(counts).filter(([g]) => g !== 'none').map(([g, n]) => `${g.toUpperCase()}: ${n}`).join('; ');

export function reportStateText(report: SubordinateRow['report']): string {
  if (!report) {
    return reportStates.not_started;
  }
  return report.state === 'submitted' && report.submittedAt
    ? `${reportStates.submitted} ${formatDateVi(todayIso('Asia/Ho_Chi_Minh', new Date(report.submittedAt)))}` : (reportStates[report.state] ?? report.state);
}

export const rollupColumns: RollupColumn[] = [
  { header: 'Đoàn viên', width: 11, value: (r) => r.members, total: (t) => t.members },
  { header: 'Nữ', width: 9, value: (r) => r.women, total: (t) => t.women },
  { header: 'Lao động', width: 11, value: (r) => r.figures.employees, total: (t) => t.employees },
  // The total divides the members of the unions that recorded their workforce by their workers.
  { header: 'Tỷ lệ đoàn viên / lao động (%)', width: 12, value: (r) => ratio(r.members, r.figures.employees), total: (t) => ratio(t.membersWithWorkforce, t.employees) },
  { header: 'Đăng ký danh hiệu thi đua', width: 12, value: (r) => r.figures.titlesRegistered, total: (t) => t.titlesRegistered },
  { header: 'Đạt danh hiệu thi đua', width: 12, value: (r) => r.figures.titlesAchieved, total: (t) => t.titlesAchieved },
  { header: 'Xếp loại CĐCS', width: 12, value: (r) => r.figures.classification?.toUpperCase() ?? null, total: (t) => grades(t.classifications) },
  { header: 'Đoàn phí phải thu (đồng)', money: true, width: 15, value: (r) => r.figures.duesExpected, total: (t) => t.duesExpected },
  { header: 'Đoàn phí đã thu (đồng)', money: true, width: 15, value: (r) => r.figures.duesCollected, total: (t) => t.duesCollected },
  { header: 'Tỷ lệ thu đoàn phí (%)', width: 10, value: (r) => ratio(r.figures.duesCollected, r.figures.duesExpected),
    total: (t) => ratio(t.duesCollected, t.duesExpected) },
  { header: 'Đã nộp cấp trên (đồng)', money: true, width: 15, value: (r) => r.figures.remitted, total: (t) => t.remitted },
  { header: 'Chi chăm lo đoàn viên (đồng)', money: true, width: 15, value: (r) => r.figures.welfareSpent, total: (t) => t.welfareSpent },
  { header: 'Thỏa ước LĐTT còn hiệu lực', width: 11, value: (r) => (r.figures.agreementInForce ? 'Có' : 'Không'), total: (t) => t.agreementsInForce },
  { header: 'Đối thoại tại nơi làm việc', width: 11, value: (r) => r.figures.dialoguesHeld, total: (t) => t.dialoguesHeld },
  { header: 'Báo cáo năm', width: 16, value: (r) => reportStateText(r.report), total: (t) => `Đã gửi: ${t.reports.submitted ?? 0}/${t.unions}` },
];

/** [TT, name, …columns] lines of the view: unions numbered 1…n, subtotals after each upper level's subtree. */
export function rollupLines(view: SubordinatesView): TableLine[] {
  const lines: TableLine[] = [];
  const open: SubordinateRow[] = [];
  const close = (level: SubordinateRow) => {
    const t = view.byUpperLevel[String(level.id)];
    lines.push({ kind: 'subtotal', depth: level.depth, cells: ['', `Cộng ${level.name} (${t.unions} CĐCS)`, ...rollupColumns.map((c) => c.total(t))] });
  };
  let n = 0;
  for (const row of view.rows) {
    while (open.length > 0 && open.at(-1)!.depth >= row.depth) {
      close(open.pop()!);
    }
    if (row.isUpperLevel) {
      open.push(row);
      lines.push({ kind: 'level', depth: row.depth, cells: ['', row.name, ...rollupColumns.map(() => null)] });
    } else {
      n += 1;
      lines.push({ kind: 'union', depth: row.depth, cells: [n, row.name, ...rollupColumns.map((c) => c.value(row))] });
    }
  }
  while (open.length > 0) {
    close(open.pop()!);
  }
  lines.push({ kind: 'total', depth: 0, cells: ['', `TỔNG CỘNG (${view.totals.unions} CĐCS)`, ...rollupColumns.map((c) => c.total(view.totals))] });
  return lines;
}

/** One line per kind of union: [kind name, …totals]. */
export function kindLines(view: SubordinatesView, kindNames: ReadonlyMap<string, string>): TableLine[] {
  return Object.entries(view.byKind).map(([kind, t]) => ({
    kind: 'subtotal', depth: 0, cells: ['', `${kindNames.get(kind) ?? kind} (${t.unions} CĐCS)`, ...rollupColumns.map((c) => c.total(t))],
  }));
}
