// The upper level's list of unions: kept as a tree, subtotals on every upper level, siblings sorted by the chosen column.
import type { SubordinateRow } from '../../../shared/contracts/federation.contract.ts';
import type { AnnualReportStatus } from '../../../shared/contracts/reports.contract.ts';

export type UnionSortKey = 'name' | 'members' | 'women' | 'report';
export type SortDir = 'asc' | 'desc';
export type ReportState = AnnualReportStatus['state'];

export const REPORT_STATES: readonly ReportState[] = ['not_started', 'draft', 'finalised', 'submitted'];

export interface UnionTableRow extends SubordinateRow {
  /** 0 for the organisations directly under the one viewed. */
  level: number;
  /** Own members for a union; the sum over every union below for an upper level. */
  totalMembers: number;
  totalWomen: number;
  /** Grassroots unions counted in the row (1 for a union itself). */
  unions: number;
}

export interface UnionTotals {
  unions: number;
  members: number;
  women: number;
  reports: Record<ReportState, number>;
}

export interface UnionTable {
  rows: UnionTableRow[];
  totals: UnionTotals;
}

interface TreeNode {
  row: UnionTableRow;
  kids: TreeNode[];
}

const stateRank = (row: UnionTableRow) => (row.report ? REPORT_STATES.indexOf(row.report.state) : -1);

function compare(a: UnionTableRow, b: UnionTableRow, key: UnionSortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, 'vi');
    case 'members':
      return a.totalMembers - b.totalMembers;
    case 'women':
      return a.totalWomen - b.totalWomen;
    case 'report':
      return stateRank(a) - stateRank(b);
  }
}

/** Rows in tree order (each level sorted by `key`, ties by name), with subtotals and the grand total. */
export function buildUnionTable(rows: readonly SubordinateRow[], key: UnionSortKey = 'name', dir: SortDir = 'asc'): UnionTable {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, SubordinateRow[]>();
  for (const r of rows) {
    // A row whose parent is not listed sits at the top (directly under the organisation viewed).
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const sign = dir === 'asc' ? 1 : -1;
  const sum = (nodes: TreeNode[], pick: (row: UnionTableRow) => number) => nodes.reduce((n, node) => n + pick(node.row), 0);

  // Each subtree is built first (sorting needs the children's subtotals), then placed in order.
  const build = (r: SubordinateRow, level: number): TreeNode => {
    const kids = (children.get(r.id) ?? []).map((kid) => build(kid, level + 1));
    const row: UnionTableRow = {
      ...r, level,
      totalMembers: r.members + sum(kids, (k) => k.totalMembers),
      totalWomen: r.women + sum(kids, (k) => k.totalWomen),
      unions: (r.isUpperLevel ? 0 : 1) + sum(kids, (k) => k.unions),
    };
    return { row, kids };
  };
  const out: UnionTableRow[] = [];
  const place = (nodes: TreeNode[]) => {
    const sorted = nodes.slice().sort((a, b) => sign * compare(a.row, b.row, key) || a.row.name.localeCompare(b.row.name, 'vi'));
    for (const node of sorted) {
      out.push(node.row);
      place(node.kids);
    }
  };
  place((children.get(null) ?? []).map((r) => build(r, 0)));

  const unionsOnly = out.filter((r) => !r.isUpperLevel);
  const reports = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>;
  for (const r of unionsOnly) {
    if (r.report) {
      reports[r.report.state] += 1;
    }
  }
  return {
    rows: out,
    totals: {
      unions: unionsOnly.length,
      members: unionsOnly.reduce((n, r) => n + r.members, 0),
      women: unionsOnly.reduce((n, r) => n + r.women, 0),
      reports,
    },
  };
}
