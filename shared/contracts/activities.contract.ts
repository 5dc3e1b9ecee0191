import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';

// Hoạt động công đoàn: kinds, recurring schedules, activities, attendance (điểm danh), rates, gia đình văn hóa.

export const activityYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');
export const attendanceStatus = z.enum(['present', 'excused', 'absent']);
export type AttendanceStatus = z.infer<typeof attendanceStatus>;
export const activityAudience = z.enum(['union', 'group', 'women']);
export type ActivityAudience = z.infer<typeof activityAudience>;

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const optional = (max: number, what: string) => text(2, max, what).nullish().transform((v) => v || null);
const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM').nullish().transform((v) => v || null);

export const activityKindInput = z.strictObject({
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Mã gồm chữ thường không dấu, số và gạch ngang (2–40 ký tự)'),
  name: text(2, 100, 'Tên loại hoạt động'),
});
export type ActivityKindInput = z.infer<typeof activityKindInput>;
export const activityKindView = z.object({ id: z.number(), code: z.string(), name: z.string(), system: z.boolean() });
export type ActivityKindView = z.infer<typeof activityKindView>;

/** Who is expected: the whole union, one tổ (groupId), or the women of the union. */
const audienceFields = {
  audience: activityAudience.default('union'),
  groupId: idRef.nullish().transform((v) => v ?? null),
};
const audienceRefine = <T extends { audience: ActivityAudience; groupId: number | null }>(v: T) => (v.audience === 'group') === (v.groupId !== null);
const audienceMessage = { message: 'Chọn tổ công đoàn khi đối tượng là một tổ (và chỉ khi đó)', path: ['groupId'] };

export const scheduleInput = z.strictObject({
  kindId: idRef,
  title: text(2, 200, 'Tên hoạt động'),
  recurrence: z.enum(['weekly', 'monthly']),
  /** ISO weekday: 1 thứ Hai … 5 thứ Sáu … 7 Chủ nhật. */
  weekday: z.number().int().min(1, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)').max(7, 'Thứ từ 1 (thứ Hai) đến 7 (Chủ nhật)').nullish().transform((v) => v ?? null),
  /** Day of the month; past the month's end it falls on the last day. */
  monthDay: z.number().int().min(1, 'Ngày trong tháng từ 1 đến 31').max(31, 'Ngày trong tháng từ 1 đến 31').nullish().transform((v) => v ?? null),
  startTime,
  validFrom: isoDate,
  validTo: isoDate.nullish().transform((v) => v ?? null),
  place: optional(200, 'Địa điểm'),
  ...audienceFields,
}).refine((s) => (s.recurrence === 'weekly') === (s.weekday !== null) && (s.recurrence === 'monthly') === (s.monthDay !== null),
  { message: 'Lịch hằng tuần cần thứ trong tuần; lịch hằng tháng cần ngày trong tháng', path: ['recurrence'] })
  .refine((s) => s.validTo === null || s.validTo >= s.validFrom, { message: 'Ngày kết thúc không trước ngày bắt đầu', path: ['validTo'] })
  .refine(audienceRefine, audienceMessage);
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const scheduleView = z.object({
  id: z.number(), kindId: z.number(), kindCode: z.string(), kindName: z.string(), title: z.string(),
  recurrence: z.enum(['weekly', 'monthly']), weekday: z.number().nullable(), monthDay: z.number().nullable(),
  startTime: z.string().nullable(), validFrom: z.string(), validTo: z.string().nullable(), place: z.string().nullable(),
  audience: activityAudience, groupId: z.number().nullable(),
});
export type ScheduleView = z.infer<typeof scheduleView>;
export const generateResult = z.object({ scheduleId: z.number(), year: z.number(), created: z.number(), existing: z.number() });
export type GenerateResult = z.infer<typeof generateResult>;

export const activityInput = z.strictObject({
  kindId: idRef,
  title: text(2, 200, 'Tên hoạt động'),
  heldOn: isoDate,
  startTime,
  place: optional(200, 'Địa điểm'),
  organiserId: idRef.nullish().transform((v) => v ?? null),
  movementId: idRef.nullish().transform((v) => v ?? null),
  note: z.string().trim().max(1000, 'Ghi chú tối đa 1000 ký tự').nullish().transform((v) => v || null),
  ...audienceFields,
}).refine(audienceRefine, audienceMessage);
export type ActivityInput = z.infer<typeof activityInput>;

export const activityView = z.object({
  id: z.number(), kindId: z.number(), kindCode: z.string(), kindName: z.string(), scheduleId: z.number().nullable(),
  title: z.string(), heldOn: z.string(), startTime: z.string().nullable(), place: z.string().nullable(),
  organiserId: z.number().nullable(), organiserName: z.string().nullable(), movementId: z.number().nullable(),
  audience: activityAudience, groupId: z.number().nullable(), cancelled: z.boolean(), note: z.string().nullable(),
  attendanceTaken: z.boolean(), present: z.number(), excused: z.number(), absent: z.number(),
});
export type ActivityView = z.infer<typeof activityView>;
export const activityList = z.object({ year: z.number(), activities: z.array(activityView) });
export type ActivityList = z.infer<typeof activityList>;
export const activityListQuery = z.object({ year: activityYear, kind: z.string().max(40).optional() });
export const cancelInput = z.strictObject({ cancelled: z.boolean() });

export const rosterEntry = z.object({
  memberId: z.number(), code: z.string(), fullName: z.string(), groupId: z.number().nullable(),
  status: attendanceStatus, note: z.string().nullable(),
});
export const rosterView = z.object({ activity: activityView, entries: z.array(rosterEntry) });
export type RosterView = z.infer<typeof rosterView>;
export const rosterInput = z.strictObject({
  /** The whole roster in one request; an expected member left out is recorded present. */
  entries: z.array(z.strictObject({
    memberId: idRef,
    status: attendanceStatus,
    note: z.string().trim().max(300, 'Ghi chú tối đa 300 ký tự').nullish().transform((v) => v || null),
  })).max(5000, 'Tối đa 5000 đoàn viên'),
});
export type RosterInput = z.infer<typeof rosterInput>;

const counts = { activities: z.number(), expected: z.number(), present: z.number(), excused: z.number(), absent: z.number(), rate: z.number() };
export const ratesView = z.object({
  year: z.number(),
  threshold: z.number(),
  byKind: z.array(z.object({ kindCode: z.string(), kindName: z.string(), held: z.number(), cancelled: z.number(), ...counts })),
  byMember: z.array(z.object({ memberId: z.number(), code: z.string(), fullName: z.string(), ...counts })),
  belowThreshold: z.array(z.object({ memberId: z.number(), code: z.string(), fullName: z.string(), ...counts })),
});
export type RatesView = z.infer<typeof ratesView>;

export const activitySettings = z.strictObject({
  attendanceThreshold: z.number().int().min(1, 'Ngưỡng từ 1 %').max(100, 'Ngưỡng đến 100 %'),
});
export type ActivitySettings = z.infer<typeof activitySettings>;

export const culturalFamilyGrid = z.object({
  year: z.number(),
  members: z.array(z.object({ memberId: z.number(), code: z.string(), fullName: z.string(), recognised: z.boolean(), note: z.string().nullable() })),
  recognised: z.number(),
  total: z.number(),
});
export type CulturalFamilyGrid = z.infer<typeof culturalFamilyGrid>;
export const culturalFamilyInput = z.strictObject({
  marks: z.array(z.strictObject({
    memberId: idRef,
    recognised: z.boolean(),
    note: z.string().trim().max(300, 'Ghi chú tối đa 300 ký tự').nullish().transform((v) => v || null),
  })).max(5000, 'Tối đa 5000 đoàn viên'),
});
export type CulturalFamilyInput = z.infer<typeof culturalFamilyInput>;

export const myActivitiesView = z.object({
  year: z.number(),
  upcoming: z.array(activityView),
  attended: z.array(z.object({ activityId: z.number(), title: z.string(), kindName: z.string(), heldOn: z.string(), status: attendanceStatus })),
  rate: z.number().nullable(),
});
export type MyActivitiesView = z.infer<typeof myActivitiesView>;
