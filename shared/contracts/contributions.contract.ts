import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';
import { yearMonth } from './dues.contract.ts';
import { account, dongAmount, entryView } from './finance.contract.ts';

// Voluntary funds (quỹ tự nguyện: a monthly amount per member decided by the members, e.g. 50.000 đ/người/tháng) with
// their month-by-member grid, and campaigns (quỹ vận động: each member's contribution, the hand-over, participation).
// Months are "YYYY-MM"; amounts integer đồng.

const note = z.string().trim().max(500, 'Ghi chú tối đa 500 ký tự').nullish().transform((v) => v || null);
const documentRef = z.string().trim().max(200, 'Chứng từ kèm theo tối đa 200 ký tự').nullish().transform((v) => v || null);

/** Không tham gia quỹ: a member out of a voluntary fund from a month (toMonth null: still out). */
const monthsInOrder = { message: 'Tháng cuối phải từ tháng đầu trở đi', path: ['toMonth'] };
const optOutFields = { fromMonth: yearMonth, toMonth: yearMonth.nullish().transform((v) => v ?? null), note };
export const optOutInput = z.strictObject({ memberId: idRef, ...optOutFields })
  .refine((o) => o.toMonth === null || o.toMonth >= o.fromMonth, monthsInOrder);
export type OptOutInput = z.infer<typeof optOutInput>;
/** Rejoining (the last month out) or correcting an opt-out entered wrong. */
export const optOutCorrection = z.strictObject(optOutFields).refine((o) => o.toMonth === null || o.toMonth >= o.fromMonth, monthsInOrder);
export type OptOutCorrection = z.infer<typeof optOutCorrection>;

/** Mức đóng mới từ tháng …, by the members' decision (a conference, a vote): the months from it cost the new amount. */
export const fundAmountInput = z.strictObject({
  fromMonth: yearMonth,
  amount: dongAmount,
  decision: z.string().trim().min(2, 'Ghi căn cứ quyết định (ví dụ: Nghị quyết hội nghị đoàn viên ngày …)').max(300, 'Căn cứ tối đa 300 ký tự'),
});
export type FundAmountInput = z.infer<typeof fundAmountInput>;

/** Đã thu quỹ tháng …: everyone due and unpaid that month, or the members listed; one receipt for the total. */
export const collectMonthInput = z.strictObject({
  month: yearMonth,
  entryDate: isoDate,
  account: account.default('cash'),
  memberIds: z.array(idRef).min(1, 'Chọn ít nhất một đoàn viên').max(20_000).nullish().transform((v) => v ?? null),
  documentRef,
});
export type CollectMonthInput = z.infer<typeof collectMonthInput>;

/** 'upcoming': due in a month not begun yet (collectable in advance, not owed). */
export const contributionStatus = z.enum(['paid', 'unpaid', 'upcoming', 'opted_out', 'not_due']);
export type ContributionStatus = z.infer<typeof contributionStatus>;

export const contributionCell = z.object({
  month: z.string(), status: contributionStatus,
  /** What the month costs when due (paid or not), or what was paid. */
  amount: z.number().nullable(),
  entryId: z.number().nullable(), entryNumber: z.string().nullable(),
});
export const contributionRow = z.object({
  memberId: z.number(), code: z.string(), fullName: z.string(), cells: z.array(contributionCell),
  due: z.number(), paid: z.number(), unpaid: z.number(),
});
export type ContributionRow = z.infer<typeof contributionRow>;

export const optOutView = z.object({
  id: z.number(), memberId: z.number(), memberName: z.string(), fromMonth: z.string(), toMonth: z.string().nullable(), note: z.string().nullable(),
});

export const contributionGrid = z.object({
  fund: z.object({
    id: z.number(), name: z.string(), openingOn: z.string(), closedOn: z.string().nullable(),
    /** The amount of the current month (of December for a past year, January for a future one). */
    monthlyAmount: z.number(),
    /** The amount decided at opening, then each change. */
    amounts: z.array(z.object({ id: z.number().nullable(), fromMonth: z.string(), amount: z.number(), decision: z.string().nullable() })),
  }),
  year: z.number(),
  months: z.array(z.object({ month: z.string(), due: z.number(), paid: z.number(), membersDue: z.number(), membersPaid: z.number() })),
  members: z.array(contributionRow),
  optOuts: z.array(optOutView),
  totals: z.object({
    due: z.number(), paid: z.number(), unpaid: z.number(),
    /** Members who paid every month due / members with a month due, percent with one decimal. */
    participationRate: z.number().nullable(), membersDue: z.number(), membersFullyPaid: z.number(), membersOptedOut: z.number(),
  }),
});
export type ContributionGrid = z.infer<typeof contributionGrid>;

export const collectResult = z.object({
  entry: entryView,
  lines: z.array(z.object({ memberId: z.number(), amount: z.number() })),
});
export type CollectResult = z.infer<typeof collectResult>;

// Campaigns ---------------------------------------------------------------------------------------------------------

export const campaignInput = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'Mã quỹ: chữ thường không dấu, số, "-" hoặc "_"'),
  name: z.string().trim().min(2, 'Tên cuộc vận động từ 2 ký tự').max(200, 'Tên cuộc vận động tối đa 200 ký tự'),
  launchedOn: isoDate,
  recipient: z.string().trim().min(2, 'Nơi nhận từ 2 ký tự').max(200, 'Nơi nhận tối đa 200 ký tự'),
  targetAmount: dongAmount.nullish().transform((v) => v ?? null),
  suggestedAmount: dongAmount.nullish().transform((v) => v ?? null),
  note: z.string().trim().max(1000, 'Ghi chú tối đa 1000 ký tự').nullish().transform((v) => v || null),
});
export type CampaignInput = z.infer<typeof campaignInput>;

/** Members' contributions collected together: one receipt (category campaign) with a line per member. */
export const campaignContributionInput = z.strictObject({
  entryDate: isoDate,
  account: account.default('cash'),
  lines: z.array(z.strictObject({ memberId: idRef, amount: dongAmount })).min(1, 'Chọn ít nhất một đoàn viên').max(20_000),
  documentRef,
});
export type CampaignContributionInput = z.infer<typeof campaignContributionInput>;

/** Chuyển tiền vận động: a payment (category campaign_handover) to the campaign's recipient. */
export const handoverInput = z.strictObject({
  entryDate: isoDate,
  account: account.default('cash'),
  amount: dongAmount,
  documentRef,
});
export type HandoverInput = z.infer<typeof handoverInput>;

export const campaignSummary = z.object({
  fundId: z.number(), code: z.string(), name: z.string(), launchedOn: z.string(),
  /** Null for a campaign fund opened in the ledger without its details. */
  recipient: z.string().nullable(),
  targetAmount: z.number().nullable(), suggestedAmount: z.number().nullable(), note: z.string().nullable(),
  /** Net of reversals. */
  collected: z.number(), handedOver: z.number(), balance: z.number(),
  /** Members active on the launch date who contributed / members active on it, percent with one decimal. */
  membersActive: z.number(), membersContributed: z.number(), participationRate: z.number().nullable(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const campaignDetail = campaignSummary.extend({
  members: z.array(z.object({
    memberId: z.number(), code: z.string(), fullName: z.string(), activeOnLaunch: z.boolean(), amount: z.number(),
    entryNumbers: z.array(z.string()),
  })),
  entries: z.array(entryView),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

/** The logged-in member's own rows: each voluntary fund's months of the year, and what they gave to the year's campaigns. */
export const myContributionsView = z.object({
  year: z.number(), orgId: z.number(),
  funds: z.array(z.object({ fundId: z.number(), name: z.string(), monthlyAmount: z.number(), row: contributionRow.nullable() })),
  campaigns: z.array(z.object({ fundId: z.number(), name: z.string(), launchedOn: z.string(), amount: z.number() })),
});
export type MyContributionsView = z.infer<typeof myContributionsView>;
