// An upper level's view of the unions below it: the tree of a date, each union's figures on it and for a year (members
// and the roll-up sources of every module), its annual report status, and their sums per upper level and per kind.
import type { Db } from '../../db/client.ts';
import { assertCan, SYSTEM_CALLER, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';
import { getOrgTree, requireOrgAt, upperLevelKinds } from '../orgs/orgs.service.ts';
import { annualReportStatusesOf } from '../reports/reports.service.ts';
import { descendantsOf } from './subtree.ts';
import { unionRollupFigures } from './figures-cache.ts';
import { groupTotals, noFigures, rollupTotals } from '../../../shared/federation/rollup-totals.ts';

/**
 * Every organisation below `orgId` (any depth, tổ công đoàn left out) in the tree of `date`, within what the
 * caller may see: access is checked on today's tree (officers only: `federation.read`), the shape and figures are the
 * date's.
 */
export async function getSubordinates(db: Db, caller: Caller, orgId: number, date: string, year: number, keepIn: Db = db): Promise<SubordinatesView> {
  await assertFederationRead(db, caller, orgId);
  await requireOrgAt(db, orgId, date);
  return rollupOver(db, await getOrgTree(db, caller, date), orgId, date, year, keepIn);
}

/** Officers of the upper level only; a union's chairperson or committee is told why (no role at all: "not found"). */
export async function assertFederationRead(db: Db, caller: Caller, orgId: number): Promise<void> {
  try {
    await assertCan(db, caller, orgId, 'federation.read', today());
  } catch (err) {
    throw err instanceof AppError && err.code === 'FORBIDDEN'
      ? new AppError('FORBIDDEN', 'Chỉ cán bộ công đoàn cấp trên được xem số liệu tổng hợp các công đoàn trực thuộc')
      : err;
  }
}

/** The same view without an access check, over the whole tree of the date (report providers, benchmarks). */
export async function rollupOf(db: Db, orgId: number, date: string, year: number): Promise<SubordinatesView> {
  await requireOrgAt(db, orgId, date);
  return rollupOver(db, await getOrgTree(db, SYSTEM_CALLER, date), orgId, date, year);
}

async function rollupOver(db: Db, tree: readonly OrgTreeNode[], orgId: number, date: string, year: number, keepIn: Db = db): Promise<SubordinatesView> {
  const self = tree.find((node) => node.id === orgId);
  const below = descendantsOf(tree, orgId).filter((node) => node.kind !== 'union_group');
  const upper = await upperLevelKinds(db);
  const unionIds = below.filter((node) => !upper.has(node.kind)).map((node) => node.id);
  const [reports, figures] = await Promise.all([annualReportStatusesOf(db, unionIds, year), unionRollupFigures(db, unionIds, date, year, keepIn)]);
  const rows = below.map((node) => {
    const isUpperLevel = upper.has(node.kind);
    const own = figures.get(node.id);
    return {
      id: node.id, code: node.code, name: node.name, kind: node.kind, isUpperLevel, parentId: node.parentId,
      depth: node.depth - (self?.depth ?? 0), establishedOn: node.establishedOn, endedOn: node.endedOn,
      members: own?.members ?? 0, women: own?.women ?? 0, suspended: own?.suspended ?? 0,
      report: isUpperLevel ? null : (reports.get(node.id) ?? null),
      figures: own?.figures ?? noFigures(),
    };
  });
  return { orgId, asOf: date, year, rows, totals: rollupTotals(rows.filter((r) => !r.isUpperLevel)), ...groupTotals(rows) };
}
