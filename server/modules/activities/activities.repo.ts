import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type {
  ActivityAudience, ActivityInput, ActivityKindView, ActivityView, AttendanceStatus, ScheduleInput, ScheduleView,
} from '../../../shared/contracts/activities.contract.ts';

// Only this file holds the SQL of activities. Members and their status periods are read, never written, here.

export const DEFAULT_ATTENDANCE_THRESHOLD = 80;

export async function findKinds(db: Db, orgId: number): Promise<ActivityKindView[]> {
  const rows = await db.selectFrom('activity_kinds').select(['id', 'code', 'name', 'org_id'])
    .where((eb) => eb.or([eb('org_id', 'is', null), eb('org_id', '=', orgId)]))
    .orderBy('sort').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, system: r.org_id === null }));
}

export async function insertKind(tx: Db, orgId: number, code: string, name: string): Promise<number> {
  return (await tx.insertInto('activity_kinds').values({ org_id: orgId, code, name }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findThreshold(db: Db, orgId: number): Promise<number> {
  const row = await db.selectFrom('activity_settings').select('attendance_threshold').where('org_id', '=', orgId).executeTakeFirst();
  return row?.attendance_threshold ?? DEFAULT_ATTENDANCE_THRESHOLD;
}

export async function upsertThreshold(tx: Db, orgId: number, threshold: number): Promise<void> {
  await tx.insertInto('activity_settings').values({ org_id: orgId, attendance_threshold: threshold })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ attendance_threshold: threshold, updated_at: new Date() })).execute();
}

/** The union's tổ (child organisations of kind union_group) as of `date`. */
export async function findGroupIds(db: Db, orgId: number, date: string): Promise<Set<number>> {
  const { rows } = await sql<{ org_id: number }>`SELECT org_id FROM org_versions_at(${date}::date) WHERE parent_id = ${orgId}`.execute(db);
  return new Set(rows.map((r) => r.org_id));
}

export async function movementExists(db: Db, orgId: number, movementId: number): Promise<boolean> {
  return !!(await db.selectFrom('emulation_movements').select('id').where('org_id', '=', orgId).where('id', '=', movementId).executeTakeFirst());
}

// ---- schedules

interface ScheduleRow {
  id: number; kind_id: number; kind_code: string; kind_name: string; title: string; recurrence: 'weekly' | 'monthly';
  weekday: number | null; month_day: number | null; start_time: string | null; valid_from: string; valid_to: string | null;
  place: string | null; audience: ActivityAudience; group_id: number | null;
}
const toSchedule = (r: ScheduleRow): ScheduleView => ({
  id: r.id, kindId: r.kind_id, kindCode: r.kind_code, kindName: r.kind_name, title: r.title, recurrence: r.recurrence,
  weekday: r.weekday, monthDay: r.month_day, startTime: r.start_time, validFrom: r.valid_from, validTo: r.valid_to,
  place: r.place, audience: r.audience, groupId: r.group_id,
});

const scheduleQuery = (db: Db, orgId: number) => db.selectFrom('activity_schedules as s')
  .innerJoin('activity_kinds as k', 'k.id', 's.kind_id')
  .select(['s.id', 's.kind_id', 'k.code as kind_code', 'k.name as kind_name', 's.title', 's.recurrence', 's.weekday', 's.month_day',
    's.start_time', 's.valid_from', 's.valid_to', 's.place', 's.audience', 's.group_id'])
  .where('s.org_id', '=', orgId);

export async function findSchedules(db: Db, orgId: number): Promise<ScheduleView[]> {
  return (await scheduleQuery(db, orgId).orderBy('s.valid_from').orderBy('s.id').execute()).map(toSchedule);
}

export async function findSchedule(db: Db, orgId: number, id: number): Promise<ScheduleView | null> {
  const row = await scheduleQuery(db, orgId).where('s.id', '=', id).executeTakeFirst();
  return row ? toSchedule(row) : null;
}

const scheduleColumns = (s: ScheduleInput) => ({
  kind_id: s.kindId, title: s.title, recurrence: s.recurrence, weekday: s.weekday, month_day: s.monthDay, start_time: s.startTime,
  valid_from: s.validFrom, valid_to: s.validTo, place: s.place, audience: s.audience, group_id: s.groupId,
});

export async function insertSchedule(tx: Db, orgId: number, s: ScheduleInput): Promise<number> {
  return (await tx.insertInto('activity_schedules').values({ org_id: orgId, ...scheduleColumns(s) }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSchedule(tx: Db, orgId: number, id: number, s: ScheduleInput): Promise<void> {
  await tx.updateTable('activity_schedules').set(scheduleColumns(s)).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteSchedule(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('activity_schedules').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Adds one activity per date not yet generated from the schedule (the unique schedule+day makes it idempotent). */
export async function insertOccurrences(tx: Db, orgId: number, s: ScheduleView, dates: readonly string[]): Promise<number> {
  if (dates.length === 0) {
    return 0;
  }
  const rows = await tx.insertInto('activities').values(dates.map((d) => ({
    org_id: orgId, kind_id: s.kindId, schedule_id: s.id, title: s.title, held_on: d, start_time: s.startTime, place: s.place,
    audience: s.audience, group_id: s.groupId,
  }))).onConflict((oc) => oc.columns(['org_id', 'schedule_id', 'held_on']).doNothing()).returning('id').execute();
  return rows.length;
}

// ---- activities

interface ActivityRow {
  id: number; kind_id: number; kind_code: string; kind_name: string; schedule_id: number | null; title: string; held_on: string;
  start_time: string | null; place: string | null; organiser_id: number | null; organiser_name: string | null; movement_id: number | null;
  audience: ActivityAudience; group_id: number | null; cancelled: boolean; note: string | null; taken: boolean;
  present: string | number; excused: string | number; absent: string | number;
}
const toActivity = (r: ActivityRow): ActivityView => ({
  id: r.id, kindId: r.kind_id, kindCode: r.kind_code, kindName: r.kind_name, scheduleId: r.schedule_id, title: r.title, heldOn: r.held_on,
  startTime: r.start_time, place: r.place, organiserId: r.organiser_id, organiserName: r.organiser_name, movementId: r.movement_id,
  audience: r.audience, groupId: r.group_id, cancelled: r.cancelled, note: r.note, attendanceTaken: r.taken,
  present: Number(r.present), excused: Number(r.excused), absent: Number(r.absent),
});

/** Activities with their attendance counts, filtered in SQL; one query for the whole list. */
export async function findActivities(db: Db, orgId: number, f: { from?: string; to?: string; kindCode?: string; id?: number; memberId?: number }): Promise<ActivityView[]> {
  const { rows } = await sql<ActivityRow>`
    SELECT a.id, a.kind_id, k.code AS kind_code, k.name AS kind_name, a.schedule_id, a.title, a.held_on, a.start_time, a.place,
      a.organiser_id, o.full_name AS organiser_name, a.movement_id, a.audience, a.group_id, a.cancelled, a.note,
      a.attendance_taken_at IS NOT NULL AS taken,
      (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'present') AS present,
      (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'excused') AS excused,
      (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'absent') AS absent
    FROM activities a JOIN activity_kinds k ON k.id = a.kind_id LEFT JOIN members o ON o.org_id = a.org_id AND o.id = a.organiser_id
    WHERE a.org_id = ${orgId}
      ${f.from ? sql`AND a.held_on >= ${f.from}::date` : sql``}
      ${f.to ? sql`AND a.held_on <= ${f.to}::date` : sql``}
      ${f.kindCode ? sql`AND k.code = ${f.kindCode}` : sql``}
      ${f.id ? sql`AND a.id = ${f.id}` : sql``}
    ORDER BY a.held_on, a.start_time NULLS FIRST, a.id`.execute(db);
  return rows.map(toActivity);
}

export async function findActivity(db: Db, orgId: number, id: number): Promise<ActivityView | null> {
  return (await findActivities(db, orgId, { id }))[0] ?? null;
}

const activityColumns = (a: ActivityInput) => ({
  kind_id: a.kindId, title: a.title, held_on: a.heldOn, start_time: a.startTime, place: a.place, organiser_id: a.organiserId,
  movement_id: a.movementId, audience: a.audience, group_id: a.groupId, note: a.note,
});

export async function insertActivity(tx: Db, orgId: number, a: ActivityInput): Promise<number> {
  return (await tx.insertInto('activities').values({ org_id: orgId, ...activityColumns(a) }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateActivity(tx: Db, orgId: number, id: number, a: ActivityInput): Promise<void> {
  await tx.updateTable('activities').set(activityColumns(a)).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function setCancelled(tx: Db, orgId: number, id: number, cancelled: boolean): Promise<void> {
  await tx.updateTable('activities').set({ cancelled }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

// ---- expected participants and attendance

export interface ExpectedMember { memberId: number; code: string; fullName: string; groupId: number | null }

/**
 * Who is expected at an activity of the union on `date`: the members đang sinh hoạt that day (their status period in
 * force is an active one), narrowed to the women or to one tổ; sorted by given name (sort_key).
 */
export async function findExpected(db: Db, orgId: number, date: string, audience: ActivityAudience, groupId: number | null): Promise<ExpectedMember[]> {
  const { rows } = await sql<{ id: number; code: string; full_name: string; group_id: number | null }>`
    SELECT m.id, m.code, m.full_name, m.group_id
    FROM members m JOIN derived.member_status_periods p
      ON p.org_id = m.org_id AND p.member_id = m.id AND p.valid_from <= ${date}::date AND p.valid_to > ${date}::date
    WHERE m.org_id = ${orgId} AND p.kind IN ('admitted', 'transferred_in', 'resumed') AND p.since <= ${date}::date
      ${audience === 'women' ? sql`AND m.sex = 'female'` : sql``}
      ${audience === 'group' ? sql`AND m.group_id = ${groupId}` : sql``}
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({ memberId: r.id, code: r.code, fullName: r.full_name, groupId: r.group_id }));
}

export async function findAttendance(db: Db, activityId: number) {
  return db.selectFrom('activity_attendance').select(['member_id', 'status', 'note']).where('activity_id', '=', activityId).execute();
}

/** Replaces the roster of an activity with these rows and marks its attendance taken. */
export async function replaceAttendance(
  tx: Db, orgId: number, activityId: number, rows: readonly { memberId: number; status: AttendanceStatus; note: string | null }[],
): Promise<void> {
  await tx.deleteFrom('activity_attendance').where('activity_id', '=', activityId).execute();
  if (rows.length > 0) {
    await tx.insertInto('activity_attendance').values(rows.map((r) => ({
      org_id: orgId, activity_id: activityId, member_id: r.memberId, status: r.status, note: r.note,
    }))).execute();
  }
  await tx.updateTable('activities').set({ attendance_taken_at: new Date() }).where('id', '=', activityId).execute();
}

export interface YearRecord { memberId: number; code: string; fullName: string; sortKey: string; kindCode: string; kindName: string; status: AttendanceStatus }

/** Every attendance row of the year's activities that were held (not cancelled), with member and kind. */
export async function findYearAttendance(db: Db, orgId: number, year: number, memberId?: number): Promise<YearRecord[]> {
  const { rows } = await sql<{ member_id: number; code: string; full_name: string; sort_key: string; kind_code: string; kind_name: string; status: AttendanceStatus }>`
    SELECT t.member_id, m.code, m.full_name, m.sort_key, k.code AS kind_code, k.name AS kind_name, t.status
    FROM activity_attendance t JOIN activities a ON a.org_id = t.org_id AND a.id = t.activity_id JOIN activity_kinds k ON k.id = a.kind_id
      JOIN members m ON m.org_id = t.org_id AND m.id = t.member_id
    WHERE a.org_id = ${orgId} AND NOT a.cancelled AND a.held_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
      ${memberId ? sql`AND t.member_id = ${memberId}` : sql``}
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({ memberId: r.member_id, code: r.code, fullName: r.full_name, sortKey: r.sort_key, kindCode: r.kind_code, kindName: r.kind_name, status: r.status }));
}

/** A member's attendance rows of the year, with their activities. */
export async function findMemberAttendance(db: Db, orgId: number, memberId: number, year: number) {
  return db.selectFrom('activity_attendance as t').innerJoin('activities as a', (j) => j.onRef('a.org_id', '=', 't.org_id').onRef('a.id', '=', 't.activity_id'))
    .innerJoin('activity_kinds as k', 'k.id', 'a.kind_id')
    .select(['a.id', 'a.title', 'k.name as kind_name', 'a.held_on', 't.status'])
    .where('t.org_id', '=', orgId).where('t.member_id', '=', memberId).where('a.cancelled', '=', false)
    .where('a.held_on', '>=', `${year}-01-01`).where('a.held_on', '<=', `${year}-12-31`)
    .orderBy('a.held_on').execute();
}

// ---- cultural families

export async function findCulturalFamilies(db: Db, orgId: number, year: number) {
  return db.selectFrom('cultural_families').select(['member_id', 'recognised', 'note']).where('org_id', '=', orgId).where('year', '=', year).execute();
}

export async function upsertCulturalFamilies(
  tx: Db, orgId: number, year: number, marks: readonly { memberId: number; recognised: boolean; note: string | null }[],
): Promise<void> {
  if (marks.length === 0) {
    return;
  }
  await tx.insertInto('cultural_families').values(marks.map((m) => ({ org_id: orgId, member_id: m.memberId, year, recognised: m.recognised, note: m.note })))
    .onConflict((oc) => oc.columns(['org_id', 'member_id', 'year']).doUpdateSet((eb) => ({
      recognised: eb.ref('excluded.recognised'), note: eb.ref('excluded.note'), updated_at: new Date(),
    }))).execute();
}

/** Members đang sinh hoạt at some time in the year (the cultural-family grid lists them). */
export async function findMembersOfYear(db: Db, orgId: number, year: number) {
  const { rows } = await sql<{ id: number; code: string; full_name: string }>`
    SELECT m.id, m.code, m.full_name FROM members m
    WHERE m.org_id = ${orgId} AND EXISTS (
      SELECT 1 FROM derived.member_status_periods p
      WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
        AND p.since <= ${`${year}-12-31`}::date AND p.valid_to > ${`${year}-01-01`}::date)
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({ memberId: r.id, code: r.code, fullName: r.full_name }));
}
