// The submission of annual reports upward (issue 15 item 3): deadlines set by an upper level, its inbox of a year with
// who is on time, late or yet to submit, returning a report for correction, and the reminder on a union's dashboard.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, forbidden, invalid, notFound } from '../../core/errors.ts';
import { assertWritable, getOrgTree, requireOrgAt, upperLevelKinds } from '../orgs/orgs.service.ts';
import { descendantsOf } from '../federation/subtree.ts';
import type {
  InboxSubmission, InboxYearView, NonSubmitter, ReportDeadlinesView, ReportDeadlineView, SubmissionReminder,
} from '../../../shared/contracts/reports.contract.ts';
import { annualReportStatusesOf, toVersionView } from './reports.service.ts';
import { findVersion, findVersions } from './reports.repo.ts';
import { applicableDeadline, daysLeft, dueOnProblem, timelinessOf, vietnamDay, type ParentMap } from './deadlines.ts';
import {
  deleteDeadline, findChainUp, findDeadlines, findParents, findSubmittedOfYear, markReturned, upsertDeadline, type DeadlineRow,
} from './submissions.repo.ts';

const toDeadlineView = (d: DeadlineRow): ReportDeadlineView => ({
  year: d.year, dueOn: d.dueOn, setByOrgId: d.orgId, setByOrgName: d.orgName, setAt: new Date(d.setAt).toISOString(),
});

/** Loads each tree a deadline's day needs once. */
function treesOf(load: (day: string) => Promise<ParentMap>, deadlines: readonly DeadlineRow[]) {
  return Promise.all([...new Set(deadlines.map((d) => d.dueOn))].map(async (day) => [day, await load(day)] as const))
    .then((pairs) => {
      const trees = new Map(pairs);
      return (day: string) => trees.get(day) ?? new Map();
    });
}

async function deadlinesOf(db: Db, orgId: number, year: number): Promise<ReportDeadlinesView> {
  const all = await findDeadlines(db, year);
  const own = all.find((d) => d.orgId === orgId) ?? null;
  const treeOn = await treesOf((day) => findChainUp(db, orgId, day), all);
  const applies = applicableDeadline(orgId, all, treeOn);
  return { year, own: own && toDeadlineView(own), applies: applies && toDeadlineView(applies) };
}

/** An organisation's own deadline of the year (for the unions under it) and the one that applies to it from above. */
export async function getDeadlines(db: Db, caller: Caller, orgId: number, year: number): Promise<ReportDeadlinesView> {
  await assertCan(db, caller, orgId, 'org.read', today());
  return deadlinesOf(db, orgId, year);
}

async function assertUpperLevel(db: Db, orgId: number) {
  const org = await requireOrgAt(db, orgId, today());
  if (!(await upperLevelKinds(db)).has(org.kind)) {
    throw invalid('Chỉ công đoàn cấp trên mới đặt hạn nộp báo cáo cho các công đoàn trực thuộc');
  }
}

/** Sets or moves the deadline of the year for the unions under this upper level. */
export async function setDeadline(db: Db, caller: Caller, orgId: number, year: number, dueOn: string): Promise<ReportDeadlinesView> {
  await assertCan(db, caller, orgId, 'reports.inbox', today());
  await assertWritable(db, orgId);
  await assertUpperLevel(db, orgId);
  const problem = dueOnProblem(year, dueOn);
  if (problem) {
    throw invalid(problem, { field: 'dueOn' });
  }
  const before = (await findDeadlines(db, year)).find((d) => d.orgId === orgId);
  await db.transaction().execute(async (tx) => {
    await upsertDeadline(tx, orgId, year, dueOn, caller.userId);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: before ? 'update' : 'create', entity: 'report_deadline', entityId: year,
      before: before ? { dueOn: before.dueOn } : undefined, after: { dueOn },
    });
  });
  return deadlinesOf(db, orgId, year);
}

export async function removeDeadline(db: Db, caller: Caller, orgId: number, year: number): Promise<ReportDeadlinesView> {
  await assertCan(db, caller, orgId, 'reports.inbox', today());
  await assertWritable(db, orgId);
  const before = (await findDeadlines(db, year)).find((d) => d.orgId === orgId);
  if (!before) {
    throw notFound(`Chưa đặt hạn nộp báo cáo năm ${year}`);
  }
  await db.transaction().execute(async (tx) => {
    await deleteDeadline(tx, orgId, year);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'report_deadline', entityId: year, before: { dueOn: before.dueOn } });
  });
  return deadlinesOf(db, orgId, year);
}

/**
 * The year's inbox of an upper level: the versions submitted by the grassroots unions under it (any depth, in the tree
 * of `date`) or sent to it, each against the deadline that applied to its union; and the unions yet to submit.
 */
export async function inboxOfYear(db: Db, caller: Caller, orgId: number, year: number, date: string): Promise<InboxYearView> {
  await assertCan(db, caller, orgId, 'reports.inbox', today());
  await requireOrgAt(db, orgId, date);
  const [tree, upper, all] = await Promise.all([getOrgTree(db, caller, date), upperLevelKinds(db), findDeadlines(db, year)]);
  const unions = descendantsOf(tree, orgId).filter((n) => n.kind !== 'union_group' && !upper.has(n.kind));
  const names = new Map(tree.map((n) => [n.id, n.name]));
  const ids = unions.map((n) => n.id);
  const [statuses, submittedRows, treeOn, deadlines] = await Promise.all([
    annualReportStatusesOf(db, ids, year),
    findSubmittedOfYear(db, ids, orgId, year),
    treesOf((day) => findParents(db, day), all),
    deadlinesOf(db, orgId, year),
  ]);
  const dueOf = new Map<number, DeadlineRow | null>();
  const due = (unionId: number) => {
    if (!dueOf.has(unionId)) {
      dueOf.set(unionId, applicableDeadline(unionId, all, treeOn));
    }
    return dueOf.get(unionId) ?? null;
  };
  const latestVersion = new Map<number, number>();
  for (const r of submittedRows) {
    latestVersion.set(r.org_id, Math.max(latestVersion.get(r.org_id) ?? 0, r.version));
  }
  const submitted: InboxSubmission[] = submittedRows.map((r) => {
    const dueOn = due(r.org_id)?.dueOn ?? null;
    return {
      ...toVersionView(r), orgName: r.org_name, unionCode: r.org_code, dueOn,
      ...timelinessOf(vietnamDay(r.submitted_at!), dueOn), latest: latestVersion.get(r.org_id) === r.version,
    };
  });
  const now = today();
  const notSubmitted: NonSubmitter[] = unions.flatMap((n) => {
    const report = statuses.get(n.id);
    if (!report || report.state === 'submitted') {
      return [];
    }
    const dueOn = due(n.id)?.dueOn ?? null;
    return [{
      orgId: n.id, code: n.code, name: n.name, parentName: n.parentId ? (names.get(n.parentId) ?? null) : null, report, dueOn,
      daysLeft: dueOn ? daysLeft(now, dueOn) : null,
    }];
  });
  return { orgId, year, asOf: date, today: now, deadlines, submitted, notSubmitted, unionCount: unions.length };
}

/**
 * Sends a submitted version back for correction. Only an officer of the body it was sent to (or above it) may; the
 * version stays in the history, and the union must finalise and submit a new one.
 */
export async function returnVersion(db: Db, caller: Caller, orgId: number, versionId: number, comment: string) {
  await assertCan(db, caller, orgId, 'org.read', today());
  const version = await findVersion(db, orgId, versionId);
  if (!version) {
    throw notFound('Không tìm thấy báo cáo');
  }
  try {
    // The level it was sent to (or, not sent yet, any level above the union) decides, before its state is told.
    await assertCan(db, caller, version.submitted_to ?? orgId, 'reports.inbox', today());
  } catch (err) {
    // The union's own people may read it, but only the receiving level returns it.
    throw err instanceof AppError ? forbidden() : err;
  }
  if (!version.submitted_to || !version.submitted_at) {
    throw invalid('Báo cáo này chưa được gửi lên cấp trên nên không trả lại được');
  }
  if (version.returned_at) {
    throw new AppError('CONFLICT', 'Báo cáo này đã được trả lại');
  }
  const versions = await findVersions(db, orgId, version.year, 'annual');
  if (versions[0]?.id !== versionId) {
    throw new AppError('CONFLICT', 'Công đoàn đã có phiên bản mới hơn của báo cáo này; chỉ trả lại được phiên bản mới nhất');
  }
  await db.transaction().execute(async (tx) => {
    await markReturned(tx, versionId, caller.userId, comment);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'status', entity: 'report', entityId: versionId,
      before: { state: 'submitted' }, after: { state: 'returned', comment, by: version.submitted_to },
    });
  });
  return (await findVersions(db, orgId, version.year, 'annual')).map(toVersionView).find((v) => v.id === versionId)!;
}

/**
 * A grassroots union's reports of `year` and the year before not yet submitted while a deadline applies (a returned
 * one included, with the comment); none for an upper level.
 */
export async function submissionReminders(db: Db, caller: Caller, orgId: number, year: number): Promise<SubmissionReminder[]> {
  await assertCan(db, caller, orgId, 'reports.read', today());
  const org = await requireOrgAt(db, orgId, today());
  if ((await upperLevelKinds(db)).has(org.kind) || org.kind === 'union_group') {
    return [];
  }
  const now = today();
  const out: SubmissionReminder[] = [];
  for (const y of [year - 1, year]) {
    const [deadlines, statuses] = await Promise.all([deadlinesOf(db, orgId, y), annualReportStatusesOf(db, [orgId], y)]);
    const report = statuses.get(orgId);
    if (deadlines.applies && report && report.state !== 'submitted') {
      out.push({ year: y, dueOn: deadlines.applies.dueOn, setByOrgName: deadlines.applies.setByOrgName, daysLeft: daysLeft(now, deadlines.applies.dueOn), report });
    }
  }
  return out;
}
