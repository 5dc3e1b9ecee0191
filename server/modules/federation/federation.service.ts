// An upper level's view of the unions below it: the tree of a date, member counts on it, report status of a year.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { getOrgTree, requireOrgAt, upperLevelKinds } from '../orgs/orgs.service.ts';
import { memberCountsOf } from '../members/members.service.ts';
import { annualReportStatusesOf } from '../reports/reports.service.ts';
import { descendantsOf } from './subtree.ts';

/**
 * Every organisation below `orgId` (any depth, tổ công đoàn left out) in the tree of `date`, within what the
 * caller may see: access is checked on today's tree, the shape and figures are the date's.
 */
export async function getSubordinates(db: Db, caller: Caller, orgId: number, date: string, year: number): Promise<SubordinatesView> {
  await assertCan(db, caller, orgId, 'org.read', today());
  await requireOrgAt(db, orgId, date);
  const tree = await getOrgTree(db, caller, date);
  const self = tree.find((node) => node.id === orgId);
  const below = descendantsOf(tree, orgId).filter((node) => node.kind !== 'union_group');
  const ids = below.map((node) => node.id);
  const [counts, reports, upper] = await Promise.all([
    memberCountsOf(db, ids, date),
    annualReportStatusesOf(db, ids, year),
    upperLevelKinds(db),
  ]);
  return {
    orgId,
    asOf: date,
    year,
    rows: below.map((node) => {
      const isUpperLevel = upper.has(node.kind);
      const count = counts.get(node.id) ?? { members: 0, women: 0, suspended: 0 };
      return {
        id: node.id, code: node.code, name: node.name, kind: node.kind, isUpperLevel, parentId: node.parentId,
        depth: node.depth - (self?.depth ?? 0), establishedOn: node.establishedOn, endedOn: node.endedOn,
        members: count.members, women: count.women, suspended: count.suspended,
        report: isUpperLevel ? null : (reports.get(node.id) ?? null),
      };
    }),
  };
}
