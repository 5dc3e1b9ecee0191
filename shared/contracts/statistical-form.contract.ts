import { z } from 'zod';
import { isoDate } from './common.contract.ts';

// The Confederation's statistical form Mẫu 1-HĐCĐ of a grassroots union: figures as of 31/5 or 30/11 of a year, each
// row with where its number comes from (trace).

/** The form's two reporting dates (month-day). */
export const REPORTING_DAYS = ['05-31', '11-30'] as const;

export const isReportingDate = (iso: string) => (REPORTING_DAYS as readonly string[]).includes(iso.slice(5));

export const statisticalFormQuery = z.object({
  date: isoDate.refine(isReportingDate, 'Mẫu 1-HĐCĐ chỉ lập theo số liệu ngày 31/5 hoặc 30/11 của một năm'),
});

export const statisticalFormRow = z.object({
  /** Stable key of the row in the rows file. */
  key: z.string(),
  kind: z.enum(['heading', 'figure']),
  tt: z.string(),
  content: z.string(),
  unit: z.string(),
  /** Null: no figure (no source yet, or nothing entered). */
  value: z.number().nullable(),
  note: z.string(),
  trace: z.string(),
});
export type StatisticalFormRow = z.infer<typeof statisticalFormRow>;

export const statisticalFormView = z.object({
  form: z.literal('Mẫu 1-HĐCĐ'),
  union: z.object({ id: z.number(), code: z.string(), name: z.string(), parentName: z.string().nullable() }),
  date: z.string(),
  /** The period the counts of the form cover: from 01/12 of the previous year to the reporting date. */
  periodFrom: z.string(),
  rows: z.array(statisticalFormRow),
});
export type StatisticalFormView = z.infer<typeof statisticalFormView>;
