// Đối thoại tại nơi làm việc and hội nghị người lao động: the year's meetings with their checks (NĐ 145/2020), the
// dashboard's flags (no periodic dialogue, no workers' conference, overdue follow-ups), and the writes of meetings and
// their issues, each in a transaction with its audit entry.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  DialogueFlags, DialogueYearView, IssueInput, IssueView, MeetingInput, MeetingView,
} from '../../../shared/contracts/dialogue.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteRow, findIssueDates, findIssues, findMeetings, findOverdueIssues, findRepRules, findRow, findYearKinds, insertIssue, insertMeeting,
  updateIssue, updateMeeting, type IssueRow, type MeetingRow,
} from './dialogue.repo.ts';
import { dialogueThresholdsWith, loadRuleSets, type DialogueThresholds, type LoadedRuleSet } from '../rules/rules.service.ts';
import { quorumMet, requestSigned, requiredReps, workingDaysAfter, type RepRule } from './dialogue.rules.ts';

const ENTERPRISE_KINDS = new Set(['state_enterprise', 'private_enterprise', 'fdi_enterprise', 'cooperative']);
const MISSING_MEETING = 'Không tìm thấy cuộc đối thoại, hội nghị';
const MISSING_ISSUE = 'Không tìm thấy kiến nghị';

const issueViewOf = (i: IssueRow, on: string): IssueView => ({ ...i, overdue: i.doneOn === null && i.dueOn !== null && i.dueOn < on });

/**
 * The thresholds in force on the meeting's day; a meeting from before the first rule known (NĐ 145/2020, 01/02/2021)
 * is checked against the rule in force on `on`.
 */
function thresholdsOf(sets: readonly LoadedRuleSet[], heldOn: string, on: string): DialogueThresholds {
  const t = dialogueThresholdsWith(sets, heldOn) ?? dialogueThresholdsWith(sets, on);
  if (!t) {
    throw new AppError('NOT_FOUND', `Chưa có quy định về đối thoại tại nơi làm việc vào ngày ${formatDateVi(heldOn)}`);
  }
  return t;
}

function meetingViewOf(m: MeetingRow, issues: IssueRow[], rules: RepRule[], sets: readonly LoadedRuleSet[], on: string): MeetingView {
  const t = thresholdsOf(sets, m.heldOn, on);
  const repsRequired = requiredReps(rules, m.heldOn, m.headcount);
  const after = m.publishedOn === null ? null : workingDaysAfter(m.heldOn, m.publishedOn);
  const answered = m.requestedOn === null || m.answeredOn === null ? null : workingDaysAfter(m.requestedOn, m.answeredOn);
  return {
    ...m,
    checks: {
      repsRequired, repsEnough: m.workerRepsExpected >= repsRequired,
      quorumMet: quorumMet(m.workerRepsPresent, m.workerRepsExpected, t.quorumPercent),
      publishedAfterWorkingDays: after, publishedInTime: after !== null && after <= t.publishWorkingDays,
      requestValid: m.kind !== 'requested' || m.requestedBy === null ? null
        : m.requestedBy === 'employer' || requestSigned(m.requestingReps ?? 0, m.workerRepsExpected, t.requestPercent),
      answeredAfterWorkingDays: answered, answeredInTime: answered === null ? null : answered <= t.answerWorkingDays,
    },
    issues: issues.filter((i) => i.meetingId === m.id).map((i) => issueViewOf(i, on)),
  };
}

async function meetingViews(db: Db, orgId: number, q: { year?: number; id?: number }, on: string): Promise<MeetingView[]> {
  const [meetings, rules, sets] = await Promise.all([findMeetings(db, orgId, q), findRepRules(db), loadRuleSets(db)]);
  const issues = await findIssues(db, orgId, meetings.map((m) => m.id));
  return meetings.map((m) => meetingViewOf(m, issues, rules, sets, on));
}

/** What is missing in `year` and the follow-ups past their deadline on `on` (the dashboard and the report). */
export async function dialogueFlagsOf(db: Db, orgId: number, year: number, on: string): Promise<DialogueFlags> {
  const [{ kinds, any, orgKind }, overdue] = await Promise.all([findYearKinds(db, orgId, year), findOverdueIssues(db, orgId, on)]);
  return {
    year, applies: ENTERPRISE_KINDS.has(orgKind) || any,
    hasPeriodicDialogue: kinds.includes('periodic'), hasWorkersConference: kinds.includes('workers_conference'),
    overdueIssues: overdue.map((i) => ({ ...issueViewOf(i, on), heldOn: i.heldOn, kind: i.kind })),
  };
}

export async function getDialogueYear(db: Db, caller: Caller, orgId: number, year: number): Promise<DialogueYearView> {
  const on = today();
  await assertCan(db, caller, orgId, 'dialogue.read', on);
  const [meetings, flags] = await Promise.all([meetingViews(db, orgId, { year }, on), dialogueFlagsOf(db, orgId, year, on)]);
  return { year, meetings, flags };
}

/** The chairperson's dashboard: what is missing in `year` and the follow-ups past their deadline. */
export async function getDialogueFlags(db: Db, caller: Caller, orgId: number, year: number): Promise<DialogueFlags> {
  const on = today();
  await assertCan(db, caller, orgId, 'dialogue.read', on);
  return dialogueFlagsOf(db, orgId, year, on);
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'dialogue.write', today());
  await assertWritable(db, orgId);
}

async function meetingView(db: Db, orgId: number, id: number): Promise<MeetingView> {
  const [view] = await meetingViews(db, orgId, { id }, today());
  if (view === undefined) {
    throw notFound(MISSING_MEETING);
  }
  return view;
}

function checkMeetingDates(d: MeetingInput, earliestIssueDate: string | null) {
  if (d.heldOn > today()) {
    throw invalid('heldOn: Ngày họp không sau hôm nay');
  }
  if (earliestIssueDate !== null && earliestIssueDate < d.heldOn) {
    throw invalid('heldOn: Ngày họp không sau thời hạn, ngày hoàn thành của các kiến nghị');
  }
}

function checkIssueDates(d: IssueInput, heldOn: string) {
  if (d.dueOn !== null && d.dueOn < heldOn) {
    throw invalid('dueOn: Thời hạn không trước ngày họp');
  }
  if (d.doneOn !== null && d.doneOn < heldOn) {
    throw invalid('doneOn: Ngày hoàn thành không trước ngày họp');
  }
  if (d.doneOn !== null && d.doneOn > today()) {
    throw invalid('doneOn: Ngày hoàn thành không sau hôm nay');
  }
}

export async function createMeeting(db: Db, caller: Caller, orgId: number, input: MeetingInput): Promise<MeetingView> {
  await canWrite(db, caller, orgId);
  checkMeetingDates(input, null);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertMeeting(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'workplace_meeting', entityId: newId, after: input });
    return newId;
  });
  return meetingView(db, orgId, id);
}

export async function editMeeting(db: Db, caller: Caller, orgId: number, id: number, input: MeetingInput): Promise<MeetingView> {
  await canWrite(db, caller, orgId);
  const before = await findRow(db, 'workplace_meetings', orgId, id);
  if (!before) {
    throw notFound(MISSING_MEETING);
  }
  checkMeetingDates(input, await findIssueDates(db, orgId, id));
  await db.transaction().execute(async (tx) => {
    await updateMeeting(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'workplace_meeting', entityId: id, before, after: input });
  });
  return meetingView(db, orgId, id);
}

/** A meeting entered by mistake is deleted with its issues; the audit log keeps what it was. */
export async function removeMeeting(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findRow(tx, 'workplace_meetings', orgId, id);
    if (!before) {
      throw notFound(MISSING_MEETING);
    }
    await deleteRow(tx, 'workplace_meetings', orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'workplace_meeting', entityId: id, before });
  });
}

async function heldOnOf(db: Db, orgId: number, meetingId: number): Promise<string> {
  const meeting = await findRow(db, 'workplace_meetings', orgId, meetingId);
  if (!meeting) {
    throw notFound(MISSING_MEETING);
  }
  return meeting.held_on as string;
}

export async function createIssue(db: Db, caller: Caller, orgId: number, meetingId: number, input: IssueInput): Promise<MeetingView> {
  await canWrite(db, caller, orgId);
  checkIssueDates(input, await heldOnOf(db, orgId, meetingId));
  await db.transaction().execute(async (tx) => {
    const id = await insertIssue(tx, orgId, meetingId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'meeting_issue', entityId: id, after: { meetingId, ...input } });
  });
  return meetingView(db, orgId, meetingId);
}

export async function editIssue(db: Db, caller: Caller, orgId: number, meetingId: number, id: number, input: IssueInput): Promise<MeetingView> {
  await canWrite(db, caller, orgId);
  const before = await findRow(db, 'meeting_issues', orgId, id, meetingId);
  if (!before) {
    throw notFound(MISSING_ISSUE);
  }
  checkIssueDates(input, await heldOnOf(db, orgId, meetingId));
  await db.transaction().execute(async (tx) => {
    await updateIssue(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'meeting_issue', entityId: id, before, after: input });
  });
  return meetingView(db, orgId, meetingId);
}

export async function removeIssue(db: Db, caller: Caller, orgId: number, meetingId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findRow(tx, 'meeting_issues', orgId, id, meetingId);
    if (!before) {
      throw notFound(MISSING_ISSUE);
    }
    await deleteRow(tx, 'meeting_issues', orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'meeting_issue', entityId: id, before });
  });
}
