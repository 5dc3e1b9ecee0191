import type { Db } from '../../db/client.ts';
import type { IssueInput, MeetingInput } from '../../../shared/contracts/dialogue.contract.ts';
import type { MeetingKind } from './dialogue.tables.ts';
import type { RepRule } from './dialogue.rules.ts';

// The SQL of workplace dialogues and workers' conferences: every query scoped to the union.

export interface MeetingRow {
  id: number; kind: MeetingKind; heldOn: string; employerParticipants: string | null; workerRepsExpected: number; workerRepsPresent: number;
  headcount: number; minutesText: string | null; publishedOn: string | null; note: string | null;
  requestedOn: string | null; requestedBy: 'workers' | 'employer' | null; requestingReps: number | null; answeredOn: string | null;
}
export interface IssueRow {
  id: number; meetingId: number; raisedBy: string | null; issue: string; employerAnswer: string | null; status: 'open' | 'resolved';
  owner: string | null; dueOn: string | null; doneOn: string | null;
}

export async function findMeetings(db: Db, orgId: number, q: { year?: number; id?: number }): Promise<MeetingRow[]> {
  let query = db.selectFrom('workplace_meetings')
    .select(['id', 'kind', 'held_on as heldOn', 'employer_participants as employerParticipants', 'worker_reps_expected as workerRepsExpected',
      'worker_reps_present as workerRepsPresent', 'headcount', 'minutes_text as minutesText', 'published_on as publishedOn', 'note',
      'requested_on as requestedOn', 'requested_by as requestedBy', 'requesting_reps as requestingReps', 'answered_on as answeredOn'])
    .where('org_id', '=', orgId);
  if (q.year) {
    query = query.where('held_on', '>=', `${q.year}-01-01`).where('held_on', '<=', `${q.year}-12-31`);
  }
  if (q.id) {
    query = query.where('id', '=', q.id);
  }
  return query.orderBy('held_on').orderBy('id').execute();
}

/** The issues of the given meetings, in one query. */
export async function findIssues(db: Db, orgId: number, meetingIds: readonly number[]): Promise<IssueRow[]> {
  if (meetingIds.length === 0) {
    return [];
  }
  return db.selectFrom('meeting_issues')
    .select(['id', 'meeting_id as meetingId', 'raised_by as raisedBy', 'issue', 'employer_answer as employerAnswer', 'status', 'owner',
      'due_on as dueOn', 'done_on as doneOn'])
    .where('org_id', '=', orgId).where('meeting_id', 'in', meetingIds).orderBy('id').execute();
}

/** Open issues of any year whose deadline is before `today`, with their meeting. */
export async function findOverdueIssues(db: Db, orgId: number, today: string): Promise<(IssueRow & { heldOn: string; kind: MeetingKind })[]> {
  return db.selectFrom('meeting_issues as i')
    .innerJoin('workplace_meetings as m', (j) => j.onRef('m.id', '=', 'i.meeting_id').onRef('m.org_id', '=', 'i.org_id'))
    .select(['i.id', 'i.meeting_id as meetingId', 'i.raised_by as raisedBy', 'i.issue', 'i.employer_answer as employerAnswer', 'i.status',
      'i.owner', 'i.due_on as dueOn', 'i.done_on as doneOn', 'm.held_on as heldOn', 'm.kind'])
    .where('i.org_id', '=', orgId).where('i.done_on', 'is', null).where('i.due_on', '<', today)
    .orderBy('i.due_on').orderBy('i.id').execute();
}

/** The kinds of meeting held in the year, whether the union has any record at all, and its latest kind. */
export async function findYearKinds(db: Db, orgId: number, year: number): Promise<{ kinds: MeetingKind[]; any: boolean; orgKind: string }> {
  const [kinds, any, org] = await Promise.all([
    db.selectFrom('workplace_meetings').select('kind').distinct().where('org_id', '=', orgId)
      .where('held_on', '>=', `${year}-01-01`).where('held_on', '<=', `${year}-12-31`).execute(),
    db.selectFrom('workplace_meetings').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst(),
    db.selectFrom('org_versions').select('kind').where('org_id', '=', orgId).orderBy('valid_from', 'desc').limit(1).executeTakeFirst(),
  ]);
  return { kinds: kinds.map((k) => k.kind), any: any !== undefined, orgKind: org?.kind ?? '' };
}

export async function findRepRules(db: Db): Promise<RepRule[]> {
  return db.selectFrom('dialogue_rep_rules').select(['valid_from as validFrom', 'min_headcount as minHeadcount', 'min_reps as minReps']).execute();
}

export type DialogueTable = 'workplace_meetings' | 'meeting_issues';

export async function findRow(db: Db, table: DialogueTable, orgId: number, id: number, meetingId?: number): Promise<Record<string, unknown> | undefined> {
  if (table === 'meeting_issues' && meetingId !== undefined) {
    return db.selectFrom('meeting_issues').selectAll().where('org_id', '=', orgId).where('id', '=', id).where('meeting_id', '=', meetingId)
      .executeTakeFirst();
  }
  return db.selectFrom(table).selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function deleteRow(tx: Db, table: DialogueTable, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom(table).where('org_id', '=', orgId).where('id', '=', id).execute();
}

const meetingColumns = (d: MeetingInput) => ({
  kind: d.kind, held_on: d.heldOn, employer_participants: d.employerParticipants, worker_reps_expected: d.workerRepsExpected,
  worker_reps_present: d.workerRepsPresent, headcount: d.headcount, minutes_text: d.minutesText, published_on: d.publishedOn, note: d.note,
  requested_on: d.requestedOn, requested_by: d.requestedBy, requesting_reps: d.requestingReps, answered_on: d.answeredOn,
});
const issueColumns = (d: IssueInput) => ({
  raised_by: d.raisedBy, issue: d.issue, employer_answer: d.employerAnswer, status: d.status, owner: d.owner, due_on: d.dueOn, done_on: d.doneOn,
});

export async function insertMeeting(tx: Db, orgId: number, d: MeetingInput): Promise<number> {
  return (await tx.insertInto('workplace_meetings').values({ org_id: orgId, ...meetingColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateMeeting(tx: Db, orgId: number, id: number, d: MeetingInput): Promise<void> {
  await tx.updateTable('workplace_meetings').set(meetingColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}
export async function insertIssue(tx: Db, orgId: number, meetingId: number, d: IssueInput): Promise<number> {
  return (await tx.insertInto('meeting_issues').values({ org_id: orgId, meeting_id: meetingId, ...issueColumns(d) }).returning('id')
    .executeTakeFirstOrThrow()).id;
}
export async function updateIssue(tx: Db, orgId: number, id: number, d: IssueInput): Promise<void> {
  await tx.updateTable('meeting_issues').set(issueColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** The earliest issue's done_on / due_on of a meeting, so a meeting is not moved after its issues' dates. */
export async function findIssueDates(db: Db, orgId: number, meetingId: number): Promise<string | null> {
  const rows = await db.selectFrom('meeting_issues').select(['due_on', 'done_on']).where('org_id', '=', orgId).where('meeting_id', '=', meetingId).execute();
  const dates = rows.flatMap((r) => [r.due_on, r.done_on]).filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}
