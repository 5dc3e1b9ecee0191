// Sums of grassroots unions' figures (a subtotal row, a kind, the filtered table) and the ratios shown from them: the
// server's sums (shared/federation/rollup-totals.ts) over the rows the table shows.
import type { RollupTotals, SubordinateRow } from '../../../shared/contracts/federation.contract.ts';
import { emptyTotals, rollupTotals } from '../../../shared/federation/rollup-totals.ts';
import type { AnnualReportStatus } from '../../../shared/contracts/reports.contract.ts';

export type ReportState = AnnualReportStatus['state'];
export const REPORT_STATES: readonly ReportState[] = ['not_started', 'draft', 'returned', 'finalised', 'submitted'];

/** The union's classification grades, best first (Hướng dẫn 1294/HD-TLĐ); 'none' for a union not classified. */
export const GRADES = ['htxsnv', 'httnv', 'htnv', 'khtnv'] as const;
export const NOT_CLASSIFIED = 'none';

/** Member coverage of the workforce (tỷ lệ đoàn viên / lao động) in bands; 'unknown' without workforce figures. */
export const COVERAGE_BANDS = ['below50', 'from50', 'from70', 'from90', 'unknown'] as const;
export type CoverageBand = (typeof COVERAGE_BANDS)[number];

export interface UnionSums extends RollupTotals {
  reports: Record<ReportState, number>;
}

/** The shared sums with every report state present (zero when no union is in it). */
function withEveryState(totals: RollupTotals): UnionSums {
  const reports = Object.fromEntries(REPORT_STATES.map((state) => [state, totals.reports[state] ?? 0])) as Record<ReportState, number>;
  return { ...totals, reports };
}

export const emptySums = (): UnionSums => withEveryState(emptyTotals());

/** The sums over the grassroots unions among `rows` (an upper level's own row adds nothing). */
export function sumUnions(rows: readonly SubordinateRow[]): UnionSums {
  return withEveryState(rollupTotals(rows.filter((row) => !row.isUpperLevel)));
}

/** Adds one grassroots union to `sums`. */
export function addUnion(sums: UnionSums, row: SubordinateRow): UnionSums {
  return mergeSums(sums, sumUnions([row]));
}

/** Adds `from` into `into` (a subtotal gathering its children's). */
export function mergeSums(into: UnionSums, from: UnionSums): UnionSums {
  const numeric = [
    'unions', 'members', 'women', 'employees', 'unionsWithWorkforce', 'membersWithWorkforce', 'titlesRegistered',
    'titlesAchieved', 'duesExpected', 'duesCollected', 'remitted', 'welfareSpent', 'agreementsInForce', 'dialoguesHeld',
  ] as const;
  for (const field of numeric) {
    into[field] += from[field];
  }
  for (const [grade, count] of Object.entries(from.classifications)) {
    into.classifications[grade] = (into.classifications[grade] ?? 0) + count;
  }
  for (const state of REPORT_STATES) {
    into.reports[state] += from.reports[state];
  }
  return into;
}

/** `part / whole`, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Members over workers of the unions that recorded their workforce. */
export const coverageOf = (sums: UnionSums): number | null => ratio(sums.membersWithWorkforce, sums.employees);
/** Dues collected over dues owed for the year. */
export const duesRateOf = (sums: UnionSums): number | null => ratio(sums.duesCollected, sums.duesExpected);

export function coverageBand(coverage: number | null): CoverageBand {
  if (coverage === null) {
    return 'unknown';
  }
  return coverage < 0.5 ? 'below50' : coverage < 0.7 ? 'from50' : coverage < 0.9 ? 'from70' : 'from90';
}

/** How many grassroots unions fall in each coverage band. */
export function countCoverageBands(rows: readonly SubordinateRow[]): Record<CoverageBand, number> {
  const counts = Object.fromEntries(COVERAGE_BANDS.map((b) => [b, 0])) as Record<CoverageBand, number>;
  for (const row of rows) {
    if (!row.isUpperLevel) {
      counts[coverageBand(coverageOf(addUnion(emptySums(), row)))] += 1;
    }
  }
  return counts;
}
