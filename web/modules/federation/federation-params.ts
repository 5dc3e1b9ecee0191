// The federation views keep their choices in the address (?year=&sort=&dir=&group=&report=&kind=&grade=&q=), so a
// filtered list survives a visit to a union and back, and can be shared.
import { orgKindCode, type OrgKindCode } from '../../../shared/contracts/orgs.contract.ts';
import { GRADES, NOT_CLASSIFIED, REPORT_STATES } from './union-sums.ts';
import { UNION_SORT_KEYS, type ReportFilter, type SortDir, type UnionFilter, type UnionSortKey } from './union-table.ts';

/** The report year shown: ?year= when valid, otherwise the year of the page's date. */
export function yearParam(value: string | null, date: string): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : Number(date.slice(0, 4));
}

/** The twelve years offered, the latest of today's and the page date's first. */
export function yearChoices(date: string, today: string): string[] {
  const lastYear = Math.max(Number(today.slice(0, 4)), Number(date.slice(0, 4)));
  return Array.from({ length: 12 }, (_, i) => String(lastYear - i));
}

export type TableGrouping = 'tree' | 'kind';

export interface TableParams {
  sort: UnionSortKey;
  dir: SortDir;
  group: TableGrouping;
  filter: UnionFilter;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

const reportFilters: readonly ReportFilter[] = ['not_submitted', ...REPORT_STATES];
const gradeFilters: readonly string[] = [...GRADES, NOT_CLASSIFIED];

/** Reads the table's choices; anything unknown falls back to the default. */
export function readTableParams(search: URLSearchParams): TableParams {
  return {
    sort: oneOf(search.get('sort'), UNION_SORT_KEYS) ?? 'name',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    group: search.get('group') === 'kind' ? 'kind' : 'tree',
    filter: {
      report: oneOf(search.get('report'), reportFilters),
      kind: oneOf<OrgKindCode>(search.get('kind'), orgKindCode.options),
      classification: oneOf(search.get('grade'), gradeFilters),
      search: search.get('q') ?? '',
    },
  };
}
