// The upper level's list of unions: kept as a tree, subtotals on every upper level, siblings sorted by the chosen
// column; or grouped by kind with a subtotal per kind. Filters keep the unions that match and the upper levels above them.
import type { SubordinateRow } from '../../../shared/contracts/federation.contract.ts';
import { orgKindCode, type OrgKindCode } from '../../../shared/contracts/orgs.contract.ts';
import { toSearchKey } from '../../../shared/vi/search-key.ts';
import {
  addUnion, mergeSums, coverageOf, duesRateOf, emptySums, GRADES, NOT_CLASSIFIED, ratio, REPORT_STATES, type ReportState, type UnionSums,
} from './union-sums.ts';

export { REPORT_STATES, type ReportState } from './union-sums.ts';

export const UNION_SORT_KEYS = [
  'name', 'members', 'women', 'coverage', 'titlesRegistered', 'titlesAchieved', 'classification', 'duesRate',
  'duesCollected', 'remitted', 'welfareSpent', 'agreement', 'dialoguesHeld', 'report',
] as const;
export type UnionSortKey = (typeof UNION_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** A report state, or 'not_submitted' for every state but submitted (chưa nộp). */
export type ReportFilter = ReportState | 'not_submitted';

export interface UnionFilter {
  report?: ReportFilter | null;
  kind?: OrgKindCode | null;
  /** A grade code, or 'none' for the unions not classified. */
  classification?: string | null;
  /** Name or code, without diacritics; a union also matches by an upper level above it. */
  search?: string;
}

export interface UnionTableRow extends SubordinateRow {
  /** 0 for the organisations directly under the one viewed. */
  level: number;
  /** The union's own figures, or the sums over the (matching) unions below an upper level. */
  sums: UnionSums;
  /** Own members for a union; the sum over every union below for an upper level. */
  totalMembers: number;
  totalWomen: number;
  /** Grassroots unions counted in the row (1 for a union itself). */
  unions: number;
}

/** The matching unions of one kind, with their subtotal. */
export interface KindGroup {
  kind: OrgKindCode;
  sums: UnionSums;
  rows: UnionTableRow[];
}

export interface UnionTable {
  /** Tree order: each upper level followed by what is under it. */
  rows: UnionTableRow[];
  /** Over the matching grassroots unions. */
  totals: UnionSums;
  /** The matching unions by kind (in the kinds' order), each sorted by the chosen column. */
  byKind: KindGroup[];
}

interface TreeNode {
  row: UnionTableRow;
  kids: TreeNode[];
}

const gradeRank = (grade: string | null) => (grade === null ? -1 : GRADES.length - GRADES.indexOf(grade as (typeof GRADES)[number]));
const orNone = (value: number | null) => value ?? -1;

/** The value a column sorts by; an upper level sorts by its subtotal, and missing figures sort lowest. */
function sortValue(row: UnionTableRow, key: Exclude<UnionSortKey, 'name'>): number {
  const s = row.sums;
  switch (key) {
    case 'members':
    case 'women':
    case 'titlesRegistered':
    case 'titlesAchieved':
    case 'duesCollected':
    case 'remitted':
    case 'welfareSpent':
    case 'dialoguesHeld':
      return s[key];
    case 'coverage':
      return orNone(coverageOf(s));
    case 'duesRate':
      return orNone(duesRateOf(s));
    case 'agreement':
      return orNone(ratio(s.agreementsInForce, s.unions));
    case 'classification':
      return row.isUpperLevel ? -1 : gradeRank(row.figures.classification);
    case 'report':
      return row.report ? REPORT_STATES.indexOf(row.report.state) : -1;
  }
}

function compare(a: UnionTableRow, b: UnionTableRow, key: UnionSortKey): number {
  return key === 'name' ? a.name.localeCompare(b.name, 'vi') : sortValue(a, key) - sortValue(b, key);
}

const isFiltered = (filter: UnionFilter) =>
  Boolean(filter.report || filter.kind || filter.classification || (filter.search && toSearchKey(filter.search)));

/** Whether a grassroots union passes the filters; `path` holds the search keys of it and the upper levels above it. */
function matches(row: SubordinateRow, filter: UnionFilter, path: readonly string[]): boolean {
  const state = row.report?.state ?? 'not_started';
  if (filter.report && (filter.report === 'not_submitted' ? state === 'submitted' : state !== filter.report)) {
    return false;
  }
  if (filter.kind && row.kind !== filter.kind) {
    return false;
  }
  if (filter.classification && (row.figures.classification ?? NOT_CLASSIFIED) !== filter.classification) {
    return false;
  }
  const wanted = toSearchKey(filter.search ?? '');
  return !wanted || path.some((key) => key.includes(wanted));
}

/**
 * Rows in tree order (each level sorted by `key`, ties by name) with subtotals, the grand total and the kinds'
 * subtotals, over the unions that pass `filter`. Without a filter every organisation is listed, even an upper level
 * with no union under it.
 */
export function buildUnionTable(
  rows: readonly SubordinateRow[], key: UnionSortKey = 'name', dir: SortDir = 'asc', filter: UnionFilter = {},
): UnionTable {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, SubordinateRow[]>();
  for (const r of rows) {
    // A row whose parent is not listed sits at the top (directly under the organisation viewed).
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const filtered = isFiltered(filter);
  const sign = dir === 'asc' ? 1 : -1;
  const order = (a: UnionTableRow, b: UnionTableRow) => sign * compare(a, b, key) || a.name.localeCompare(b.name, 'vi');

  // Each subtree is built first (sorting needs the children's subtotals), then placed in order.
  const build = (r: SubordinateRow, level: number, path: readonly string[]): TreeNode | null => {
    const here = [...path, toSearchKey(`${r.name} ${r.code}`)];
    const kids = (children.get(r.id) ?? []).flatMap((kid) => build(kid, level + 1, here) ?? []);
    if (filtered && (r.isUpperLevel ? kids.length === 0 : !matches(r, filter, here))) {
      return null;
    }
    const sums = kids.reduce((acc, kid) => mergeSums(acc, kid.row.sums), addUnion(emptySums(), r));
    const row: UnionTableRow = { ...r, level, sums, totalMembers: sums.members, totalWomen: sums.women, unions: sums.unions };
    return { row, kids };
  };
  const out: UnionTableRow[] = [];
  const place = (nodes: TreeNode[]) => {
    for (const node of nodes.slice().sort((a, b) => order(a.row, b.row))) {
      out.push(node.row);
      place(node.kids);
    }
  };
  place((children.get(null) ?? []).flatMap((r) => build(r, 0, []) ?? []));

  const unions = out.filter((r) => !r.isUpperLevel);
  const byKind = orgKindCode.options.flatMap((kind): KindGroup[] => {
    const ofKind = unions.filter((r) => r.kind === kind);
    return ofKind.length === 0
      ? []
      : [{ kind, sums: ofKind.reduce(addUnion, emptySums()), rows: ofKind.map((r) => ({ ...r, level: 1 })).sort(order) }];
  });
  return { rows: out, totals: unions.reduce(addUnion, emptySums()), byKind };
}
