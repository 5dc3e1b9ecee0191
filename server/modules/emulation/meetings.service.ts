import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { compareMemberNames } from '../../../shared/vi/collation.ts';
import {
  DEFAULT_VOTE_THRESHOLD, passesThreshold, thresholdLabel,
  type CandidateView, type MeetingInput, type MeetingView, type VoteThreshold, type VoteThresholdView, type VotesInput,
} from '../../../shared/contracts/emulation-meetings.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { findMeetings, findMembersOfYear, findThreshold, insertMeeting, replaceVotes, saveThreshold, type MeetingRow } from './meetings.repo.ts';

// Họp bình xét: the committee records the meeting and its votes; the chairperson sets the union's pass threshold;
// the union's officers and its federation read. Another union sees nothing (assertCan answers "not found").

const TITLE_ORDER = { ldtt: 0, cstdcs: 1 } as const;

/**
 * Candidates in the order the minutes list them: LĐTT first (CSTĐCS presupposes it), then by share of the votes cast,
 * highest first (compared in integers), more votes for first on a tie, then by name.
 */
export function rankCandidates(votes: MeetingRow['votes'], threshold: VoteThreshold): CandidateView[] {
  return [...votes]
    .sort((a, b) => TITLE_ORDER[a.title] - TITLE_ORDER[b.title]
      || b.votesFor * a.votesCast - a.votesFor * b.votesCast
      || b.votesFor - a.votesFor
      || compareMemberNames(a.memberName, b.memberName))
    .map((v) => ({ ...v, share: v.votesFor / v.votesCast, passed: passesThreshold(v.votesFor, v.votesCast, threshold) }));
}

export function meetingView(row: MeetingRow): MeetingView {
  const { votes, threshold, ...rest } = row;
  return { ...rest, threshold: { ...threshold, label: thresholdLabel(threshold) }, candidates: rankCandidates(votes, threshold) };
}

/** The union's threshold, or the default while it has chosen none. */
async function thresholdOf(db: Db, orgId: number): Promise<VoteThresholdView> {
  const own = await findThreshold(db, orgId);
  const t = own ?? DEFAULT_VOTE_THRESHOLD;
  return { ...t, label: thresholdLabel(t), isDefault: own === null };
}

export async function getVoteThreshold(db: Db, caller: Caller, orgId: number): Promise<VoteThresholdView> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  return thresholdOf(db, orgId);
}

/** The union's own choice (a decision of its committee, recorded by the chairperson). Past meetings keep theirs. */
export async function setVoteThreshold(db: Db, caller: Caller, orgId: number, t: VoteThreshold): Promise<VoteThresholdView> {
  await assertCan(db, caller, orgId, 'emulation.decide', today());
  await assertWritable(db, orgId);
  const before = await findThreshold(db, orgId);
  await db.transaction().execute(async (tx) => {
    await saveThreshold(tx, orgId, t);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'emulation_vote_threshold', entityId: orgId, before, after: t });
  });
  return thresholdOf(db, orgId);
}

/** Each id is a member of this union, active in the year; `field` names the list in the error. */
async function requireMembersOfYear(db: Db, orgId: number, ids: readonly number[], year: number, field: (i: number) => string) {
  const found = new Map((await findMembersOfYear(db, orgId, ids, year)).map((m) => [m.id, m]));
  ids.forEach((id, i) => {
    const m = found.get(id);
    if (!m) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    if (!m.active) {
      throw invalid(`${field(i)}: Đồng chí ${m.fullName} không sinh hoạt tại công đoàn trong năm ${year}`);
    }
  });
}

export async function createMeeting(db: Db, caller: Caller, orgId: number, input: MeetingInput): Promise<{ id: number }> {
  await assertCan(db, caller, orgId, 'emulation.write', today());
  await assertWritable(db, orgId);
  const latest = `${input.year + 1}-03-31`;
  if (input.heldOn < `${input.year}-01-01` || input.heldOn > latest) {
    throw invalid(`heldOn: Họp bình xét năm ${input.year} phải họp trong năm ${input.year} hoặc đến ngày ${formatDateVi(latest)}`);
  }
  const listed = input.attendeeIds.length;
  if (input.attendeeCount !== null && listed > 0 && input.attendeeCount !== listed) {
    throw invalid(`attendeeCount: Số người dự họp (${input.attendeeCount}) khác số đoàn viên có tên trong danh sách dự họp (${listed})`);
  }
  const attendeeCount = input.attendeeCount ?? listed;
  if (input.membersTotal !== null && attendeeCount > input.membersTotal) {
    throw invalid(`attendeeCount: Số người dự họp (${attendeeCount}) nhiều hơn số đoàn viên được triệu tập (${input.membersTotal})`);
  }
  await requireMembersOfYear(db, orgId, input.attendeeIds, input.year, (i) => `attendeeIds.${i}`);
  const threshold = await thresholdOf(db, orgId);
  const id = await db.transaction().execute(async (tx) => {
    const meetingId = await insertMeeting(tx, orgId, input, attendeeCount, threshold);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_meeting', entityId: meetingId, after: input });
    return meetingId;
  });
  return { id };
}

async function requireMeeting(db: Db, orgId: number, meetingId: number): Promise<MeetingRow> {
  const [row] = await findMeetings(db, orgId, { id: meetingId });
  if (!row) {
    throw notFound('Không tìm thấy cuộc họp bình xét');
  }
  return row;
}

export async function listMeetings(db: Db, caller: Caller, orgId: number, year: number): Promise<{ items: MeetingView[] }> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  return { items: (await findMeetings(db, orgId, { year })).map(meetingView) };
}

export async function getMeeting(db: Db, caller: Caller, orgId: number, meetingId: number): Promise<MeetingView> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  return meetingView(await requireMeeting(db, orgId, meetingId));
}

/** The meeting's vote table, replaced as a whole: candidates active in the year, no more votes cast than people present. */
export async function recordVotes(db: Db, caller: Caller, orgId: number, meetingId: number, input: VotesInput): Promise<MeetingView> {
  await assertCan(db, caller, orgId, 'emulation.write', today());
  await assertWritable(db, orgId);
  const meeting = await requireMeeting(db, orgId, meetingId);
  input.votes.forEach((v, i) => {
    if (v.votesCast > meeting.attendeeCount) {
      throw invalid(`votes.${i}.votesCast: Số phiếu bầu (${v.votesCast}) nhiều hơn số người dự họp (${meeting.attendeeCount})`);
    }
  });
  await requireMembersOfYear(db, orgId, input.votes.map((v) => v.memberId), meeting.year, (i) => `votes.${i}.memberId`);
  await db.transaction().execute(async (tx) => {
    await replaceVotes(tx, orgId, meetingId, input.votes);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'update', entity: 'emulation_votes', entityId: meetingId,
      before: meeting.votes.map(({ memberId, title, votesFor, votesCast }) => ({ memberId, title, votesFor, votesCast })), after: input.votes,
    });
  });
  return meetingView(await requireMeeting(db, orgId, meetingId));
}

