import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { MeetingInput, VoteThreshold, VotesInput } from '../../../shared/contracts/emulation-meetings.contract.ts';
import type { TitleCode } from './emulation.tables.ts';

// The SQL of the evaluation meetings (họp bình xét) and of the union's pass threshold.

export async function findThreshold(db: Db, orgId: number): Promise<VoteThreshold | null> {
  const row = await db.selectFrom('emulation_vote_thresholds').select(['numerator', 'denominator', 'inclusive'])
    .where('org_id', '=', orgId).executeTakeFirst();
  return row ?? null;
}

export async function saveThreshold(db: Db, orgId: number, t: VoteThreshold): Promise<void> {
  await db.insertInto('emulation_vote_thresholds').values({ org_id: orgId, ...t })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ ...t, updated_at: new Date() })).execute();
}

export interface MemberOfYear { id: number; fullName: string; active: boolean }

/** Members of this union among `ids`, and whether each was active (đang sinh hoạt) at some time in the year. */
export async function findMembersOfYear(db: Db, orgId: number, ids: readonly number[], year: number): Promise<MemberOfYear[]> {
  if (ids.length === 0) {
    return [];
  }
  const { rows } = await sql<{ id: number; full_name: string; active: boolean }>`
    SELECT m.id, m.full_name, EXISTS (
      SELECT 1 FROM derived.member_status_periods p
      WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
        AND p.since <= make_date(${year}::int, 12, 31) AND p.valid_to > make_date(${year}::int, 1, 1)
    ) AS active
    FROM members m WHERE m.org_id = ${orgId} AND m.id IN (${sql.join(ids.map((id) => sql`${id}`))})`.execute(db);
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, active: r.active }));
}

export async function insertMeeting(
  db: Db, orgId: number, m: MeetingInput, attendeeCount: number, t: VoteThreshold,
): Promise<number> {
  const { id } = await db.insertInto('emulation_meetings').values({
    org_id: orgId, year: m.year, held_on: m.heldOn, place: m.place, chair_name: m.chairName, secretary_name: m.secretaryName,
    members_total: m.membersTotal, attendee_count: attendeeCount, content: m.content,
    threshold_numerator: t.numerator, threshold_denominator: t.denominator, threshold_inclusive: t.inclusive,
  }).returning('id').executeTakeFirstOrThrow();
  if (m.attendeeIds.length > 0) {
    await db.insertInto('emulation_meeting_attendees')
      .values(m.attendeeIds.map((memberId) => ({ org_id: orgId, meeting_id: id, member_id: memberId }))).execute();
  }
  return id;
}

export async function replaceVotes(db: Db, orgId: number, meetingId: number, votes: VotesInput['votes']): Promise<void> {
  await db.deleteFrom('emulation_votes').where('org_id', '=', orgId).where('meeting_id', '=', meetingId).execute();
  if (votes.length > 0) {
    await db.insertInto('emulation_votes').values(votes.map((v) => ({
      org_id: orgId, meeting_id: meetingId, member_id: v.memberId, title: v.title, votes_for: v.votesFor, votes_cast: v.votesCast,
    }))).execute();
  }
}

export interface MeetingRow {
  id: number; year: number; heldOn: string; place: string; chairName: string; secretaryName: string; membersTotal: number | null;
  attendeeCount: number; content: string | null; threshold: VoteThreshold;
  attendees: { memberId: number; memberName: string }[];
  votes: { memberId: number; memberName: string; category: string; position: string | null; title: TitleCode; votesFor: number; votesCast: number }[];
}

/** The union's meetings of a year, or one meeting: one query, attendees and votes as JSON arrays. */
export async function findMeetings(db: Db, orgId: number, where: { year: number } | { id: number }): Promise<MeetingRow[]> {
  const filter = 'year' in where ? sql`g.year = ${where.year}` : sql`g.id = ${where.id}`;
  const { rows } = await sql<{
    id: number; year: number; held_on: string; place: string; chair_name: string; secretary_name: string; members_total: number | null;
    attendee_count: number; content: string | null; threshold_numerator: number; threshold_denominator: number; threshold_inclusive: boolean;
    attendees: MeetingRow['attendees']; votes: MeetingRow['votes'];
  }>`
    SELECT g.id, g.year, g.held_on, g.place, g.chair_name, g.secretary_name, g.members_total, g.attendee_count, g.content,
      g.threshold_numerator, g.threshold_denominator, g.threshold_inclusive,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('memberId', m.id, 'memberName', m.full_name) ORDER BY m.sort_key COLLATE "C", m.id)
        FROM emulation_meeting_attendees a JOIN members m ON m.org_id = a.org_id AND m.id = a.member_id WHERE a.meeting_id = g.id), '[]') AS attendees,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('memberId', m.id, 'memberName', m.full_name, 'category', m.category,
          'position', m.position, 'title', v.title, 'votesFor', v.votes_for, 'votesCast', v.votes_cast) ORDER BY m.sort_key COLLATE "C", m.id)
        FROM emulation_votes v JOIN members m ON m.org_id = v.org_id AND m.id = v.member_id WHERE v.meeting_id = g.id), '[]') AS votes
    FROM emulation_meetings g WHERE g.org_id = ${orgId} AND ${filter}
    ORDER BY g.held_on, g.id`.execute(db);
  return rows.map((r) => ({
    id: r.id, year: r.year, heldOn: r.held_on, place: r.place, chairName: r.chair_name, secretaryName: r.secretary_name,
    membersTotal: r.members_total, attendeeCount: r.attendee_count, content: r.content,
    threshold: { numerator: r.threshold_numerator, denominator: r.threshold_denominator, inclusive: r.threshold_inclusive },
    attendees: r.attendees, votes: r.votes,
  }));
}
