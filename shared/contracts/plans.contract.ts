import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';
import { attachmentRef } from './attachments.contract.ts';

// Kế hoạch, chỉ tiêu: the targets of a union's plan for a year, each with its measure, its target value, the actual
// value computed live (or read by hand with evidence), its status and its progress month by month.

export const planYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

export const planMeasure = z.enum(['title_share', 'title_count', 'classification', 'documents_on_time', 'attendance_rate', 'registration_share', 'manual']);
export type PlanMeasure = z.infer<typeof planMeasure>;

export const planTitle = z.enum(['ldtt', 'cstdcs', 'httnv', 'htxsnv']);
export type PlanTitle = z.infer<typeof planTitle>;

export const planUnit = z.enum(['percent', 'count', 'grade', 'rank', 'number']);
export type PlanUnit = z.infer<typeof planUnit>;

export const targetStatus = z.enum(['met', 'on_track', 'at_risk', 'not_met', 'pending']);
export type TargetStatus = z.infer<typeof targetStatus>;

const code = z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Mã không hợp lệ');

export const targetParams = z.strictObject({
  title: planTitle.optional(),
  category: code.optional(),
  kind: code.optional(),
});
export type TargetParams = z.infer<typeof targetParams>;

const value = z.number().min(0, 'Giá trị không âm').max(1_000_000, 'Giá trị quá lớn');

/** The unit each computed measure is counted in; only a manual target chooses its own. */
export const MEASURE_UNIT: Record<Exclude<PlanMeasure, 'manual'>, PlanUnit> = {
  title_share: 'percent', title_count: 'count', classification: 'grade', documents_on_time: 'percent',
  attendance_rate: 'percent', registration_share: 'percent',
};

/** The words a statement may hold in braces: where the target value and the plan's year are written. */
export const STATEMENT_TOKENS = ['{{chiTieu}}', '{{nam}}'] as const;

export const targetInput = z.strictObject({
  statement: z.string().trim().min(2, 'Nội dung chỉ tiêu từ 2 ký tự').max(500, 'Nội dung chỉ tiêu tối đa 500 ký tự')
    .refine((s) => (s.match(/\{\{[^{}]*\}\}/g) ?? []).every((x) => (STATEMENT_TOKENS as readonly string[]).includes(x)),
      'Trong nội dung chỉ tiêu chỉ dùng {{chiTieu}} (mức chỉ tiêu) và {{nam}} (năm của kế hoạch)'),
  movementId: idRef.nullish().transform((v) => v ?? null),
  measure: planMeasure.default('manual'),
  params: targetParams.default({}),
  targetMin: value,
  targetMax: value.nullish().transform((v) => v ?? null),
  /** Only for a manual target; a computed measure has its own unit. */
  unit: planUnit.default('number'),
  lowerIsBetter: z.boolean().default(false),
})
  .refine((t) => t.targetMax === null || t.targetMax >= t.targetMin, { message: 'Giá trị cao của khoảng không nhỏ hơn giá trị thấp', path: ['targetMax'] })
  .refine((t) => !['title_share', 'title_count'].includes(t.measure) || t.params.title !== undefined, { message: 'Chọn danh hiệu hoặc mức xếp loại', path: ['params', 'title'] })
  .refine((t) => t.measure !== 'attendance_rate' || t.params.kind !== undefined, { message: 'Chọn loại hoạt động', path: ['params', 'kind'] })
  .refine((t) => t.measure === 'manual' || !t.lowerIsBetter, { message: 'Chỉ chỉ tiêu nhập tay mới có thể "càng thấp càng tốt"', path: ['lowerIsBetter'] })
  .refine((t) => t.measure !== 'classification' || ([1, 2, 3, 4].includes(t.targetMin) && t.targetMax === null),
    { message: 'Mức xếp loại là 1 (KHTNV) đến 4 (HTXSNV)', path: ['targetMin'] })
  .refine((t) => !['title_share', 'documents_on_time', 'attendance_rate', 'registration_share'].includes(t.measure)
    || (t.targetMin <= 100 && (t.targetMax ?? 0) <= 100), { message: 'Tỷ lệ từ 0 đến 100 %', path: ['targetMin'] })
  .refine((t) => t.measure !== 'manual' || t.unit !== 'percent' || (t.targetMin <= 100 && (t.targetMax ?? 0) <= 100),
    { message: 'Tỷ lệ từ 0 đến 100 %', path: ['targetMin'] });
export type TargetInput = z.infer<typeof targetInput>;

export const importTargetsInput = z.strictObject({ movementId: idRef });

export const reorderInput = z.strictObject({ targetIds: z.array(idRef).min(1).max(1000) });

export const readingInput = z.strictObject({
  recordedOn: isoDate,
  value,
  evidence: z.string().trim().min(2, 'Minh chứng từ 2 ký tự').max(1000, 'Minh chứng tối đa 1000 ký tự'),
  attachmentId: idRef.nullish().transform((v) => v ?? null),
});
export type ReadingInput = z.infer<typeof readingInput>;

export const readingView = z.object({
  id: z.number(), recordedOn: z.string(), value: z.number(), evidence: z.string(), attachment: attachmentRef.nullable(),
});
export type ReadingView = z.infer<typeof readingView>;

export const targetView = z.object({
  id: z.number(),
  year: z.number(),
  position: z.number(),
  /** As kept: {{chiTieu}} and {{nam}} where the target value and the year go. */
  statement: z.string(),
  /** As read: the statement with the target value and the year written in. */
  text: z.string(),
  movementId: z.number().nullable(),
  movementName: z.string().nullable(),
  measure: planMeasure,
  params: targetParams,
  targetMin: z.number(),
  targetMax: z.number().nullable(),
  unit: planUnit,
  lowerIsBetter: z.boolean(),
  /** The value now (percent, count, grade rank 1–4, or the latest reading); null: no data yet. */
  actual: z.number().nullable(),
  /** The value expected from the registrations, for titles before the results. */
  forecast: z.number().nullable(),
  status: targetStatus,
  /** Month by month for rates, one point otherwise. */
  series: z.array(z.object({ on: z.string(), value: z.number() })),
  readings: z.array(readingView),
});
export type TargetView = z.infer<typeof targetView>;

export const planView = z.object({
  year: z.number(),
  /** The day the actuals are counted on: today, or 31/12 of a past year. */
  asOf: z.string(),
  targets: z.array(targetView),
  /** The union's movements of the year, to import their targets. */
  movements: z.array(z.object({ id: z.number(), name: z.string(), targets: z.array(z.string()) })),
  /** Activity kinds, for the attendance measure. */
  kinds: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Member categories of the union's kind, for the share measures. */
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type PlanView = z.infer<typeof planView>;

// ---- how a value reads (the report's text and the web page alike)

export const GRADE_NAMES: Record<number, string> = { 1: 'KHTNV', 2: 'HTNV', 3: 'HTTNV', 4: 'HTXSNV' };

const decimal = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',');

/** 100 → "100%", 2 → "02", 4 (grade) → "HTXSNV", a rank → "thứ 4". */
export function formatPlanValue(unit: PlanUnit, v: number): string {
  switch (unit) {
    case 'percent': return `${decimal(v)}%`;
    case 'count': return Number.isInteger(v) && v < 10 ? `0${v}` : decimal(v);
    case 'grade': return GRADE_NAMES[v] ?? decimal(v);
    case 'rank': return `thứ ${decimal(v)}`;
    case 'number': return decimal(v);
  }
}

/** The target as a value: "100%", "02–03", "thứ 4–5", "HTXSNV". */
export function formatPlanTarget(t: { unit: PlanUnit; targetMin: number; targetMax: number | null }): string {
  if (t.targetMax === null || t.targetMax === t.targetMin) {
    return formatPlanValue(t.unit, t.targetMin);
  }
  const max = formatPlanValue(t.unit, t.targetMax);
  return `${formatPlanValue(t.unit, t.targetMin)}–${t.unit === 'rank' ? max.replace('thứ ', '') : max}`;
}

/**
 * The statement as it reads: "Phấn đấu có {{chiTieu}} cán bộ, công chức đạt danh hiệu Lao động tiên tiến năm {{nam}}"
 * → "… có 100% cán bộ, công chức … năm 2024". The value is never typed into the text, so the report's part B and
 * the plan page cannot disagree with the target kept.
 */
export function statementText(t: { statement: string; year: number; unit: PlanUnit; targetMin: number; targetMax: number | null }): string {
  return t.statement.replaceAll('{{chiTieu}}', formatPlanTarget(t)).replaceAll('{{nam}}', String(t.year));
}

export const STATUS_TEXT: Record<TargetStatus, string> = {
  met: 'đạt', on_track: 'đúng tiến độ', at_risk: 'có nguy cơ không đạt', not_met: 'không đạt', pending: 'chưa có số liệu',
};
