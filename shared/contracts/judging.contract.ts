import { z } from 'zod';
import { isoDate } from './common.contract.ts';
import { titleCode } from './emulation.contract.ts';
import { capResult, judgement } from './rules.contract.ts';

// Xét duyệt: the emulation year's candidates judged by the rules module against the records (issue 11, item 9),
// and the cash that goes with a decided title or commendation (item 8).

export const judgingQuery = z.object({
  /** Judge "as if under the rules of this date" (xem theo quy định năm …); default: the year's last day. */
  asOf: isoDate.optional(),
  /** The evaluation meeting (họp bình xét): what is recognised after it does not count; default: today. */
  meetingOn: isoDate.optional(),
});
export type JudgingQuery = z.infer<typeof judgingQuery>;

const titleJudgement = z.object({
  title: titleCode,
  /** Registered for this title in the year. */
  registered: z.boolean(),
  /** The recorded result, if any. */
  status: z.enum(['proposed', 'decided']).nullable(),
  judgement: judgement.nullable(),
  /** Why there is no judgement (no rule set for the title on the rules' date). */
  missing: z.string().nullable(),
});

export const judgingCandidate = z.object({
  memberId: z.number(),
  memberName: z.string(),
  category: z.string(),
  /** The facts read from the records, as the rules module sees them. */
  facts: z.object({
    titles: z.array(z.string()),
    rating: z.string().nullable(),
    initiatives: z.array(z.object({ title: z.string(), level: z.string(), recognisedOn: z.string() })),
    disciplines: z.array(z.object({ level: z.string(), on: z.string() })),
  }),
  titles: z.array(titleJudgement),
});
export type JudgingCandidate = z.infer<typeof judgingCandidate>;

export const yearJudging = z.object({
  year: z.number(),
  /** The date whose rules judge the year (the year's last day, or asOf). */
  rulesDate: z.string(),
  /** The date of evaluation: later recognitions do not count (the meeting, else the judging date). */
  evaluatedOn: z.string(),
  meetingOn: z.string().nullable(),
  candidates: z.array(judgingCandidate),
  caps: z.array(capResult),
});
export type YearJudging = z.infer<typeof yearJudging>;

export const cashInput = z.strictObject({
  /** Integer đồng; null when no cash goes with it. */
  cashAmount: z.number().int('Số tiền là số nguyên đồng').min(0, 'Số tiền không âm').max(1_000_000_000_000).nullable(),
  reason: z.string().trim().min(5, 'Nhập lý do sửa số tiền (ít nhất 5 ký tự)').max(1000, 'Tối đa 1000 ký tự'),
});
export type CashInput = z.infer<typeof cashInput>;
export const cashView = z.object({ id: z.number(), cashAmount: z.number().nullable() });
