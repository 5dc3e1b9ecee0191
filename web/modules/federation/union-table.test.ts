import { describe, expect, it } from 'vitest';
import type { SubordinateRow } from '../../../shared/contracts/federation.contract.ts';
import type { AnnualReportStatus } from '../../../shared/contracts/reports.contract.ts';
import { buildUnionTable } from './union-table.ts';

const report = (state: AnnualReportStatus['state']): AnnualReportStatus => ({
  state, draftUpdatedAt: null, version: null, number: null, issuedOn: null, finalisedAt: null, submittedAt: null,
});
const upper = (id: number, name: string, parentId: number): SubordinateRow => ({
  id, code: `U${id}`, name, kind: 'district_federation', isUpperLevel: true, parentId, depth: 1,
  establishedOn: '1990-01-01', endedOn: null, members: 0, women: 0, suspended: 0, report: null,
});
const union = (id: number, name: string, parentId: number, members: number, women: number, state: AnnualReportStatus['state']): SubordinateRow => ({
  id, code: `C${id}`, name, kind: 'agency', isUpperLevel: false, parentId, depth: 2,
  establishedOn: '2000-01-01', endedOn: null, members, women, suspended: 0, report: report(state),
});

// The city federation (id 1) on 31/12/2023: a district federation with two unions, and one union directly under it.
const rows: SubordinateRow[] = [
  upper(2, 'LĐLĐ thị xã Hương Trà', 1),
  union(4, 'CĐCS cơ quan xã Hương Bình', 2, 30, 7, 'draft'),
  union(7, 'CĐCS Công ty May Hương Sơn', 2, 55, 39, 'not_started'),
  union(9, 'CĐCS Bệnh viện', 1, 120, 80, 'submitted'),
];

describe('the list of unions under an upper level', () => {
  it('gives every upper level the subtotal of the unions below it, and a grand total over unions only', () => {
    const table = buildUnionTable(rows);
    const district = table.rows.find((r) => r.id === 2)!;
    expect(district).toMatchObject({ level: 0, totalMembers: 85, totalWomen: 46, unions: 2 });
    expect(table.rows.find((r) => r.id === 4)).toMatchObject({ level: 1, totalMembers: 30, totalWomen: 7, unions: 1 });
    expect(table.totals).toEqual({
      unions: 3, members: 205, women: 126, reports: { not_started: 1, draft: 1, finalised: 0, submitted: 1 },
    });
  });

  it('keeps the tree: children follow their parent, siblings sorted by name by default', () => {
    expect(buildUnionTable(rows).rows.map((r) => [r.id, r.level])).toEqual([[9, 0], [2, 0], [7, 1], [4, 1]]);
  });

  it('sorts siblings by members using subtotals, descending when asked', () => {
    expect(buildUnionTable(rows, 'members', 'desc').rows.map((r) => r.id)).toEqual([9, 2, 7, 4]);
    expect(buildUnionTable(rows, 'members', 'asc').rows.map((r) => r.id)).toEqual([2, 4, 7, 9]);
  });

  it('sorts by report progress, upper levels (no report) first when ascending', () => {
    expect(buildUnionTable(rows, 'report', 'asc').rows.map((r) => r.id)).toEqual([2, 7, 4, 9]);
    expect(buildUnionTable(rows, 'report', 'desc').rows.map((r) => r.id)).toEqual([9, 2, 4, 7]);
  });

  it('puts a row whose parent is not listed at the top level', () => {
    const table = buildUnionTable([union(7, 'CĐCS Công ty May Hương Sơn', 99, 60, 42, 'finalised')]);
    expect(table.rows.map((r) => [r.id, r.level])).toEqual([[7, 0]]);
    expect(table.totals.members).toBe(60);
  });

  it('handles an empty list', () => {
    expect(buildUnionTable([])).toEqual({ rows: [], totals: { unions: 0, members: 0, women: 0, reports: { not_started: 0, draft: 0, finalised: 0, submitted: 0 } } });
  });
});
