import { z } from 'zod';
import { normalizePhone, phoneRuleText } from '../vi/phone.ts';
import { idRef, isoDate } from './common.contract.ts';

// Phát triển đoàn viên of an enterprise union: the year's target of new members, the admissions month by month (the
// members module's records), and the workers not yet in the union it reaches out to, kept only with their consent
// (dữ liệu cá nhân, Nghị định 13/2023/NĐ-CP).

export const recruitmentYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const optional = (max: number, what: string) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullish().transform((v) => v || null);
const phone = z.string().trim()
  .refine((v) => v === '' || normalizePhone(v) !== null, `Số điện thoại không hợp lệ (${phoneRuleText})`)
  .nullish().transform((v) => (v ? normalizePhone(v) : null));

export const recruitmentTargetInput = z.strictObject({
  newMembers: z.number().int('Chỉ tiêu là số nguyên').min(1, 'Chỉ tiêu kết nạp từ 1 đoàn viên').max(100000, 'Chỉ tiêu tối đa 100000'),
  note: optional(2000, 'Ghi chú'),
});
export type RecruitmentTargetInput = z.infer<typeof recruitmentTargetInput>;

const consentRequired = 'Cần ngày người lao động đồng ý cho lưu thông tin (Nghị định 13/2023/NĐ-CP)';

export const prospectStatus = z.enum(['new', 'contacted', 'joined', 'declined']);
export type ProspectStatus = z.infer<typeof prospectStatus>;

/**
 * A worker not yet in the union. consentOn is required: no record without the worker's consent to keep their data.
 * 'joined' is set by linking the member they became (POST …/joined), never typed.
 */
export const prospectInput = z.strictObject({
  fullName: z.string().trim().min(2, 'Họ tên từ 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
  team: z.string().trim().min(1, 'Bắt buộc nhập tổ, bộ phận').max(200, 'Tổ, bộ phận tối đa 200 ký tự'),
  phone,
  consentOn: z.string({ error: (iss) => (iss.input === undefined || iss.input === null ? consentRequired : undefined) })
    .min(1, consentRequired).pipe(isoDate),
  status: prospectStatus.default('new'),
  lastContactOn: isoDate.nullish().transform((v) => v ?? null),
  note: optional(2000, 'Ghi chú'),
});
export type ProspectInput = z.infer<typeof prospectInput>;

export const prospectJoinedInput = z.strictObject({ memberId: idRef });
export type ProspectJoinedInput = z.infer<typeof prospectJoinedInput>;

export const consentWithdrawalInput = z.strictObject({ withdrawnOn: isoDate });
export type ConsentWithdrawalInput = z.infer<typeof consentWithdrawalInput>;

export const prospectView = z.object({
  id: z.number(),
  /** null once consent was withdrawn: the row is kept only as a count. */
  fullName: z.string().nullable(),
  team: z.string(),
  phone: z.string().nullable(),
  consentOn: z.string(),
  consentWithdrawnOn: z.string().nullable(),
  status: prospectStatus,
  lastContactOn: z.string().nullable(),
  memberId: z.number().nullable(),
  memberName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ProspectView = z.infer<typeof prospectView>;
export const prospectListView = z.object({ prospects: z.array(prospectView) });
export type ProspectListView = z.infer<typeof prospectListView>;

export const recruitmentTargetView = z.object({ year: z.number(), newMembers: z.number(), note: z.string().nullable() });
export type RecruitmentTargetView = z.infer<typeof recruitmentTargetView>;

/** The year at a glance: target, admissions per month up to `asOf`, prospects by status (consent not withdrawn). */
export const recruitmentYearView = z.object({
  year: z.number(),
  /** The last day counted: today within the current year, the year's end for a past one. */
  asOf: z.string(),
  target: recruitmentTargetView.nullable(),
  /** Twelve numbers, January to December: members admitted (kết nạp) in each month up to asOf. */
  admittedByMonth: z.array(z.number()),
  admitted: z.number(),
  /** admitted / target × 100, one decimal; null without a target. */
  percentOfTarget: z.number().nullable(),
  prospectsByStatus: z.object({ new: z.number(), contacted: z.number(), joined: z.number(), declined: z.number(), withdrawn: z.number() }),
});
export type RecruitmentYearView = z.infer<typeof recruitmentYearView>;
