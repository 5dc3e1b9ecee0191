import { z } from 'zod';
import { isoDate } from './common.contract.ts';
import { importRowError } from './import.contract.ts';
import { workforceIssues } from './workforce-rules.ts';

// Tình hình lao động, việc làm of an enterprise union (Mẫu 1-HĐCĐ part A I): the figures at a date, and what congdoan
// computes from them (coverage: members / employees; the shares of women, under-employed and insured).

export const workforceYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const count = (what: string) => z.number({ error: `${what} là số người` }).int(`${what} là số nguyên`).min(0, `${what} không âm`)
  .max(1_000_000, `${what} tối đa 1.000.000`);
const countOrZero = (what: string) => count(what).default(0);
const money = (what: string, max: number) => z.number({ error: `${what} là số đồng` }).int(`${what} là số đồng nguyên`)
  .min(0, `${what} không âm`).max(max, `${what} quá lớn`);
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

export const workforceInput = z.strictObject({
  asOf: isoDate,
  employees: count('Tổng số lao động'),
  women: count('Lao động nữ'),
  /** Left empty: congdoan counts the union's members on the date. */
  membersCount: optional(count('Số đoàn viên')),
  contractsIndefinite: countOrZero('HĐLĐ không xác định thời hạn'),
  contractsFixedTerm: countOrZero('HĐLĐ xác định thời hạn'),
  contractsSeasonal: countOrZero('HĐLĐ dưới 12 tháng, mùa vụ'),
  socialInsured: countOrZero('Số tham gia BHXH'),
  healthInsured: countOrZero('Số tham gia BHYT'),
  unemploymentInsured: countOrZero('Số tham gia BHTN'),
  underEmployed: countOrZero('Lao động thiếu việc làm'),
  underEmployedWomen: countOrZero('Lao động nữ thiếu việc làm'),
  averageIncome: optional(money('Thu nhập bình quân', 10_000_000_000)),
  incomePeople: optional(count('Số người tính thu nhập')),
  wageArrearsWorkers: countOrZero('Số người bị nợ lương'),
  wageArrearsAmount: money('Số tiền nợ lương', 1_000_000_000_000_000).default(0),
  tetBonusAverage: optional(money('Thưởng Tết bình quân', 10_000_000_000)),
  mealValuePerShift: optional(money('Tiền ăn ca', 10_000_000)),
  housedByEmployer: countOrZero('Số được bố trí nhà ở'),
  renting: countOrZero('Số tự thuê trọ'),
  note: z.string().trim().max(2000, 'Ghi chú tối đa 2000 ký tự').nullish().transform((v) => v || null),
}).superRefine((f, ctx) => {
  for (const issue of workforceIssues(f)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
  }
});
export type WorkforceInput = z.infer<typeof workforceInput>;

export const workforceView = z.object({
  id: z.number(),
  asOf: z.string(),
  employees: z.number(),
  women: z.number(),
  /** As entered; null when congdoan counts it. */
  membersCount: z.number().nullable(),
  contractsIndefinite: z.number(),
  contractsFixedTerm: z.number(),
  contractsSeasonal: z.number(),
  socialInsured: z.number(),
  healthInsured: z.number(),
  unemploymentInsured: z.number(),
  underEmployed: z.number(),
  underEmployedWomen: z.number(),
  averageIncome: z.number().nullable(),
  incomePeople: z.number().nullable(),
  wageArrearsWorkers: z.number(),
  wageArrearsAmount: z.number(),
  tetBonusAverage: z.number().nullable(),
  mealValuePerShift: z.number().nullable(),
  housedByEmployer: z.number(),
  renting: z.number(),
  note: z.string().nullable(),
  /** The members the coverage is computed over: entered, or the union's members on the date. */
  members: z.number(),
  membersCounted: z.boolean(),
  /** Ratios (0–1) of the employees; null when there are no employees. */
  coverage: z.number().nullable(),
  womenShare: z.number().nullable(),
  underEmployedShare: z.number().nullable(),
  socialInsuredShare: z.number().nullable(),
  healthInsuredShare: z.number().nullable(),
  unemploymentInsuredShare: z.number().nullable(),
  contracted: z.number(),
});
export type WorkforceView = z.infer<typeof workforceView>;

export const workforceListView = z.object({ year: z.number(), figures: z.array(workforceView) });
export type WorkforceListView = z.infer<typeof workforceListView>;

/** The answer of an import of the employer's figures (checked first; written only when every row is good). */
export const workforceImportResult = z.object({
  valid: z.boolean(), rows: z.number(), imported: z.number(), created: z.number(), updated: z.number(), dates: z.array(z.string()),
  errorCount: z.number(), errors: z.array(importRowError),
});
export type WorkforceImportResult = z.infer<typeof workforceImportResult>;
