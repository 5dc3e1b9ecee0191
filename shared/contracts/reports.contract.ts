import { z } from 'zod';
import { isoDate } from './common.contract.ts';

export const reportYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

export const figureView = z.object({
  value: z.union([z.number(), z.string()]),
  label: z.string(),
  format: z.enum(['count', 'number', 'text', 'money', 'percent']),
  text: z.string(),
});

export const reportSectionView = z.object({
  key: z.string(),
  level: z.enum(['part', 'roman', 'arabic']).nullable(),
  title: z.string().nullable(),
  providers: z.array(z.string()),
  paragraphs: z.array(z.string()),
  rendered: z.array(z.string()),
  edited: z.boolean(),
  figureKeys: z.array(z.string()),
  errors: z.array(z.string()),
});
export type ReportSectionView = z.infer<typeof reportSectionView>;

export const reportVersionView = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  version: z.number(),
  number: z.string(),
  issuedOn: z.string(),
  finalisedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedTo: z.string().nullable(),
});
export type ReportVersionView = z.infer<typeof reportVersionView>;

export const annualDraftView = z.object({
  orgId: z.number(),
  year: z.number(),
  date: z.string(),
  template: z.object({ id: z.string(), name: z.string() }),
  figures: z.record(z.string(), figureView),
  sections: z.array(reportSectionView),
  errors: z.array(z.string()),
  versions: z.array(reportVersionView),
});
export type AnnualDraftView = z.infer<typeof annualDraftView>;

export const sectionUpdate = z.strictObject({
  paragraphs: z.array(z.string().max(10_000, 'Đoạn văn quá dài (tối đa 10.000 ký tự)')).max(100),
});

export const reportSettings = z.strictObject({ issuedOn: isoDate });

export const inboxItem = reportVersionView.extend({ orgName: z.string() });
export type InboxItem = z.infer<typeof inboxItem>;
