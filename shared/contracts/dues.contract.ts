import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';
import { account, dongAmount, entryView } from './finance.contract.ts';

// Đoàn phí (member dues): each member's dues base, exemptions, the union's own higher rate, the month-by-member grid
// and "mark a month paid" (one receipt for everyone). Months are "YYYY-MM"; amounts integer đồng.

/** A month as people pick it: YYYY-MM, 1990–2100. */
export const yearMonth = z.string().regex(/^(19[9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM');
export const duesYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

export const duesBaseKind = z.enum(['insurance_salary', 'fixed']);
export const exemptionReason = z.enum(['insurance_benefit', 'no_income']);
export const exemptionReasonLabels: Record<z.infer<typeof exemptionReason>, string> = {
  insurance_benefit: 'Hưởng trợ cấp BHXH từ 01 tháng trở lên',
  no_income: 'Không có thu nhập từ 01 tháng trở lên',
};

const note = z.string().trim().max(500, 'Ghi chú tối đa 500 ký tự').nullish().transform((v) => v || null);

/** The salary used for social insurance from a month, or a fixed monthly amount (0: the rule's minimum). */
export const duesBaseInput = z.strictObject({
  memberId: idRef,
  fromMonth: yearMonth,
  kind: duesBaseKind,
  amount: z.number({ error: 'Số tiền phải là số' }).int('Số tiền là số đồng nguyên').min(0, 'Số tiền không âm').max(999_999_999_999, 'Số tiền quá lớn'),
  note,
}).refine((b) => b.kind === 'fixed' || b.amount > 0, { message: 'Tiền lương đóng BHXH phải lớn hơn 0', path: ['amount'] });
export type DuesBaseInput = z.infer<typeof duesBaseInput>;

const monthsInOrder = { message: 'Tháng cuối phải từ tháng đầu trở đi', path: ['toMonth'] };
const exemptionFields = {
  fromMonth: yearMonth,
  toMonth: yearMonth.nullish().transform((v) => v ?? null),
  reason: exemptionReason,
  note,
};
export const exemptionInput = z.strictObject({ memberId: idRef, ...exemptionFields })
  .refine((e) => e.toMonth === null || e.toMonth >= e.fromMonth, monthsInOrder);
export type ExemptionInput = z.infer<typeof exemptionInput>;
/** Ending an exemption (its last month) or correcting one entered wrong. */
export const exemptionCorrection = z.strictObject(exemptionFields).refine((e) => e.toMonth === null || e.toMonth >= e.fromMonth, monthsInOrder);
export type ExemptionCorrection = z.infer<typeof exemptionCorrection>;

/** The union's own higher rate (a percentage with up to two decimals), by its executive committee's resolution. */
export const unionRateInput = z.strictObject({
  fromMonth: yearMonth,
  ratePercent: z.number({ error: 'Tỷ lệ phải là số' }).positive('Tỷ lệ phải lớn hơn 0').max(100, 'Tỷ lệ tối đa 100')
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'Tỷ lệ có tối đa hai chữ số thập phân'),
  capAmount: dongAmount.nullish().transform((v) => v ?? null),
  resolutionNumber: z.string().trim().min(2, 'Số nghị quyết từ 2 ký tự').max(100, 'Số nghị quyết tối đa 100 ký tự'),
  resolutionDate: isoDate,
});
export type UnionRateInput = z.infer<typeof unionRateInput>;

/** Thu đoàn phí một tháng: everyone due and unpaid that month, or the members listed; one receipt for the total. */
export const markPaidInput = z.strictObject({
  month: yearMonth,
  fundId: idRef,
  entryDate: isoDate,
  account: account.default('cash'),
  memberIds: z.array(idRef).min(1, 'Chọn ít nhất một đoàn viên').max(20_000).nullish().transform((v) => v ?? null),
  documentRef: z.string().trim().max(200).nullish().transform((v) => v || null),
});
export type MarkPaidInput = z.infer<typeof markPaidInput>;

export const duesBaseView = z.object({
  id: z.number(), memberId: z.number(), memberName: z.string(), fromMonth: z.string(), kind: duesBaseKind, amount: z.number(), note: z.string().nullable(),
});
export const exemptionView = z.object({
  id: z.number(), memberId: z.number(), memberName: z.string(), fromMonth: z.string(), toMonth: z.string().nullable(), reason: exemptionReason,
  note: z.string().nullable(),
});
export const unionRateView = z.object({
  id: z.number(), fromMonth: z.string(), ratePercent: z.number(), capAmount: z.number().nullable(), resolutionNumber: z.string(), resolutionDate: z.string(),
});
export const duesSetupView = z.object({
  bases: z.array(duesBaseView), exemptions: z.array(exemptionView), unionRates: z.array(unionRateView),
});
export type DuesSetupView = z.infer<typeof duesSetupView>;

/** upcoming: due in a month not begun yet (collected in advance, or later), not yet owed nor counted in the rates. */
export const cellStatus = z.enum(['paid', 'unpaid', 'upcoming', 'exempt', 'not_due', 'no_base', 'no_rule']);
export type CellStatus = z.infer<typeof cellStatus>;

export const duesCell = z.object({
  month: z.string(),
  status: cellStatus,
  /** What the month costs (due months: paid or unpaid); null otherwise. */
  amount: z.number().nullable(),
  /** The receipt that collected it. */
  entryId: z.number().nullable(),
  entryNumber: z.string().nullable(),
});
export type DuesCell = z.infer<typeof duesCell>;

export const duesMemberRow = z.object({
  memberId: z.number(), code: z.string(), fullName: z.string(),
  cells: z.array(duesCell),
  due: z.number(), paid: z.number(), unpaid: z.number(),
});
export type DuesMemberRow = z.infer<typeof duesMemberRow>;

const ruleValue = z.object({ value: z.number(), source: z.string(), unverified: z.boolean() }).nullable();
export const duesMonthView = z.object({
  month: z.string(),
  orgKind: z.string().nullable(),
  rule: z.object({
    ratePercent: ruleValue, capAmount: z.number().nullable(), baseSalary: ruleValue, fixedMinimumPercent: ruleValue, keptSharePercent: ruleValue,
  }),
  due: z.number(), paid: z.number(), membersDue: z.number(), membersPaid: z.number(),
});
export type DuesMonthView = z.infer<typeof duesMonthView>;

export const duesTotals = z.object({
  due: z.number(), paid: z.number(), unpaid: z.number(),
  /** Collection rate by amount and by members (members who paid every month due), percent with one decimal. */
  rateByAmount: z.number().nullable(), rateByMembers: z.number().nullable(),
  membersDue: z.number(), membersFullyPaid: z.number(), membersWithoutBase: z.number(),
  /** Of what was paid: the share the union keeps (the part above the rule included) and what goes to the upper level. */
  kept: z.number(), toRemit: z.number(),
});

export const duesGrid = z.object({
  year: z.number(),
  months: z.array(duesMonthView),
  members: z.array(duesMemberRow),
  debtors: z.array(z.object({ memberId: z.number(), fullName: z.string(), months: z.array(z.string()), amount: z.number() })),
  totals: duesTotals,
});
export type DuesGrid = z.infer<typeof duesGrid>;

export const markPaidResult = z.object({
  entry: entryView,
  lines: z.array(z.object({ memberId: z.number(), amount: z.number() })),
});
export type MarkPaidResult = z.infer<typeof markPaidResult>;

/** A member's own dues for a year (their phone page). */
export const myDuesView = z.object({
  year: z.number(), orgId: z.number(), months: z.array(duesMonthView.pick({ month: true, rule: true })),
  row: duesMemberRow.nullable(),
});
export type MyDuesView = z.infer<typeof myDuesView>;
