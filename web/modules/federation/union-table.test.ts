import { describe, expect, it } from 'vitest';
import type { SubordinateRow, UnionFigures } from '../../../shared/contracts/federation.contract.ts';
import type { OrgKindCode } from '../../../shared/contracts/orgs.contract.ts';
import type { AnnualReportStatus } from '../../../shared/contracts/reports.contract.ts';
import { coverageOf, countCoverageBands, duesRateOf, emptySums, sumUnions } from './union-sums.ts';
import { buildUnionTable, UNION_SORT_KEYS } from './union-table.ts';

const report = (state: AnnualReportStatus['state']): AnnualReportStatus => ({
  state, draftUpdatedAt: null, version: null, number: null, issuedOn: null, finalisedAt: null, submittedAt: null,
});
const noFigures: UnionFigures = {
  employees: null, titlesRegistered: 0, titlesAchieved: 0, classification: null, duesExpected: 0, duesCollected: 0,
  remitted: 0, welfareSpent: 0, agreementInForce: false, dialoguesHeld: 0,
};
const upper = (id: number, name: string, parentId: number): SubordinateRow => ({
  id, code: `U${id}`, name, kind: 'district_federation', isUpperLevel: true, parentId, depth: 1,
  establishedOn: '1990-01-01', endedOn: null, members: 0, women: 0, suspended: 0, report: null, figures: noFigures,
});
const union = (
  id: number, name: string, parentId: number, members: number, women: number, state: AnnualReportStatus['state'],
  figures: Partial<UnionFigures> = {}, kind: OrgKindCode = 'agency',
): SubordinateRow => ({
  id, code: `C${id}`, name, kind, isUpperLevel: false, parentId, depth: 2,
  establishedOn: '2000-01-01', endedOn: null, members, women, suspended: 0, report: report(state), figures: { ...noFigures, ...figures },
});

// The city federation (id 1) on 31/12/2023: a district federation with two unions, and one union directly under it.
const rows: SubordinateRow[] = [
  upper(2, 'LĐLĐ thị xã Hương Trà', 1),
  union(4, 'CĐCS cơ quan xã Hương Bình', 2, 30, 7, 'draft', {
    employees: 40, titlesRegistered: 20, titlesAchieved: 18, classification: 'httnv', duesExpected: 3_000_000,
    duesCollected: 2_700_000, remitted: 1_000_000, welfareSpent: 500_000, dialoguesHeld: 1,
  }),
  union(7, 'CĐCS Công ty May Hương Sơn', 2, 55, 39, 'not_started', {
    employees: 100, titlesRegistered: 40, titlesAchieved: 10, classification: 'htxsnv', duesExpected: 10_000_000,
    duesCollected: 4_000_000, remitted: 2_000_000, welfareSpent: 1_200_000, agreementInForce: true, dialoguesHeld: 2,
  }, 'private_enterprise'),
  union(9, 'CĐCS Bệnh viện', 1, 120, 80, 'submitted', { titlesRegistered: 5, duesExpected: 1_000_000, duesCollected: 1_000_000 }, 'public_unit'),
];
const ids = (table: { rows: { id: number }[] }) => table.rows.map((r) => r.id);

describe('the list of unions under an upper level', () => {
  it('gives every upper level the subtotal of the unions below it, and a grand total over unions only', () => {
    const table = buildUnionTable(rows);
    const district = table.rows.find((r) => r.id === 2)!;
    expect(district).toMatchObject({ level: 0, totalMembers: 85, totalWomen: 46, unions: 2 });
    expect(table.rows.find((r) => r.id === 4)).toMatchObject({ level: 1, totalMembers: 30, totalWomen: 7, unions: 1 });
    expect(table.totals).toMatchObject({
      unions: 3, members: 205, women: 126, reports: { not_started: 1, draft: 1, finalised: 0, submitted: 1 },
    });
  });

  it('sums every figure on the subtotal rows and the total, counting the unions with workforce figures apart', () => {
    const table = buildUnionTable(rows);
    expect(table.rows.find((r) => r.id === 2)!.sums).toEqual({
      unions: 2, members: 85, women: 46, employees: 140, unionsWithWorkforce: 2, membersWithWorkforce: 85,
      titlesRegistered: 60, titlesAchieved: 28, classifications: { httnv: 1, htxsnv: 1 }, duesExpected: 13_000_000,
      duesCollected: 6_700_000, remitted: 3_000_000, welfareSpent: 1_700_000, agreementsInForce: 1, dialoguesHeld: 3,
      reports: { not_started: 1, draft: 1, returned: 0, finalised: 0, submitted: 0 },
    });
    expect(table.totals).toMatchObject({
      employees: 140, unionsWithWorkforce: 2, membersWithWorkforce: 85, titlesRegistered: 65, duesExpected: 14_000_000,
      duesCollected: 7_700_000, classifications: { httnv: 1, htxsnv: 1, none: 1 },
    });
    // the hospital keeps no workforce figures: the coverage is 85 members of 140 workers, not 205 of 140
    expect(coverageOf(table.totals)).toBeCloseTo(85 / 140);
    expect(duesRateOf(table.totals)).toBeCloseTo(0.55);
    expect(table.totals).toEqual(sumUnions(rows));
  });

  it('keeps the tree: children follow their parent, siblings sorted by name by default', () => {
    expect(buildUnionTable(rows).rows.map((r) => [r.id, r.level])).toEqual([[9, 0], [2, 0], [7, 1], [4, 1]]);
  });

  it('sorts siblings by members using subtotals, descending when asked', () => {
    expect(ids(buildUnionTable(rows, 'members', 'desc'))).toEqual([9, 2, 7, 4]);
    expect(ids(buildUnionTable(rows, 'members', 'asc'))).toEqual([2, 4, 7, 9]);
  });

  it('sorts by report progress, upper levels (no report) first when ascending', () => {
    expect(ids(buildUnionTable(rows, 'report', 'asc'))).toEqual([2, 7, 4, 9]);
    expect(ids(buildUnionTable(rows, 'report', 'desc'))).toEqual([9, 2, 4, 7]);
  });

  it('sorts by the figures: coverage and dues rate (missing ones lowest), money, classification', () => {
    // coverage: Hương Bình 75 %, May Hương Sơn 55 %, the district 85/140 ≈ 61 %, the hospital unknown
    expect(ids(buildUnionTable(rows, 'coverage', 'desc'))).toEqual([2, 4, 7, 9]);
    // dues rate: the hospital 100 %, the district 51,5 %; inside it Hương Bình 90 %, May Hương Sơn 40 %
    expect(ids(buildUnionTable(rows, 'duesRate', 'desc'))).toEqual([9, 2, 4, 7]);
    expect(ids(buildUnionTable(rows, 'welfareSpent', 'asc'))).toEqual([9, 2, 4, 7]);
    // an upper level and a union not classified tie (by name); inside the district HTXSNV before HTTNV
    expect(ids(buildUnionTable(rows, 'classification', 'desc'))).toEqual([9, 2, 7, 4]);
    expect(ids(buildUnionTable(rows, 'agreement', 'desc'))).toEqual([2, 7, 4, 9]);
    for (const key of UNION_SORT_KEYS) {
      expect(buildUnionTable(rows, key)).toHaveProperty('rows.length', 4);
    }
  });

  it('filters the unions that have not submitted, keeping the upper levels above them with their subtotals', () => {
    const table = buildUnionTable(rows, 'name', 'asc', { report: 'not_submitted' });
    expect(ids(table)).toEqual([2, 7, 4]);
    expect(table.totals).toMatchObject({ unions: 2, members: 85 });
    expect(ids(buildUnionTable(rows, 'name', 'asc', { report: 'draft' }))).toEqual([2, 4]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { report: 'submitted' }))).toEqual([9]);
  });

  it('filters by kind and classification, an upper level left without unions disappearing', () => {
    expect(ids(buildUnionTable(rows, 'name', 'asc', { kind: 'public_unit' }))).toEqual([9]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { classification: 'htxsnv' }))).toEqual([2, 7]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { classification: 'none' }))).toEqual([9]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { kind: 'agency', report: 'submitted' }))).toEqual([]);
  });

  it('searches names and codes without diacritics, a union also found by the upper level above it', () => {
    expect(ids(buildUnionTable(rows, 'name', 'asc', { search: 'huong binh' }))).toEqual([2, 4]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { search: '  BENH   vien ' }))).toEqual([9]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { search: 'huong tra' }))).toEqual([2, 7, 4]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { search: 'c7' }))).toEqual([2, 7]);
    expect(ids(buildUnionTable(rows, 'name', 'asc', { search: '   ' }))).toEqual([9, 2, 7, 4]);
  });

  it('groups the unions by kind, each with its subtotal and sorted by the chosen column', () => {
    const table = buildUnionTable(rows, 'members', 'desc');
    expect(table.byKind.map((g) => [g.kind, g.sums.unions, g.sums.members, g.rows.map((r) => r.id)])).toEqual([
      ['agency', 1, 30, [4]], ['public_unit', 1, 120, [9]], ['private_enterprise', 1, 55, [7]],
    ]);
    expect(buildUnionTable(rows, 'name', 'asc', { report: 'not_submitted' }).byKind.map((g) => g.kind)).toEqual(['agency', 'private_enterprise']);
  });

  it('counts the unions per coverage band', () => {
    expect(countCoverageBands(rows)).toEqual({ below50: 0, from50: 1, from70: 1, from90: 0, unknown: 1 });
  });

  it('puts a row whose parent is not listed at the top level', () => {
    const table = buildUnionTable([union(7, 'CĐCS Công ty May Hương Sơn', 99, 60, 42, 'finalised')]);
    expect(table.rows.map((r) => [r.id, r.level])).toEqual([[7, 0]]);
    expect(table.totals.members).toBe(60);
  });

  it('handles an empty list', () => {
    expect(buildUnionTable([])).toEqual({ rows: [], totals: emptySums(), byKind: [] });
  });
});
