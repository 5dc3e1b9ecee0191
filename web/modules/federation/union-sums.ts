// Sums of grassroots unions' figures (a subtotal row, a kind, the filtered table) and the ratios shown from them.
// The same sums as the server's `RollupTotals`, plus the members of the unions that recorded their workforce, so a
// subtotal's coverage divides like by like.
import type { RollupTotals, SubordinateRow } from '../../../shared/contracts/federation.contract.ts';
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
  /** Of `members`, those of unions that recorded their workforce: coverage is this over `employees`. */
  membersWithWorkforce: number;
  reports: Record<ReportState, number>;
}

export function emptySums(): UnionSums {
  return {
    unions: 0, members: 0, women: 0, employees: 0, unionsWithWorkforce: 0, membersWithWorkforce: 0,
    titlesRegistered: 0, titlesAchieved: 0, classifications: {}, duesExpected: 0, duesCollected: 0, remitted: 0,
    welfareSpent: 0, agreementsInForce: 0, dialoguesHeld: 0,
    reports: { not_started: 0, draft: 0, returned: 0, finalised: 0, submitted: 0 },
  };
}

/** Adds one grassroots union to `sums` (an upper level's own row adds nothing). */
export function addUnion(sums: UnionSums, row: SubordinateRow): UnionSums {
  if (row.isUpperLevel) {
    return sums;
  }
  const f = row.figures;
  sums.unions += 1;
  sums.members += row.members;
  sums.women += row.women;
  if (f.employees !== null) {
    sums.employees += f.employees;
    sums.unionsWithWorkforce += 1;
    sums.membersWithWorkforce += row.members;
  }
  sums.titlesRegistered += f.titlesRegistered;
  sums.titlesAchieved += f.titlesAchieved;
  const grade = f.classification ?? NOT_CLASSIFIED;
  sums.classifications[grade] = (sums.classifications[grade] ?? 0) + 1;
  sums.duesExpected += f.duesExpected;
  sums.duesCollected += f.duesCollected;
  sums.remitted += f.remitted;
  sums.welfareSpent += f.welfareSpent;
  sums.agreementsInForce += f.agreementInForce ? 1 : 0;
  sums.dialoguesHeld += f.dialoguesHeld;
  sums.reports[row.report?.state ?? 'not_started'] += 1;
  return sums;
}

export function sumUnions(rows: readonly SubordinateRow[]): UnionSums {
  return rows.reduce(addUnion, emptySums());
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
