import type { RollupTotals, SubordinateRow, UnionFigures } from '../contracts/federation.contract.ts';

// Sums of the grassroots unions' figures: the grand total, per upper level (its whole subtree) and per kind. Pure.

/** A union without any record: the figures the roll-up starts from. */
export const noFigures = (): UnionFigures => ({
  employees: null, titlesRegistered: 0, titlesAchieved: 0, classification: null, duesExpected: 0, duesCollected: 0, remitted: 0,
  welfareSpent: 0, agreementInForce: false, dialoguesHeld: 0,
});

export type UnionRow = Pick<SubordinateRow, 'members' | 'women' | 'figures' | 'report'>;

export const emptyTotals = (): RollupTotals => ({
  unions: 0, members: 0, women: 0, employees: 0, unionsWithWorkforce: 0, membersWithWorkforce: 0, titlesRegistered: 0, titlesAchieved: 0, classifications: {},
  duesExpected: 0, duesCollected: 0, remitted: 0, welfareSpent: 0, agreementsInForce: 0, dialoguesHeld: 0, reports: {},
});

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The sum over `unions` (grassroots unions only: an upper level's own row is not passed). */
export function rollupTotals(unions: readonly UnionRow[]): RollupTotals {
  const t = emptyTotals();
  for (const u of unions) {
    const f = u.figures;
    t.unions += 1;
    t.members += u.members;
    t.women += u.women;
    if (f.employees !== null) {
      t.employees += f.employees;
      t.unionsWithWorkforce += 1;
      t.membersWithWorkforce += u.members;
    }
    t.titlesRegistered += f.titlesRegistered;
    t.titlesAchieved += f.titlesAchieved;
    bump(t.classifications, f.classification ?? 'none');
    t.duesExpected += f.duesExpected;
    t.duesCollected += f.duesCollected;
    t.remitted += f.remitted;
    t.welfareSpent += f.welfareSpent;
    t.agreementsInForce += f.agreementInForce ? 1 : 0;
    t.dialoguesHeld += f.dialoguesHeld;
    bump(t.reports, u.report?.state ?? 'not_started');
  }
  return t;
}

type TreeRow = UnionRow & Pick<SubordinateRow, 'id' | 'parentId' | 'kind' | 'isUpperLevel'>;

/** Totals per upper level among `rows` (over the grassroots unions anywhere below it) and per kind of union. */
export function groupTotals(rows: readonly TreeRow[]): { byUpperLevel: Record<string, RollupTotals>; byKind: Record<string, RollupTotals> } {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const upper = new Set(rows.filter((r) => r.isUpperLevel).map((r) => r.id));
  const under = new Map<number, TreeRow[]>([...upper].map((id) => [id, []]));
  const ofKind = new Map<string, TreeRow[]>();
  for (const r of rows) {
    if (r.isUpperLevel) {
      continue;
    }
    const same = ofKind.get(r.kind) ?? [];
    same.push(r);
    ofKind.set(r.kind, same);
    const seen = new Set<number>();
    for (let p = r.parentId; p !== null && !seen.has(p); p = parentOf.get(p) ?? null) {
      seen.add(p);
      under.get(p)?.push(r);
    }
  }
  return {
    byUpperLevel: Object.fromEntries([...under].map(([id, list]) => [String(id), rollupTotals(list)])),
    byKind: Object.fromEntries([...ofKind].map(([kind, list]) => [kind, rollupTotals(list)])),
  };
}
