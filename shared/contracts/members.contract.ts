import { z } from 'zod';
import { isoDate, optionalText, pageQuery } from './common.contract.ts';
import { normalizePhone, phoneRuleText } from '../vi/phone.ts';
import { importRowError, type ImportRowError } from './import.contract.ts';

export const sexSchema = z.enum(['male', 'female']);
/**
 * Dated events of a membership (Điều lệ Công đoàn; ../shared/domain/members.md): kết nạp, chuyển đến, chuyển đi,
 * thôi sinh hoạt, kết thúc theo tổ chức, tạm dừng sinh hoạt (at most 12 months, still a member, no dues),
 * trở lại sinh hoạt, khai trừ (a discipline, apart from leaving).
 */
export const statusKind = z.enum([
  'admitted', 'transferred_in', 'transferred_out', 'left', 'ended_with_union', 'suspended', 'resumed', 'expelled',
]);
export type StatusKind = z.infer<typeof statusKind>;
/**
 * Status on a date, derived from the latest status event ('pending': admitted at a later date).
 * 'active' and 'suspended' are members (counted in the total, suspended shown apart); the others are not.
 */
export const memberStatus = z.enum(['active', 'suspended', 'pending', 'transferred_out', 'left', 'expelled', 'ended_with_union']);
export type MemberStatus = z.infer<typeof memberStatus>;

export const memberCategoryCode = z.enum([
  'can_bo_cong_chuc', 'khong_chuyen_trach', 'vien_chuc', 'hop_dong', 'cong_nhan_lao_dong', 'quan_ly', 'xa_vien',
  'lao_dong_tu_do',
]);
export type MemberCategoryCode = z.infer<typeof memberCategoryCode>;

/** Stored normalised (shared/vi/phone.ts): "0905 123 456" and "+84 905 123 456" both become "0905123456". */
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || normalizePhone(v) !== null, `Số điện thoại không hợp lệ (${phoneRuleText})`)
  .nullish()
  .transform((v) => (v ? normalizePhone(v) : null));
const email = z
  .string()
  .trim()
  .email('Email không hợp lệ')
  .max(200)
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

export const memberInput = z.strictObject({
  code: z.string().trim().min(1, 'Nhập mã đoàn viên').max(30),
  nationalCode: optionalText(30),
  cardNumber: optionalText(30),
  fullName: z.string().trim().min(2, 'Nhập họ và tên').max(100),
  sex: sexSchema,
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  ethnicity: optionalText(50),
  position: optionalText(100),
  category: memberCategoryCode,
  groupId: z.number().int().positive().nullish().transform((v) => v ?? null),
  partyMember: z.boolean().default(false),
  education: optionalText(100),
  politicalTheory: optionalText(100),
  joinedOn: isoDate,
  phone,
  email,
});
export type MemberInput = z.infer<typeof memberInput>;
/** Shape before parsing, as a form or an import row provides it. */
export type MemberInputRaw = z.input<typeof memberInput>;

/**
 * A new member: admitted on `joinedOn`, or, with `transferredInOn`, transferred in on that date while `joinedOn`
 * keeps the original date of joining the union (chuyển sinh hoạt keeps it).
 */
export const newMemberInput = memberInput.extend({
  transferredInOn: isoDate.nullish().transform((v) => v ?? null),
});
export type NewMemberInput = z.infer<typeof newMemberInput>;
export type NewMemberInputRaw = z.input<typeof newMemberInput>;

export const member = z.object({
  id: z.number(),
  orgId: z.number(),
  code: z.string(),
  nationalCode: z.string().nullable(),
  cardNumber: z.string().nullable(),
  fullName: z.string(),
  sex: sexSchema,
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  position: z.string().nullable(),
  category: memberCategoryCode,
  groupId: z.number().nullable(),
  groupName: z.string().nullable(),
  partyMember: z.boolean(),
  education: z.string().nullable(),
  politicalTheory: z.string().nullable(),
  joinedOn: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: memberStatus,
  statusSince: z.string().nullable(),
});
export type Member = z.infer<typeof member>;

export const statusEvent = z.object({
  id: z.number(),
  kind: statusKind,
  onDate: z.string(),
  reason: z.string().nullable(),
});
export type StatusEvent = z.infer<typeof statusEvent>;

export const statusEventInput = z.strictObject({
  kind: z.enum(['transferred_in', 'transferred_out', 'left', 'admitted', 'suspended', 'resumed', 'expelled']),
  onDate: isoDate,
  reason: optionalText(300),
});

export const child = z.object({ id: z.number(), fullName: z.string(), birthDate: z.string(), sex: sexSchema.nullable() });
export const childInput = z.strictObject({
  fullName: z.string().trim().min(2).max(100),
  birthDate: isoDate,
  sex: sexSchema.nullish().transform((v) => v ?? null),
});

export const memberDetail = member.extend({
  history: z.array(statusEvent),
  children: z.array(child),
});
export type MemberDetail = z.infer<typeof memberDetail>;

/** Restores a member deleted by mistake from the audit entry of the deletion. */
export const memberRestoreInput = z.strictObject({ auditId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const memberListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  /** active: đang sinh hoạt; suspended: tạm dừng; current: both (every member); inactive: no longer a member. */
  status: z.enum(['active', 'suspended', 'current', 'inactive', 'all']).default('active'),
  sex: sexSchema.optional(),
  category: memberCategoryCode.optional(),
  groupId: z.coerce.number().int().positive().optional(),
  sort: z.enum(['name', 'code', 'joinedOn', 'birthDate']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const memberListResponse = z.object({
  items: z.array(member),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type MemberListResponse = z.infer<typeof memberListResponse>;

export const memberStats = z.object({
  asOf: z.string(),
  /** Every member on the date, suspended ones included (they are still members). */
  total: z.number(),
  /** Of the total, those in tạm dừng sinh hoạt. */
  suspended: z.number(),
  women: z.number(),
  men: z.number(),
  partyMembers: z.number(),
  byCategory: z.array(z.object({ category: memberCategoryCode, name: z.string(), count: z.number() })),
  byAgeBand: z.array(z.object({ band: z.string(), count: z.number() })),
  byGroup: z.array(z.object({ groupId: z.number().nullable(), name: z.string(), count: z.number() })),
});
export type MemberStats = z.infer<typeof memberStats>;

/** A bad cell (`sheet` only outside the member sheet, "Con"): the one row error of every Excel import. */
export { importRowError, type ImportRowError };
/** create: new codes only (a code already listed is an error); update: existing codes only; upsert: both. */
export const importMode = z.enum(['create', 'update', 'upsert']);
export type ImportMode = z.infer<typeof importMode>;
export const importChange = z.object({ column: z.string(), from: z.string(), to: z.string() });
export const importResult = z.object({
  valid: z.boolean(),
  mode: importMode,
  rows: z.number(),
  /** Members written (created + updated); 0 on a dry run. */
  imported: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Rows of the "Con" sheet read. */
  children: z.number(),
  /** Every problem found; `errors` lists the first ones. */
  errorCount: z.number(),
  errors: z.array(importRowError),
  /** Updated rows first (with the fields that change, old → new), then created, then unchanged; at most 500. */
  preview: z.array(z.object({
    row: z.number(), code: z.string(), fullName: z.string(),
    action: z.enum(['create', 'update', 'unchanged']),
    changes: z.array(importChange),
  })),
});
export type ImportResult = z.infer<typeof importResult>;

export const categoryOption = z.object({ code: memberCategoryCode, name: z.string() });
