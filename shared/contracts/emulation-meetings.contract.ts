import { z } from 'zod';
import { idRef, isoDate, optionalText } from './common.contract.ts';
import { titleCode, yearSchema } from './emulation.contract.ts';

// Họp bình xét: the year-end evaluation meeting of a union, its votes per candidate and title, and the union's pass
// threshold (../shared/domain/emulation.md: no national rule was found, so the threshold is the union's own setting).

/** A share of the votes cast: "trên 1/2" (more than) or "từ 2/3 trở lên" (at least). */
export const voteThreshold = z.strictObject({
  numerator: z.number().int().min(1, 'Tử số từ 1').max(100),
  denominator: z.number().int().min(1, 'Mẫu số từ 1').max(100, 'Mẫu số tối đa 100'),
  inclusive: z.boolean(),
}).refine((t) => t.numerator <= t.denominator, { path: ['numerator'], message: 'Tỷ lệ không vượt quá toàn bộ số phiếu' })
  .refine((t) => t.inclusive || t.numerator < t.denominator, { path: ['inclusive'], message: 'Không thể đạt “trên toàn bộ số phiếu”' });
export type VoteThreshold = z.infer<typeof voteThreshold>;

/** When a union has not chosen: more than half of the votes cast. */
export const DEFAULT_VOTE_THRESHOLD: VoteThreshold = { numerator: 1, denominator: 2, inclusive: false };

/** "trên 1/2 tổng số phiếu bầu", "từ 2/3 tổng số phiếu bầu trở lên". */
export function thresholdLabel(t: VoteThreshold): string {
  const share = `${t.numerator}/${t.denominator}`;
  return t.inclusive ? `từ ${share} tổng số phiếu bầu trở lên` : `trên ${share} tổng số phiếu bầu`;
}

/** Whether votesFor of votesCast reaches the threshold, in integers (no rounding at the boundary). */
export function passesThreshold(votesFor: number, votesCast: number, t: VoteThreshold): boolean {
  const left = votesFor * t.denominator;
  const right = t.numerator * votesCast;
  return t.inclusive ? left >= right : left > right;
}

export const voteThresholdView = z.object({
  numerator: z.number(),
  denominator: z.number(),
  inclusive: z.boolean(),
  label: z.string(),
  /** true while the union has not chosen its own threshold. */
  isDefault: z.boolean(),
});
export type VoteThresholdView = z.infer<typeof voteThresholdView>;

const personName = (what: string) => z.string().trim().min(2, `Nhập họ tên ${what}`).max(120, 'Tối đa 120 ký tự');

export const meetingInput = z.strictObject({
  year: yearSchema,
  heldOn: isoDate,
  place: z.string().trim().min(2, 'Nhập địa điểm họp').max(300, 'Tối đa 300 ký tự'),
  chairName: personName('người chủ trì'),
  secretaryName: personName('thư ký'),
  /** Đoàn viên được triệu tập. */
  membersTotal: z.number().int().min(1).max(100_000).nullish().transform((v) => v ?? null),
  /** Số người dự họp; taken from attendeeIds when only they are given. */
  attendeeCount: z.number().int().min(1, 'Số người dự họp từ 1').max(100_000).nullish().transform((v) => v ?? null),
  attendeeIds: z.array(idRef).max(2000).nullish().transform((v) => v ?? []),
  content: optionalText(5000),
}).refine((m) => m.attendeeCount !== null || m.attendeeIds.length > 0, {
  path: ['attendeeCount'], message: 'Nhập số người dự họp hoặc danh sách đoàn viên dự họp',
}).refine((m) => new Set(m.attendeeIds).size === m.attendeeIds.length, { path: ['attendeeIds'], message: 'Một đoàn viên có tên hai lần' });
export type MeetingInput = z.infer<typeof meetingInput>;

const voteInput = z.strictObject({
  memberId: idRef,
  title: titleCode,
  votesFor: z.number().int().min(0, 'Số phiếu không âm').max(100_000),
  votesCast: z.number().int().min(1, 'Số phiếu bầu từ 1').max(100_000),
}).refine((v) => v.votesFor <= v.votesCast, { path: ['votesFor'], message: 'Số phiếu đồng ý không vượt quá số phiếu bầu' });

/** The meeting's whole vote table: recorded again, it replaces the previous one (kept in the audit). */
export const votesInput = z.strictObject({ votes: z.array(voteInput).max(1000) })
  .refine((b) => new Set(b.votes.map((v) => `${v.memberId}:${v.title}`)).size === b.votes.length, {
    path: ['votes'], message: 'Một đoàn viên được bình xét hai lần cho cùng một danh hiệu',
  });
export type VotesInput = z.infer<typeof votesInput>;

export const candidateView = z.object({
  memberId: z.number(),
  memberName: z.string(),
  category: z.string(),
  position: z.string().nullable(),
  title: titleCode,
  votesFor: z.number(),
  votesCast: z.number(),
  /** votesFor / votesCast, for display; pass/fail is decided in integers. */
  share: z.number(),
  passed: z.boolean(),
});
export type CandidateView = z.infer<typeof candidateView>;

export const meetingView = z.object({
  id: z.number(),
  year: z.number(),
  heldOn: z.string(),
  place: z.string(),
  chairName: z.string(),
  secretaryName: z.string(),
  membersTotal: z.number().nullable(),
  attendeeCount: z.number(),
  attendees: z.array(z.object({ memberId: z.number(), memberName: z.string() })),
  content: z.string().nullable(),
  /** The union's threshold when the meeting was recorded. */
  threshold: z.object({ numerator: z.number(), denominator: z.number(), inclusive: z.boolean(), label: z.string() }),
  /** LĐTT first, then CSTĐCS; within a title, by share of votes, highest first. */
  candidates: z.array(candidateView),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingList = z.object({ items: z.array(meetingView) });

/** The proposal dossier's options: the title proposed, the deciding body, one candidate or all who passed. */
export const dossierQuery = z.object({
  title: titleCode,
  /** Kính gửi: the body that decides (e.g. "UBND thị xã Hương Trà"); blank for handwriting when absent. */
  to: z.string().trim().min(2).max(200).optional(),
  memberId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  /** Date of the tờ trình, the list and the achievement reports; the meeting's date when absent. */
  date: isoDate.optional(),
});
export type DossierQuery = z.infer<typeof dossierQuery>;

/** The collective achievement report's date: 31/12 of the award's year (today while that year runs) when absent. */
export const achievementReportQuery = z.object({ date: isoDate.optional() });
