// Hoạt động công đoàn: kinds, recurring schedules and their occurrences, activities, attendance (điểm danh) and the
// attendance rates behind the report's self-criticism (A.III). Every write checks access, then runs in one
// transaction with its audit entry.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  ActivityInput, ActivityKindInput, ActivityKindView, ActivityList, ActivitySettings, ActivityView, GenerateResult,
  RosterInput, RosterView, ScheduleInput, ScheduleView,
} from '../../../shared/contracts/activities.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteSchedule, findActivities, findActivity, findAttendance, findExpected, findGroupIds, findKinds, findSchedule, findSchedules,
  findThreshold, insertActivity, insertKind, insertOccurrences, insertSchedule, movementExists, replaceAttendance, setCancelled,
  updateActivity, updateSchedule, upsertThreshold,
} from './activities.repo.ts';
import { scheduleOccurrences } from './activities.rules.ts';

export const canRead = (db: Db, caller: Caller, orgId: number) => assertCan(db, caller, orgId, 'activities.read', today());
export async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'activities.write', today());
  await assertWritable(db, orgId);
}

// ---- kinds and settings

export async function listKinds(db: Db, caller: Caller, orgId: number): Promise<ActivityKindView[]> {
  await canRead(db, caller, orgId);
  return findKinds(db, orgId);
}

export async function addKind(db: Db, caller: Caller, orgId: number, input: ActivityKindInput): Promise<ActivityKindView> {
  await canWrite(db, caller, orgId);
  if ((await findKinds(db, orgId)).some((k) => k.code === input.code)) {
    throw new AppError('CONFLICT', `Mã loại hoạt động "${input.code}" đã có`);
  }
  const id = await db.transaction().execute(async (tx) => {
    const kindId = await insertKind(tx, orgId, input.code, input.name);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'activity_kind', entityId: kindId, after: input });
    return kindId;
  });
  return { id, ...input, system: false };
}

async function kindOf(db: Db, orgId: number, kindId: number): Promise<ActivityKindView> {
  const kind = (await findKinds(db, orgId)).find((k) => k.id === kindId);
  if (!kind) {
    throw invalid('kindId: Không có loại hoạt động này');
  }
  return kind;
}

export async function getSettings(db: Db, caller: Caller, orgId: number): Promise<ActivitySettings> {
  await canRead(db, caller, orgId);
  return { attendanceThreshold: await findThreshold(db, orgId) };
}

export async function setSettings(db: Db, caller: Caller, orgId: number, input: ActivitySettings): Promise<ActivitySettings> {
  await canWrite(db, caller, orgId);
  const before = await findThreshold(db, orgId);
  await db.transaction().execute(async (tx) => {
    await upsertThreshold(tx, orgId, input.attendanceThreshold);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'activity_settings', entityId: orgId, before: { attendanceThreshold: before }, after: input });
  });
  return input;
}

/** The tổ of an audience must be a tổ of this union on the date. */
async function checkAudience(db: Db, orgId: number, a: { audience: string; groupId: number | null }, date: string): Promise<void> {
  if (a.groupId !== null && !(await findGroupIds(db, orgId, date)).has(a.groupId)) {
    throw invalid('groupId: Không phải tổ công đoàn của công đoàn này');
  }
}

// ---- schedules

export async function listSchedules(db: Db, caller: Caller, orgId: number): Promise<ScheduleView[]> {
  await canRead(db, caller, orgId);
  return findSchedules(db, orgId);
}

async function requireSchedule(db: Db, orgId: number, id: number): Promise<ScheduleView> {
  const s = await findSchedule(db, orgId, id);
  if (!s) {
    throw notFound('Không tìm thấy lịch hoạt động');
  }
  return s;
}

export async function createSchedule(db: Db, caller: Caller, orgId: number, input: ScheduleInput): Promise<ScheduleView> {
  await canWrite(db, caller, orgId);
  await kindOf(db, orgId, input.kindId);
  await checkAudience(db, orgId, input, input.validFrom);
  const id = await db.transaction().execute(async (tx) => {
    const scheduleId = await insertSchedule(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'activity_schedule', entityId: scheduleId, after: input });
    return scheduleId;
  });
  return requireSchedule(db, orgId, id);
}

/** Changes the schedule; activities already generated keep their own date, place and title. */
export async function editSchedule(db: Db, caller: Caller, orgId: number, id: number, input: ScheduleInput): Promise<ScheduleView> {
  await canWrite(db, caller, orgId);
  const before = await requireSchedule(db, orgId, id);
  await kindOf(db, orgId, input.kindId);
  await checkAudience(db, orgId, input, input.validFrom);
  await db.transaction().execute(async (tx) => {
    await updateSchedule(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'activity_schedule', entityId: id, before, after: input });
  });
  return requireSchedule(db, orgId, id);
}

/** Removes the schedule; the activities it generated stay, with their attendance. */
export async function removeSchedule(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  const before = await requireSchedule(db, orgId, id);
  await db.transaction().execute(async (tx) => {
    await deleteSchedule(tx, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'activity_schedule', entityId: id, before });
  });
}

/** Creates the year's activities of a schedule; dates already generated are left as they are. */
export async function generateOccurrences(db: Db, caller: Caller, orgId: number, id: number, year: number): Promise<GenerateResult> {
  await canWrite(db, caller, orgId);
  const schedule = await requireSchedule(db, orgId, id);
  const dates = scheduleOccurrences(schedule, `${year}-01-01`, `${year}-12-31`);
  const created = await db.transaction().execute(async (tx) => {
    const n = await insertOccurrences(tx, orgId, schedule, dates);
    if (n > 0) {
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'activity_occurrences', entityId: id, after: { year, created: n } });
    }
    return n;
  });
  return { scheduleId: id, year, created, existing: dates.length - created };
}

// ---- activities

export async function listActivities(db: Db, caller: Caller, orgId: number, year: number, kindCode?: string): Promise<ActivityList> {
  await canRead(db, caller, orgId);
  return { year, activities: await findActivities(db, orgId, { from: `${year}-01-01`, to: `${year}-12-31`, kindCode }) };
}

async function requireActivity(db: Db, orgId: number, id: number): Promise<ActivityView> {
  const a = await findActivity(db, orgId, id);
  if (!a) {
    throw notFound('Không tìm thấy hoạt động');
  }
  return a;
}

async function checkActivity(db: Db, orgId: number, input: ActivityInput): Promise<void> {
  await kindOf(db, orgId, input.kindId);
  await checkAudience(db, orgId, input, input.heldOn);
  if (input.movementId !== null && !(await movementExists(db, orgId, input.movementId))) {
    throw invalid('movementId: Không có phong trào thi đua này trong công đoàn');
  }
  if (input.organiserId !== null && !(await db.selectFrom('members').select('id').where('org_id', '=', orgId).where('id', '=', input.organiserId).executeTakeFirst())) {
    throw invalid('organiserId: Không tìm thấy đoàn viên này trong công đoàn');
  }
}

export async function createActivity(db: Db, caller: Caller, orgId: number, input: ActivityInput): Promise<ActivityView> {
  await canWrite(db, caller, orgId);
  await checkActivity(db, orgId, input);
  const id = await db.transaction().execute(async (tx) => {
    const activityId = await insertActivity(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'activity', entityId: activityId, after: input });
    return activityId;
  });
  return requireActivity(db, orgId, id);
}

export async function editActivity(db: Db, caller: Caller, orgId: number, id: number, input: ActivityInput): Promise<ActivityView> {
  await canWrite(db, caller, orgId);
  const before = await requireActivity(db, orgId, id);
  await checkActivity(db, orgId, input);
  if (before.attendanceTaken && (before.heldOn !== input.heldOn || before.audience !== input.audience || before.groupId !== input.groupId)) {
    throw invalid('heldOn: Đã điểm danh: không đổi ngày hoặc đối tượng của hoạt động này');
  }
  try {
    await db.transaction().execute(async (tx) => {
      await updateActivity(tx, orgId, id, input);
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'activity', entityId: id, before, after: input });
    });
  } catch (err) {
    if ((err as { code?: string } | null)?.code === '23505') {
      throw new AppError('CONFLICT', `Lịch này đã có hoạt động ngày ${formatDateVi(input.heldOn)}`);
    }
    throw err;
  }
  return requireActivity(db, orgId, id);
}

/** Hoãn / hủy a planned activity (or undo it); one whose attendance was taken was held and cannot be cancelled. */
export async function cancelActivity(db: Db, caller: Caller, orgId: number, id: number, cancelled: boolean): Promise<ActivityView> {
  await canWrite(db, caller, orgId);
  const before = await requireActivity(db, orgId, id);
  if (cancelled && before.attendanceTaken) {
    throw invalid('cancelled: Hoạt động đã điểm danh, không hủy được');
  }
  await db.transaction().execute(async (tx) => {
    await setCancelled(tx, orgId, id, cancelled);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'activity', entityId: id, before: { cancelled: before.cancelled }, after: { cancelled } });
  });
  return requireActivity(db, orgId, id);
}

// ---- attendance

/** The roster: everyone expected on the day, present unless the saved roster says otherwise. */
export async function getRoster(db: Db, caller: Caller, orgId: number, id: number): Promise<RosterView> {
  await canRead(db, caller, orgId);
  const activity = await requireActivity(db, orgId, id);
  const [expected, saved] = await Promise.all([findExpected(db, orgId, activity.heldOn, activity.audience, activity.groupId), findAttendance(db, id)]);
  const byMember = new Map(saved.map((s) => [s.member_id, s]));
  return {
    activity,
    entries: expected.map((m) => ({ ...m, status: byMember.get(m.memberId)?.status ?? 'present', note: byMember.get(m.memberId)?.note ?? null })),
  };
}

/** Saves the whole roster at once (the phone sends one batch); sending it twice leaves the same rows. */
export async function saveRoster(db: Db, caller: Caller, orgId: number, id: number, input: RosterInput): Promise<RosterView> {
  await canWrite(db, caller, orgId);
  const activity = await requireActivity(db, orgId, id);
  if (activity.cancelled) {
    throw invalid('Hoạt động đã hủy: không điểm danh');
  }
  if (activity.heldOn > today()) {
    throw invalid(`Hoạt động ngày ${formatDateVi(activity.heldOn)} chưa diễn ra: chưa điểm danh được`);
  }
  const expected = await findExpected(db, orgId, activity.heldOn, activity.audience, activity.groupId);
  const expectedIds = new Map(expected.map((m) => [m.memberId, m]));
  const given = new Map<number, RosterInput['entries'][number]>();
  for (const [i, e] of input.entries.entries()) {
    if (!expectedIds.has(e.memberId)) {
      const name = (await db.selectFrom('members').select('full_name').where('org_id', '=', orgId).where('id', '=', e.memberId).executeTakeFirst())?.full_name;
      throw invalid(name
        ? `entries.${i}.memberId: ${name} không thuộc đối tượng tham gia hoạt động ngày ${formatDateVi(activity.heldOn)}`
        : `entries.${i}.memberId: Không tìm thấy đoàn viên này trong công đoàn`);
    }
    if (given.has(e.memberId)) {
      throw invalid(`entries.${i}.memberId: ${expectedIds.get(e.memberId)!.fullName} được ghi hai lần`);
    }
    given.set(e.memberId, e);
  }
  const rows = expected.map((m) => ({ memberId: m.memberId, status: given.get(m.memberId)?.status ?? 'present' as const, note: given.get(m.memberId)?.note ?? null }));
  const before = await findAttendance(db, id);
  await db.transaction().execute(async (tx) => {
    await replaceAttendance(tx, orgId, id, rows);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: before.length > 0 ? 'update' : 'create', entity: 'activity_attendance', entityId: id,
      before: before.length > 0 ? before.filter((b) => b.status !== 'present') : undefined,
      after: rows.filter((r) => r.status !== 'present'),
    });
  });
  return getRoster(db, caller, orgId, id);
}
