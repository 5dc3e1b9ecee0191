import { z } from 'zod';
import { isoDate } from './common.contract.ts';

// The Confederation's statistical forms: Mẫu 1-HĐCĐ of a grassroots union, figures as of 31/5 or 30/11 of a year, each
// row with where its number comes from (trace); Mẫu 2-HĐCĐ of an upper level, the same rows summed over the
// grassroots unions below it in the tree of that date.

/** The form's two reporting dates (month-day). */
export const REPORTING_DAYS = ['05-31', '11-30'] as const;

export const isReportingDate = (iso: string) => (REPORTING_DAYS as readonly string[]).includes(iso.slice(5));

export const statisticalFormQuery = z.object({
  date: isoDate.refine(isReportingDate, 'Mẫu 1-HĐCĐ, Mẫu 2-HĐCĐ chỉ lập theo số liệu ngày 31/5 hoặc 30/11 của một năm'),
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
  /** Mẫu 2-HĐCĐ: how many of the unions counted have a figure for this row; null on Mẫu 1 and on headings. */
  reported: z.number().nullable(),
});
export type StatisticalFormRow = z.infer<typeof statisticalFormRow>;

export const statisticalFormName = z.enum(['Mẫu 1-HĐCĐ', 'Mẫu 2-HĐCĐ']);
export type StatisticalFormName = z.infer<typeof statisticalFormName>;

/** A grassroots union summed into Mẫu 2-HĐCĐ. */
export const summedUnion = z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() });

export const statisticalFormView = z.object({
  form: statisticalFormName,
  /** The organisation whose form it is: a grassroots union (Mẫu 1) or an upper level (Mẫu 2). */
  union: z.object({ id: z.number(), code: z.string(), name: z.string(), parentName: z.string().nullable() }),
  date: z.string(),
  /** The period the counts of the form cover: from 01/12 of the previous year to the reporting date. */
  periodFrom: z.string(),
  rows: z.array(statisticalFormRow),
  /** Mẫu 2-HĐCĐ: the grassroots unions summed (any depth below, in the tree of the date); null on Mẫu 1. */
  unions: z.array(summedUnion).nullable(),
});
export type StatisticalFormView = z.infer<typeof statisticalFormView>;
