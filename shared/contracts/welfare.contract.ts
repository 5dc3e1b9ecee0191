import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';
import { account, dongAmount, type LedgerCategory } from './finance.contract.ts';
import { importRowError } from './import.contract.ts';

// Chăm lo đoàn viên (welfare events, each paid by one ledger payment) and hiến máu (blood donations).

export const welfareKind = z.enum([
  'sickness', 'bereavement', 'hardship', 'wedding', 'holiday', 'womens_day', 'childrens_day', 'mid_autumn', 'study_award', 'other',
]);
export type WelfareKind = z.infer<typeof welfareKind>;

/** Kinds whose beneficiaries are members' children, chosen from the child records within the union's age limit. */
export const childKinds: readonly WelfareKind[] = ['childrens_day', 'mid_autumn', 'study_award'];
/** Kinds that are a visit (thăm hỏi): what the "not visited" list looks for. */
export const visitKinds: readonly WelfareKind[] = ['sickness', 'bereavement', 'hardship'];

/** The ledger category of the payment of each kind (thăm hỏi, quà lễ Tết, khen thưởng). */
export const welfareCategory: Record<WelfareKind, LedgerCategory> = {
  sickness: 'welfare', bereavement: 'welfare', hardship: 'welfare', wedding: 'welfare', other: 'welfare',
  holiday: 'gifts', womens_day: 'gifts', childrens_day: 'gifts', mid_autumn: 'gifts',
  study_award: 'rewards',
};

export const welfareYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const optional = (max: number, what: string) => text(2, max, what).nullish().transform((v) => v || null);

export const beneficiaryInput = z.strictObject({
  memberId: idRef,
  /** A child of the member, from the records. */
  childId: idRef.nullish().transform((v) => v ?? null),
  /** A relative not in the records, with the relation ("Bố đẻ", "Vợ"). */
  relativeName: optional(100, 'Họ tên người thân'),
  relation: optional(50, 'Quan hệ'),
  amount: dongAmount,
}).refine((b) => (b.relativeName === null) === (b.relation === null), { message: 'Ghi cả họ tên và quan hệ của người thân', path: ['relation'] })
  .refine((b) => b.childId === null || b.relativeName === null, { message: 'Chọn con trong hồ sơ hoặc ghi người thân, không cả hai', path: ['relativeName'] });
export type BeneficiaryInput = z.infer<typeof beneficiaryInput>;

export const welfareEventInput = z.strictObject({
  kind: welfareKind,
  eventDate: isoDate,
  description: text(2, 1000, 'Nội dung'),
  /** The fund it is paid from, and the payment's total: the lines must add up to it. */
  fundId: idRef,
  account: account.default('cash'),
  amount: dongAmount,
  /** The person who receives the cash on the voucher, when not the one beneficiary. */
  counterparty: optional(200, 'Người nhận'),
  documentRef: z.string().trim().max(200).nullish().transform((v) => v || null),
  beneficiaries: z.array(beneficiaryInput).min(1, 'Cần ít nhất một người nhận').max(2000, 'Tối đa 2000 người nhận'),
});
export type WelfareEventInput = z.infer<typeof welfareEventInput>;

export const beneficiaryView = z.object({
  id: z.number(), memberId: z.number(), memberName: z.string(), childId: z.number().nullable(),
  relativeName: z.string().nullable(), relation: z.string().nullable(), amount: z.number(),
});
export type BeneficiaryView = z.infer<typeof beneficiaryView>;

export const welfareEventView = z.object({
  id: z.number(), kind: welfareKind, eventDate: z.string(), description: z.string(),
  amount: z.number(), entryId: z.number(), entryNumber: z.string(), fundName: z.string(), reversed: z.boolean(),
  beneficiaries: z.array(beneficiaryView),
});
export type WelfareEventView = z.infer<typeof welfareEventView>;

export const welfareYearView = z.object({
  year: z.number(),
  events: z.array(welfareEventView),
  /** Per kind: events, lines and total đồng (reversed payments left out). */
  byKind: z.array(z.object({ kind: welfareKind, events: z.number(), beneficiaries: z.number(), amount: z.number() })),
});
export type WelfareYearView = z.infer<typeof welfareYearView>;

export const welfareSettings = z.object({ childAgeLimit: z.number() });
export const welfareSettingsInput = z.strictObject({
  childAgeLimit: z.number().int('Tuổi là số nguyên').min(1, 'Tuổi từ 1').max(25, 'Tuổi đến 25'),
});

/** A line of a member's own history (their page, and /me/welfare). */
export const memberWelfareLine = z.object({
  eventId: z.number(), kind: welfareKind, eventDate: z.string(), description: z.string(), entryNumber: z.string(),
  relativeName: z.string().nullable(), relation: z.string().nullable(), amount: z.number(), reversed: z.boolean(),
});

export const bloodDonationView = z.object({ id: z.number(), memberId: z.number(), donatedOn: z.string(), place: z.string(), volumeMl: z.number() });
export type BloodDonationView = z.infer<typeof bloodDonationView>;

export const memberWelfareView = z.object({
  memberId: z.number(), orgId: z.number(), fullName: z.string(),
  welfare: z.array(memberWelfareLine),
  blood: z.object({ priorCount: z.number(), donations: z.array(bloodDonationView), total: z.number() }),
});
export type MemberWelfareView = z.infer<typeof memberWelfareView>;

export const notVisitedView = z.object({
  year: z.number(),
  members: z.array(z.object({ memberId: z.number(), code: z.string(), fullName: z.string(), lastVisitOn: z.string().nullable() })),
});
export type NotVisitedView = z.infer<typeof notVisitedView>;

export const childView = z.object({
  childId: z.number(), fullName: z.string(), birthDate: z.string(), memberId: z.number(), memberName: z.string(),
});
export const childrenTurningView = z.object({ year: z.number(), age: z.number(), children: z.array(childView.extend({ birthday: z.string() })) });
export type ChildrenTurningView = z.infer<typeof childrenTurningView>;
export const eligibleChildrenView = z.object({
  date: z.string(), ageLimit: z.number(), children: z.array(childView.extend({ age: z.number(), eligible: z.boolean() })),
});
export type EligibleChildrenView = z.infer<typeof eligibleChildrenView>;

export const bloodDonationInput = z.strictObject({
  memberId: idRef,
  donatedOn: isoDate,
  place: text(2, 200, 'Nơi hiến máu'),
  volumeMl: z.number().int('Lượng máu là số nguyên (ml)').min(50, 'Lượng máu từ 50 ml').max(1000, 'Lượng máu đến 1000 ml'),
});
export type BloodDonationInput = z.infer<typeof bloodDonationInput>;

export const priorCountInput = z.strictObject({
  count: z.number().int('Số lần là số nguyên').min(0, 'Số lần từ 0').max(300, 'Số lần đến 300'),
  countedBefore: isoDate,
  note: z.string().trim().max(500).nullish().transform((v) => v || null),
});
export type PriorCountInput = z.infer<typeof priorCountInput>;

export const bloodDonationYearView = z.object({
  year: z.number(),
  donors: z.array(z.object({
    memberId: z.number(), code: z.string(), fullName: z.string(), priorCount: z.number(), countedBefore: z.string().nullable(),
    inYear: z.array(bloodDonationView),
    /** Donations to the end of the year: the prior count plus those recorded. */
    cumulative: z.number(),
  })),
  totals: z.object({ donations: z.number(), donors: z.number(), volumeMl: z.number() }),
});
export type BloodDonationYearView = z.infer<typeof bloodDonationYearView>;

/** The kinds as people write them (the Excel import reads these, ignoring case and diacritics). */
export const welfareKindLabels: Record<WelfareKind, string> = {
  sickness: 'Ốm đau', bereavement: 'Hiếu', hardship: 'Hoạn nạn', wedding: 'Hỷ', holiday: 'Lễ, Tết', womens_day: '8/3, 20/10',
  childrens_day: '1/6', mid_autumn: 'Trung thu', study_award: 'Khen thưởng con học giỏi', other: 'Khác',
};

/** The answer of a welfare import: rows checked, events that would be (or were) written with their payments. */
export const welfareImportResult = z.object({
  valid: z.boolean(), rows: z.number(), events: z.number(), amount: z.number(), imported: z.number(),
  errorCount: z.number(), errors: z.array(importRowError),
});
export type WelfareImportResult = z.infer<typeof welfareImportResult>;
