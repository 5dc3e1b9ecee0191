import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';

// An toàn vệ sinh lao động (the safety network, inspections, work accidents with the union's support) and tranh chấp
// lao động (disputes and stoppages) of an enterprise union.

export const safetyYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const optional = (max: number, what: string) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullish().transform((v) => v || null);
const nullableDate = isoDate.nullish().transform((v) => v ?? null);
const nullableId = idRef.nullish().transform((v) => v ?? null);

/** An toàn vệ sinh viên: a member in the safety network of a tổ or area. */
export const safetyOfficerInput = z.strictObject({
  memberId: idRef,
  area: text(2, 200, 'Tổ, khu vực'),
  appointedOn: isoDate,
  endedOn: nullableDate,
}).refine((d) => d.endedOn === null || d.endedOn >= d.appointedOn, { message: 'Ngày thôi không trước ngày công nhận', path: ['endedOn'] });
export type SafetyOfficerInput = z.infer<typeof safetyOfficerInput>;

export const safetyInspectionInput = z.strictObject({
  inspectedOn: isoDate,
  area: text(2, 200, 'Khu vực kiểm tra'),
  findings: text(2, 2000, 'Kết quả kiểm tra'),
  hazardsFound: z.number().int('Số nguy cơ là số nguyên').min(0, 'Số nguy cơ không âm').max(1000, 'Số nguy cơ tối đa 1000').default(0),
  followUp: optional(2000, 'Biện pháp khắc phục'),
  doneOn: nullableDate,
}).refine((d) => d.doneOn === null || d.doneOn >= d.inspectedOn, { message: 'Ngày khắc phục xong không trước ngày kiểm tra', path: ['doneOn'] });
export type SafetyInspectionInput = z.infer<typeof safetyInspectionInput>;

export const accidentSeverity = z.enum(['minor', 'serious', 'fatal']);
export type AccidentSeverity = z.infer<typeof accidentSeverity>;

/** Tai nạn lao động. The support paid is the linked welfare event's payment. */
export const workAccidentInput = z.strictObject({
  occurredOn: isoDate,
  memberId: nullableId,
  personName: text(2, 100, 'Họ tên người bị nạn'),
  severity: accidentSeverity,
  cause: text(2, 2000, 'Nguyên nhân'),
  daysLost: z.number().int('Số ngày công mất là số nguyên').min(0, 'Số ngày công mất không âm').max(10000, 'Số ngày công mất tối đa 10000').default(0),
  welfareEventId: nullableId,
  note: optional(2000, 'Ghi chú'),
});
export type WorkAccidentInput = z.infer<typeof workAccidentInput>;

export const disputeKind = z.enum(['individual', 'collective']);
export const disputeStatus = z.enum(['open', 'resolved']);

/** Tranh chấp lao động; stoppage: ngừng việc tập thể. */
export const labourDisputeInput = z.strictObject({
  startedOn: isoDate,
  endedOn: nullableDate,
  kind: disputeKind,
  stoppage: z.boolean().default(false),
  workersInvolved: z.number().int('Số người lao động là số nguyên').min(1, 'Số người lao động từ 1').max(100000, 'Số người lao động tối đa 100000'),
  demands: text(2, 2000, 'Yêu cầu của người lao động'),
  unionRole: optional(2000, 'Vai trò của công đoàn'),
  resolution: optional(2000, 'Kết quả giải quyết'),
  status: disputeStatus.default('open'),
})
  .refine((d) => d.endedOn === null || d.endedOn >= d.startedOn, { message: 'Ngày kết thúc không trước ngày phát sinh', path: ['endedOn'] })
  .refine((d) => (d.status === 'resolved') === (d.endedOn !== null), { message: 'Vụ đã giải quyết cần ngày kết thúc, vụ đang giải quyết thì chưa có', path: ['endedOn'] })
  .refine((d) => d.kind === 'collective' || d.workersInvolved === 1, { message: 'Tranh chấp cá nhân có đúng 1 người lao động', path: ['workersInvolved'] })
  .refine((d) => d.kind === 'collective' || !d.stoppage, { message: 'Ngừng việc tập thể chỉ ở tranh chấp tập thể', path: ['stoppage'] });
export type LabourDisputeInput = z.infer<typeof labourDisputeInput>;

export const safetyOfficerView = z.object({
  id: z.number(), memberId: z.number(), memberName: z.string(), area: z.string(), appointedOn: z.string(), endedOn: z.string().nullable(),
});
export const safetyInspectionView = z.object({
  id: z.number(), inspectedOn: z.string(), area: z.string(), findings: z.string(), hazardsFound: z.number(),
  followUp: z.string().nullable(), doneOn: z.string().nullable(),
});
export const workAccidentView = z.object({
  id: z.number(), occurredOn: z.string(), memberId: z.number().nullable(), personName: z.string(), severity: accidentSeverity,
  cause: z.string(), daysLost: z.number(), welfareEventId: z.number().nullable(),
  /** The linked welfare event's payment (integer đồng), 0 without one. */
  supportPaid: z.number(), note: z.string().nullable(),
});
export const labourDisputeView = z.object({
  id: z.number(), startedOn: z.string(), endedOn: z.string().nullable(), kind: disputeKind, stoppage: z.boolean(),
  workersInvolved: z.number(), demands: z.string(), unionRole: z.string().nullable(), resolution: z.string().nullable(), status: disputeStatus,
});
export type SafetyOfficerView = z.infer<typeof safetyOfficerView>;
export type SafetyInspectionView = z.infer<typeof safetyInspectionView>;
export type WorkAccidentView = z.infer<typeof workAccidentView>;
export type LabourDisputeView = z.infer<typeof labourDisputeView>;

/** The page's one read: the whole network (any year), and the year's inspections, accidents and disputes. */
export const safetyYearView = z.object({
  year: z.number(),
  officers: z.array(safetyOfficerView),
  inspections: z.array(safetyInspectionView),
  accidents: z.array(workAccidentView),
  disputes: z.array(labourDisputeView),
});
export type SafetyYearView = z.infer<typeof safetyYearView>;
