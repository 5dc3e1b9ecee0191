// Mẫu 2-HĐCĐ of an upper level (ward/commune union, district or provincial federation) on a reporting date: the rows
// of Mẫu 1 (one row list, mau-1-hdcd.rows.ts) combined over every grassroots union below it at any depth in the tree
// of that date, each union's figures loaded by the same loaders as its own Mẫu 1. No access check here: the caller
// (statistical-form.service.ts) has checked the upper level.
import type { Db } from '../../db/client.ts';
import { SYSTEM_CALLER } from '../../core/access.ts';
import type { OrgView } from '../../../shared/contracts/orgs.contract.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { getOrgTree, upperLevelKinds } from '../orgs/orgs.service.ts';
import { keysOf } from './fill-rows.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { loadFigures } from './statistical-form.sources.ts';
import { sumRows, type UnionFigureMap } from './sum-rows.ts';

type SummedUnion = NonNullable<StatisticalFormView['unions']>[number];

/**
 * Unions whose figures load at once. Each union's loaders already run their record kinds side by side (a dozen
 * queries), so a few unions at a time keep the pool busy without taking every connection from other requests.
 */
const UNIONS_AT_ONCE = 3;

export interface SummaryForm {
  view: StatisticalFormView;
  /** Each summed union's figures, in the order of `view.unions` (the .xlsx lists them). */
  perUnion: UnionFigureMap[];
}

/** The grassroots unions (and nghiệp đoàn) below the upper level in the tree of `date`, alive on that date. */
export async function grassrootsUnionsBelow(db: Db, orgId: number, date: string): Promise<SummedUnion[]> {
  // The whole tree of the date, not the caller's view of today's: a union moved since counts where it stood then.
  const [tree, upper] = await Promise.all([getOrgTree(db, SYSTEM_CALLER, date), upperLevelKinds(db)]);
  const start = tree.findIndex((n) => n.id === orgId);
  if (start < 0) {
    return [];
  }
  const below = [];
  for (let i = start + 1; i < tree.length && tree[i].depth > tree[start].depth; i += 1) {
    below.push(tree[i]);
  }
  return below
    .filter((n) => n.kind !== 'union_group' && !upper.has(n.kind) && (n.endedOn === null || n.endedOn > date))
    .map((n) => ({ id: n.id, code: n.code, name: n.name, kind: n.kind }));
}

export async function composeSummaryForm(db: Db, org: OrgView, date: string, from: string): Promise<SummaryForm> {
  const unions = await grassrootsUnionsBelow(db, org.id, date);
  const keys = keysOf(mau1HdcdRows);
  const perUnion = await mapAtMost(unions, UNIONS_AT_ONCE, (u) => loadFigures({ db, orgId: u.id, date, from }, keys));
  return {
    view: {
      form: 'Mẫu 2-HĐCĐ',
      union: { id: org.id, code: org.code, name: org.name, parentName: org.parentName },
      date,
      periodFrom: from,
      rows: sumRows(mau1HdcdRows, perUnion),
      unions,
    },
    perUnion,
  };
}

/** `work` over the items, at most `limit` at a time, results in the items' order. */
async function mapAtMost<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
