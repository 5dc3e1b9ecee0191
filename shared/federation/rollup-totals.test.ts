import { describe, expect, it } from 'vitest';
import { emptyTotals, groupTotals, noFigures, rollupTotals } from './rollup-totals.ts';
import type { SubordinateRow } from '../contracts/federation.contract.ts';

type Row = Pick<SubordinateRow, 'id' | 'parentId' | 'kind' | 'isUpperLevel' | 'members' | 'women' | 'figures' | 'report'>;
const status = (state: 'draft' | 'submitted') => ({
  state, draftUpdatedAt: null, version: null, number: null, issuedOn: null, finalisedAt: null, submittedAt: null, returned: null,
}) as unknown as SubordinateRow['report'];
const union = (id: number, parentId: number, kind: string, members: number, women: number, f: Partial<SubordinateRow['figures']> = {}, report: SubordinateRow['report'] = null): Row => ({
  id, parentId, kind: kind as Row['kind'], isUpperLevel: false, members, women, figures: { ...noFigures(), ...f }, report,
});
const upper = (id: number, parentId: number | null): Row => ({
  id, parentId, kind: 'commune_union', isUpperLevel: true, members: 0, women: 0, figures: noFigures(), report: null,
});

describe('rollupTotals', () => {
  it('sums nothing to zeros', () => {
    expect(rollupTotals([])).toEqual(emptyTotals());
  });

  it('sums the figures, counts the unions with workforce figures, per classification and per report state', () => {
    const t = rollupTotals([
      union(1, 0, 'agency', 30, 7, { employees: null, titlesRegistered: 5, classification: 'htxsnv', duesExpected: 1_000_000, remitted: 400_000 }, status('draft')),
      union(2, 0, 'private_enterprise', 60, 42, { employees: 120, titlesAchieved: 3, agreementInForce: true, dialoguesHeld: 2, welfareSpent: 2_500_000, duesCollected: 900_000 }),
    ]);
    expect(t).toEqual({
      unions: 2, members: 90, women: 49, employees: 120, unionsWithWorkforce: 1, membersWithWorkforce: 60, titlesRegistered: 5, titlesAchieved: 3,
      classifications: { htxsnv: 1, none: 1 }, duesExpected: 1_000_000, duesCollected: 900_000, remitted: 400_000, welfareSpent: 2_500_000,
      agreementsInForce: 1, dialoguesHeld: 2, reports: { draft: 1, not_started: 1 },
    });
  });
});

describe('groupTotals', () => {
  it("gives an upper level its whole subtree's unions, and each kind its unions", () => {
    // 10 ─┬─ 11 ── 1 (agency)
    //     ├─ 2 (enterprise)
    // 20 ──── 3 (agency)        (10 and 20 both below the organisation asked about)
    const rows = [upper(10, 0), upper(11, 10), union(1, 11, 'agency', 5, 1), union(2, 10, 'private_enterprise', 7, 2), upper(20, 0),
      union(3, 20, 'agency', 11, 3, {}, status('submitted'))];
    const { byUpperLevel, byKind } = groupTotals(rows);
    expect(Object.fromEntries(Object.entries(byUpperLevel).map(([k, v]) => [k, [v.unions, v.members]]))).toEqual({
      10: [2, 12], 11: [1, 5], 20: [1, 11],
    });
    expect(Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, [v.unions, v.members, v.reports]]))).toEqual({
      agency: [2, 16, { not_started: 1, submitted: 1 }], private_enterprise: [1, 7, { not_started: 1 }],
    });
  });
});
