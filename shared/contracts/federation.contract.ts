import { z } from 'zod';
import { isoDate } from './common.contract.ts';
import { orgKindCode } from './orgs.contract.ts';
import { annualReportStatus, reportYear } from './reports.contract.ts';

export const subordinatesQuery = z.object({
  /** The tree, names and member counts of this date (default today). */
  date: isoDate.optional(),
  /** The annual report year whose status is shown (default the year of `date`). */
  year: reportYear.optional(),
});

/** One organisation below an upper level, as it stood on the date. */
export const subordinateRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: orgKindCode,
  isUpperLevel: z.boolean(),
  /** The parent on the date, and the depth below the organisation asked about (1 = directly under it). */
  parentId: z.number().nullable(),
  depth: z.number(),
  establishedOn: z.string(),
  endedOn: z.string().nullable(),
  /** The organisation's own members on the date (an upper level has none of its own: subtotals are the client's). */
  members: z.number(),
  women: z.number(),
  /** Of `members`, those whose membership is suspended (tạm dừng sinh hoạt) on the date. */
  suspended: z.number(),
  /** Null for an upper level, which writes no union report. */
  report: annualReportStatus.nullable(),
});
export type SubordinateRow = z.infer<typeof subordinateRow>;

export const subordinatesView = z.object({
  orgId: z.number(),
  asOf: z.string(),
  year: z.number(),
  rows: z.array(subordinateRow),
});
export type SubordinatesView = z.infer<typeof subordinatesView>;
