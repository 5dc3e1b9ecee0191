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

/**
 * A grassroots union's key figures in the roll-up: members on the date, the year's emulation, finance, welfare and
 * enterprise records. Null where the union keeps no such record (no workforce figures, no classification yet): the
 * roll-up sums what is known and counts the unions that have it. Money in integer đồng.
 */
export const unionFigures = z.object({
  /** Workers employed on the date (latest workforce figures on or before it); null if none recorded. */
  employees: z.number().nullable(),
  /** Titles registered for the year (individual and collective registrations) and achieved (recorded decisions). */
  titlesRegistered: z.number(),
  titlesAchieved: z.number(),
  /** The union's classification for the year (code of the classification rule's grade), null if not classified. */
  classification: z.string().nullable(),
  /** Dues for the year: what the members owed, what was collected, and what went up to the upper level. */
  duesExpected: z.number(),
  duesCollected: z.number(),
  remitted: z.number(),
  /** Welfare (thăm hỏi, trợ cấp, quà) paid out in the year. */
  welfareSpent: z.number(),
  /** A collective agreement in force on the date. */
  agreementInForce: z.boolean(),
  /** Dialogues at the workplace held in the year (periodic and on request). */
  dialoguesHeld: z.number(),
});
export type UnionFigures = z.infer<typeof unionFigures>;

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
  /** The key figures of a grassroots union for the date and year (zeros and nulls for an upper level's own row). */
  figures: unionFigures,
});
export type SubordinateRow = z.infer<typeof subordinateRow>;

/** Sums over a set of grassroots unions: a subtotal (one level, one kind) or the grand total. */
export const rollupTotals = z.object({
  unions: z.number(),
  members: z.number(),
  women: z.number(),
  /** Sum of employees over the unions that recorded them, and how many did. */
  employees: z.number(),
  unionsWithWorkforce: z.number(),
  /** Members of those unions: the coverage of the workforce is this over `employees`. */
  membersWithWorkforce: z.number(),
  titlesRegistered: z.number(),
  titlesAchieved: z.number(),
  /** Unions per classification code ('none' for not classified). */
  classifications: z.record(z.string(), z.number()),
  duesExpected: z.number(),
  duesCollected: z.number(),
  remitted: z.number(),
  welfareSpent: z.number(),
  agreementsInForce: z.number(),
  dialoguesHeld: z.number(),
  /** Unions per report state. */
  reports: z.record(z.string(), z.number()),
});
export type RollupTotals = z.infer<typeof rollupTotals>;

export const subordinatesView = z.object({
  orgId: z.number(),
  asOf: z.string(),
  year: z.number(),
  rows: z.array(subordinateRow),
  /** Over every grassroots union below; per upper level (its whole subtree, keyed by its id) and per kind. */
  totals: rollupTotals,
  byUpperLevel: z.record(z.string(), rollupTotals),
  byKind: z.record(z.string(), rollupTotals),
});
export type SubordinatesView = z.infer<typeof subordinatesView>;
