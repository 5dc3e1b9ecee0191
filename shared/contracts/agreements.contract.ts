import { z } from 'zod';
import { addDays, addMonths } from '../vi/dates.ts';
import { isoDate } from './common.contract.ts';

// Thương lượng tập thể (bargaining rounds) and thỏa ước lao động tập thể (collective labour agreements, BLLĐ 2019
// Điều 75–89) of an enterprise union, with the checks the law asks of them.

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const optional = (max: number, what: string) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự`).nullish().transform((v) => v || null);
const nullableDate = isoDate.nullish().transform((v) => v ?? null);

export const minimumWageRegion = z.enum(['I', 'II', 'III', 'IV'], { message: 'Vùng lương tối thiểu là I, II, III hoặc IV' });
export type MinimumWageRegion = z.infer<typeof minimumWageRegion>;
export const clauseTopic = z.enum(['wage', 'leave', 'meal', 'tet_bonus', 'allowance', 'other'], { message: 'Nội dung điều khoản không hợp lệ' });
export type ClauseTopic = z.infer<typeof clauseTopic>;
export const clauseValueUnit = z.enum(['dong_month', 'dong_shift', 'dong', 'days', 'percent'], { message: 'Đơn vị không hợp lệ' });

export const bargainingRoundInput = z.strictObject({
  heldOn: isoDate,
  parties: text(2, 1000, 'Thành phần hai bên'),
  demands: text(2, 4000, 'Yêu cầu của người lao động'),
  outcome: optional(4000, 'Kết quả'),
});
export type BargainingRoundInput = z.infer<typeof bargainingRoundInput>;
export const bargainingRoundView = bargainingRoundInput.extend({ id: z.number() });
export type BargainingRoundView = z.infer<typeof bargainingRoundView>;

export const agreementClauseInput = z.strictObject({
  topic: clauseTopic,
  text: text(2, 4000, 'Nội dung điều khoản'),
  betterThanLaw: z.boolean().default(false),
  legalReference: optional(300, 'Căn cứ pháp luật'),
  value: z.number().int('Giá trị là số nguyên').min(0, 'Giá trị không âm').max(1_000_000_000_000, 'Giá trị quá lớn').nullish().transform((v) => v ?? null),
  valueUnit: clauseValueUnit.nullish().transform((v) => v ?? null),
})
  .refine((c) => (c.value === null) === (c.valueUnit === null), { message: 'Giá trị và đơn vị đi cùng nhau', path: ['valueUnit'] })
  .refine((c) => c.topic !== 'wage' || (c.value !== null && c.valueUnit === 'dong_month'),
    { message: 'Điều khoản tiền lương cần mức lương tối thiểu theo tháng (đồng/tháng)', path: ['value'] })
  .refine((c) => !c.betterThanLaw || c.legalReference !== null,
    { message: 'Điều khoản có lợi hơn quy định của pháp luật cần ghi căn cứ pháp luật', path: ['legalReference'] });
export type AgreementClauseInput = z.infer<typeof agreementClauseInput>;

export const agreementInput = z.strictObject({
  title: text(2, 300, 'Tên thỏa ước'),
  region: minimumWageRegion,
  workersTotal: z.number().int('Tổng số người lao động là số nguyên').min(1, 'Tổng số người lao động từ 1').max(1_000_000, 'Tổng số người lao động tối đa 1.000.000'),
  votesFor: z.number().int('Số người biểu quyết tán thành là số nguyên').min(0, 'Số người tán thành không âm').max(1_000_000, 'Số người tán thành tối đa 1.000.000'),
  votedOn: isoDate,
  signedOn: isoDate,
  effectiveFrom: isoDate,
  expiresOn: isoDate,
  sentToAuthorityOn: nullableDate,
  note: optional(2000, 'Ghi chú'),
  clauses: z.array(agreementClauseInput).max(500, 'Tối đa 500 điều khoản').default([]),
})
  .refine((a) => a.votesFor <= a.workersTotal, { message: 'Số người tán thành không quá tổng số người lao động', path: ['votesFor'] })
  .refine((a) => a.signedOn >= a.votedOn, { message: 'Ngày ký không trước ngày biểu quyết', path: ['signedOn'] })
  .refine((a) => a.effectiveFrom >= a.signedOn, { message: 'Ngày có hiệu lực không trước ngày ký', path: ['effectiveFrom'] })
  .refine((a) => a.expiresOn >= addDays(addMonths(a.effectiveFrom, 12), -1) && a.expiresOn <= addMonths(a.effectiveFrom, 36),
    { message: 'Thời hạn thỏa ước từ 1 năm đến 3 năm (Bộ luật Lao động, Điều 78)', path: ['expiresOn'] })
  .refine((a) => a.sentToAuthorityOn === null || a.sentToAuthorityOn >= a.signedOn,
    { message: 'Ngày gửi cơ quan quản lý nhà nước về lao động không trước ngày ký', path: ['sentToAuthorityOn'] });
export type AgreementInput = z.infer<typeof agreementInput>;

/** A wage clause against the regional minimum wage in force on the agreement's effective date. */
export const wageCheckView = z.object({
  minimum: z.number().nullable(),
  source: z.string().nullable(),
  marginPercent: z.number().nullable(),
  above: z.boolean(),
});
export type WageCheckView = z.infer<typeof wageCheckView>;

export const agreementClauseView = z.object({
  id: z.number(), position: z.number(), topic: clauseTopic, text: z.string(), betterThanLaw: z.boolean(), legalReference: z.string().nullable(),
  value: z.number().nullable(), valueUnit: clauseValueUnit.nullable(),
  wageCheck: wageCheckView.nullable(),
  /** Marked better than the law and, for a wage, above the regional minimum. */
  betterThanLawConfirmed: z.boolean(),
});
export type AgreementClauseView = z.infer<typeof agreementClauseView>;

export const agreementChecksView = z.object({
  /** More than 50 % of the workers voted for it (Điều 76). */
  voteValid: z.boolean(),
  votePercent: z.number(),
  /** The last day to send the copy to the labour authority (10 days after signing, Điều 77). */
  authorityDueOn: z.string(),
  authority: z.enum(['in_time', 'late', 'pending', 'overdue']),
  inForce: z.boolean(),
  daysToExpiry: z.number(),
  /** From 90 days before expiry (Điều 83) while not expired. */
  renegotiate: z.boolean(),
});
export type AgreementChecksView = z.infer<typeof agreementChecksView>;

export const agreementView = z.object({
  id: z.number(), title: z.string(), region: minimumWageRegion, workersTotal: z.number(), votesFor: z.number(), votedOn: z.string(),
  signedOn: z.string(), effectiveFrom: z.string(), expiresOn: z.string(), sentToAuthorityOn: z.string().nullable(), note: z.string().nullable(),
  clauses: z.array(agreementClauseView),
  checks: agreementChecksView,
});
export type AgreementView = z.infer<typeof agreementView>;

export const agreementsQuery = z.object({ date: isoDate.optional() });
export const agreementsPageView = z.object({
  date: z.string(),
  agreements: z.array(agreementView),
  rounds: z.array(bargainingRoundView),
});
export type AgreementsPageView = z.infer<typeof agreementsPageView>;
