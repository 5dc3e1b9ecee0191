import { z } from 'zod';
import { isoDate } from './common.contract.ts';

// Đối thoại tại nơi làm việc (periodic: định kỳ; requested: đột xuất) and hội nghị người lao động (workers_conference)
// of an enterprise union: the meetings, the workers' issues, the employer's answers and their follow-up.

export const dialogueYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const optional = (max: number, what: string) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullish().transform((v) => v || null);
const nullableDate = isoDate.nullish().transform((v) => v ?? null);
const count = (min: number, max: number, what: string) =>
  z.number().int(`${what} là số nguyên`).min(min, `${what} từ ${min}`).max(max, `${what} tối đa ${max}`);

export const meetingKind = z.enum(['periodic', 'requested', 'workers_conference']);
export type MeetingKind = z.infer<typeof meetingKind>;
export const issueStatus = z.enum(['open', 'resolved']);

export const meetingInput = z.strictObject({
  kind: meetingKind,
  heldOn: isoDate,
  employerParticipants: optional(2000, 'Thành phần bên sử dụng lao động'),
  workerRepsExpected: count(1, 10000, 'Số đại diện bên người lao động'),
  workerRepsPresent: count(0, 10000, 'Số đại diện có mặt'),
  headcount: count(1, 1000000, 'Số người lao động'),
  minutesText: optional(20000, 'Biên bản'),
  publishedOn: nullableDate,
  note: optional(2000, 'Ghi chú'),
  // A requested dialogue: who asked, when, the representatives who signed a workers' request, the other side's answer.
  requestedOn: nullableDate,
  requestedBy: z.enum(['workers', 'employer']).nullish().transform((v) => v ?? null),
  requestingReps: count(0, 10000, 'Số đại diện ký yêu cầu').nullish().transform((v) => v ?? null),
  answeredOn: nullableDate,
})
  .refine((d) => d.workerRepsPresent <= d.workerRepsExpected, { message: 'Số đại diện có mặt không quá số đại diện', path: ['workerRepsPresent'] })
  .refine((d) => d.publishedOn === null || d.publishedOn >= d.heldOn, { message: 'Ngày công bố không trước ngày họp', path: ['publishedOn'] })
  .refine((d) => d.kind === 'requested' || (d.requestedOn ?? d.requestedBy ?? d.requestingReps ?? d.answeredOn) === null,
    { message: 'Chỉ đối thoại đột xuất mới có yêu cầu đối thoại', path: ['kind'] })
  .refine((d) => d.kind !== 'requested' || d.requestedOn !== null, { message: 'Cần ngày nhận yêu cầu đối thoại', path: ['requestedOn'] })
  .refine((d) => d.kind !== 'requested' || d.requestedBy !== null, { message: 'Cần bên yêu cầu đối thoại', path: ['requestedBy'] })
  .refine((d) => d.requestedBy !== 'workers' || d.requestingReps !== null,
    { message: 'Cần số đại diện bên người lao động ký yêu cầu', path: ['requestingReps'] })
  .refine((d) => d.requestingReps === null || d.requestingReps <= d.workerRepsExpected,
    { message: 'Số đại diện ký yêu cầu không quá số đại diện', path: ['requestingReps'] })
  .refine((d) => d.requestedOn === null || d.requestedOn <= d.heldOn, { message: 'Ngày nhận yêu cầu không sau ngày đối thoại', path: ['requestedOn'] })
  .refine((d) => d.answeredOn === null || (d.requestedOn !== null && d.answeredOn >= d.requestedOn && d.answeredOn <= d.heldOn),
    { message: 'Ngày trả lời từ ngày nhận yêu cầu đến ngày đối thoại', path: ['answeredOn'] });
export type MeetingInput = z.infer<typeof meetingInput>;

/** A workers' issue (kiến nghị) and its follow-up; a resolved one has the day it was done. */
export const issueInput = z.strictObject({
  raisedBy: optional(200, 'Người, tổ nêu kiến nghị'),
  issue: text(2, 2000, 'Nội dung kiến nghị'),
  employerAnswer: optional(2000, 'Trả lời của người sử dụng lao động'),
  status: issueStatus.default('open'),
  owner: optional(200, 'Người thực hiện'),
  dueOn: nullableDate,
  doneOn: nullableDate,
}).refine((d) => (d.status === 'resolved') === (d.doneOn !== null), { message: 'Kiến nghị đã giải quyết cần ngày hoàn thành, đang theo dõi thì chưa có', path: ['doneOn'] });
export type IssueInput = z.infer<typeof issueInput>;

export const issueView = z.object({
  id: z.number(), meetingId: z.number(), raisedBy: z.string().nullable(), issue: z.string(), employerAnswer: z.string().nullable(),
  status: issueStatus, owner: z.string().nullable(), dueOn: z.string().nullable(), doneOn: z.string().nullable(),
  /** Not done and its deadline before today. */
  overdue: z.boolean(),
});
export type IssueView = z.infer<typeof issueView>;

/** The checks of NĐ 145/2020: reps for the headcount (Điều 38), quorum, publication in working days (thresholds: rule kind workplace_dialogue). */
export const meetingChecks = z.object({
  repsRequired: z.number(), repsEnough: z.boolean(), quorumMet: z.boolean(),
  /** Working days (Mon–Fri) from the meeting to publication; null while unpublished. */
  publishedAfterWorkingDays: z.number().nullable(), publishedInTime: z.boolean(),
  /** A requested dialogue: a workers' request signed by at least 30 % of their representatives; null otherwise. */
  requestValid: z.boolean().nullable(),
  /** Working days from the request to the answer (at most 5 under NĐ 145/2020); null while unanswered or not requested. */
  answeredAfterWorkingDays: z.number().nullable(), answeredInTime: z.boolean().nullable(),
});
export const meetingView = z.object({
  id: z.number(), kind: meetingKind, heldOn: z.string(), employerParticipants: z.string().nullable(), workerRepsExpected: z.number(),
  workerRepsPresent: z.number(), headcount: z.number(), minutesText: z.string().nullable(), publishedOn: z.string().nullable(),
  note: z.string().nullable(), requestedOn: z.string().nullable(), requestedBy: z.enum(['workers', 'employer']).nullable(),
  requestingReps: z.number().nullable(), answeredOn: z.string().nullable(), checks: meetingChecks, issues: z.array(issueView),
});
export type MeetingView = z.infer<typeof meetingView>;

export const dialogueFlags = z.object({
  year: z.number(),
  /** Whether the union is an enterprise's (the dashboard shows the flags to those, or once it has any record). */
  applies: z.boolean(),
  hasPeriodicDialogue: z.boolean(),
  hasWorkersConference: z.boolean(),
  overdueIssues: z.array(issueView.extend({ heldOn: z.string(), kind: meetingKind })),
});
export type DialogueFlags = z.infer<typeof dialogueFlags>;

export const dialogueYearView = z.object({ year: z.number(), meetings: z.array(meetingView), flags: dialogueFlags });
export type DialogueYearView = z.infer<typeof dialogueYearView>;
