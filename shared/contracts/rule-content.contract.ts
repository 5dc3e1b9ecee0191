import { z } from 'zod';
import { isoDate } from './common.contract.ts';

// What a rule set holds (rule_sets.content): title conditions as small declarative trees, caps, and dated
// parameters. Every legal figure lives here, in data; the evaluator (server/modules/rules) only interprets it.

/** Staff ratings (xếp loại): HTXSNV > HTTNV > HTNV > KHTNV. An order of words, not a legal figure. */
export const ratings = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export const ratingSchema = z.enum(ratings);
export type Rating = z.infer<typeof ratingSchema>;

/** Levels that recognise an initiative (sáng kiến), lowest first: cơ sở, cấp huyện/thị xã, tỉnh/bộ/ngành, toàn quốc. */
export const recognitionLevels = ['grassroots', 'district', 'provincial', 'national'] as const;
export const recognitionLevelSchema = z.enum(recognitionLevels);
export type RecognitionLevel = z.infer<typeof recognitionLevelSchema>;

/** Disciplinary measures, lightest first: khiển trách, cảnh cáo, and anything heavier (cách chức, buộc thôi việc …). */
export const disciplineLevels = ['reprimand', 'warning', 'severe'] as const;
export const disciplineLevelSchema = z.enum(disciplineLevels);
export type DisciplineLevel = z.infer<typeof disciplineLevelSchema>;

/** A title's code: upper-case letters, digits and '_' (LDTT, CSTDCS, TTLDXS …). */
export const titleCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'Mã danh hiệu: chữ in hoa không dấu, số hoặc "_" (ví dụ LDTT)');
const text = (max: number) => z.string().trim().min(1).max(max);
/** A percentage with at most two decimals, 0–100. */
const percent = z.number().min(0, 'Tỷ lệ từ 0 đến 100').max(100, 'Tỷ lệ từ 0 đến 100')
  .refine((p) => Number.isInteger(Math.round(p * 100)) && Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'Tỷ lệ có tối đa hai chữ số thập phân');

/** What every node may carry: its citation, a plain-Vietnamese sentence, and whether it is believed but unread. */
const cited = {
  article: text(300).optional(),
  text: text(500).optional(),
  unverified: z.boolean().optional(),
};

export type ConditionNode =
  | { kind: 'all' | 'any'; of: ConditionNode[]; article?: string; text?: string; unverified?: boolean }
  | { kind: 'not'; of: ConditionNode; article?: string; text?: string; unverified?: boolean }
  | { kind: 'title_held'; title: string; article?: string; text?: string; unverified?: boolean }
  | { kind: 'rating_at_least'; rating: Rating; article?: string; text?: string; unverified?: boolean }
  | { kind: 'initiative_recognised'; minLevel: RecognitionLevel; article?: string; text?: string; unverified?: boolean }
  | { kind: 'research_accepted'; article?: string; text?: string; unverified?: boolean }
  | { kind: 'not_disciplined'; minLevel: DisciplineLevel; article?: string; text?: string; unverified?: boolean }
  | { kind: 'member_share_at_least'; percent: number; strict?: boolean; of: ConditionNode; article?: string; text?: string; unverified?: boolean }
  | { kind: 'member_count_at_least'; count: number; of: ConditionNode; article?: string; text?: string; unverified?: boolean }
  | { kind: 'flag'; name: string; article?: string; text?: string; unverified?: boolean };

/**
 * One condition. Leaves read the candidate's facts; member_share/member_count judge a collective by counting its
 * members for whom `of` holds; `flag` is a fact no record holds (the committee confirms it), unknown until given.
 */
export const conditionNode: z.ZodType<ConditionNode> = z.lazy(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['all', 'any']), of: z.array(conditionNode).min(1, 'Cần ít nhất một điều kiện con').max(20), ...cited }).strict(),
  z.object({ kind: z.literal('not'), of: conditionNode, ...cited }).strict(),
  z.object({ kind: z.literal('title_held'), title: titleCode, ...cited }).strict(),
  z.object({ kind: z.literal('rating_at_least'), rating: ratingSchema, ...cited }).strict(),
  z.object({ kind: z.literal('initiative_recognised'), minLevel: recognitionLevelSchema, ...cited }).strict(),
  z.object({ kind: z.literal('research_accepted'), ...cited }).strict(),
  z.object({ kind: z.literal('not_disciplined'), minLevel: disciplineLevelSchema, ...cited }).strict(),
  z.object({ kind: z.literal('member_share_at_least'), percent, strict: z.boolean().optional(), of: conditionNode, ...cited }).strict(),
  z.object({ kind: z.literal('member_count_at_least'), count: z.number().int().min(1).max(100_000), of: conditionNode, ...cited }).strict(),
  z.object({ kind: z.literal('flag'), name: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Tên dữ kiện: chữ thường không dấu, số, "_"'), ...cited }).strict(),
], { error: (issue) => (issue.code === 'invalid_union' ? 'Loại điều kiện không hợp lệ (all, any, not, title_held, rating_at_least, initiative_recognised, research_accepted, not_disciplined, member_share_at_least, member_count_at_least, flag)' : undefined) }));

export const titleRule = z.object({
  code: titleCode,
  name: text(200),
  /** individual (cá nhân) or collective (tập thể). */
  subject: z.enum(['individual', 'collective']),
  condition: conditionNode,
  article: text(300).optional(),
  unverified: z.boolean().optional(),
}).strict();
export type TitleRule = z.infer<typeof titleRule>;

/** "At most `percent` % of `base`, rounded `rounding`": e.g. CSTĐCS ≤ 15 % of LĐTT, HTXSNV ≤ 20 % of HTTNV. */
export const capRule = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_.]{1,59}$/, 'Mã giới hạn: chữ thường không dấu, số, "_" hoặc "."'),
  /** What is counted (a title or rating code) and the group it is a share of. */
  subject: titleCode,
  subjectName: text(200),
  base: titleCode,
  baseName: text(200),
  percent,
  rounding: z.enum(['down', 'up', 'nearest']),
  article: text(300),
  text: text(500).optional(),
  unverified: z.boolean().optional(),
}).strict();
export type CapRule = z.infer<typeof capRule>;

export const datedValue = z.object({
  value: z.number().finite().min(0).max(1e12),
  /** Defaults to the rule set's own validity. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: text(300).optional(),
  unverified: z.boolean().optional(),
}).strict().refine((v) => !v.from || !v.to || v.to >= v.from, { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['to'] });
export type DatedValue = z.infer<typeof datedValue>;

/** A named value that changes with dates: the base salary, a reward coefficient, a rounding step, a grade threshold. */
export const parameterRule = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9_.]{1,59}$/, 'Mã tham số: bắt đầu bằng chữ thường; chữ không dấu, số, "_" hoặc "." (ví dụ reward.LDTT)'),
  name: text(200),
  unit: z.enum(['dong', 'coefficient', 'percent', 'points', 'working_days']),
  /** For a rounding step (unit dong): which way amounts are rounded to it. */
  rounding: z.enum(['down', 'up', 'nearest']).optional(),
  article: text(300).optional(),
  text: text(500).optional(),
  unverified: z.boolean().optional(),
  values: z.array(datedValue).min(1, 'Cần ít nhất một giá trị').max(100),
}).strict();
export type ParameterRule = z.infer<typeof parameterRule>;

/** Facts congdoan computes from its records and shows beside an indicator as evidence (minh chứng). */
export const evidenceKeys = [
  'members.total', 'members.admitted', 'members.left', 'emulation.meetings', 'emulation.ldttShare', 'emulation.cstdcs',
  'emulation.initiatives', 'reports.annualSubmitted',
] as const;
export const evidenceKeySchema = z.enum(evidenceKeys);
export type EvidenceKey = z.infer<typeof evidenceKeySchema>;

const points = z.number().min(0, 'Điểm không âm').max(1000, 'Điểm tối đa 1000')
  .refine((p) => Number.isInteger(p * 10), 'Điểm có tối đa một chữ số thập phân');
const indicatorCode = z.string().regex(/^[a-z0-9][a-z0-9._]{0,29}$/, 'Mã chỉ tiêu: chữ thường không dấu, số, "." hoặc "_" (ví dụ 1.2)');

/** One indicator (chỉ tiêu) of a group, for the kinds of union it applies to (all when `kinds` is absent). */
export const classificationIndicator = z.object({
  ...cited,
  code: indicatorCode,
  text: text(500),
  maxPoints: points,
  kinds: z.array(z.string().regex(/^[a-z_]{2,40}$/)).min(1).max(20).optional(),
  evidence: evidenceKeySchema.optional(),
}).strict();
export type ClassificationIndicator = z.infer<typeof classificationIndicator>;

/**
 * A scale for grading unions (xếp loại CĐCS): groups of indicators with their points, and the least total for each
 * grade, highest grade first; a total under every threshold is the last grade (KHTNV).
 */
export const classificationScheme = z.object({
  groups: z.array(z.object({
    code: indicatorCode,
    name: text(300),
    maxPoints: points,
    /** Điểm thưởng: counted on top of the other groups. */
    bonus: z.boolean().optional(),
    indicators: z.array(classificationIndicator).min(1, 'Cần ít nhất một chỉ tiêu').max(50),
    ...cited,
  }).strict()).min(1, 'Cần ít nhất một nhóm tiêu chí').max(10),
  grades: z.array(z.object({ grade: ratingSchema, minPoints: points, ...cited }).strict()).min(1).max(3),
}).strict()
  .refine((s) => s.grades.every((g, i) => i === 0 || g.minPoints < s.grades[i - 1].minPoints
    && ratings.indexOf(g.grade) > ratings.indexOf(s.grades[i - 1].grade)), 'Ngưỡng xếp loại: từ loại cao đến loại thấp, điểm giảm dần');
export type ClassificationScheme = z.infer<typeof classificationScheme>;

export const ruleContent = z.object({
  titles: z.array(titleRule).max(50).optional(),
  caps: z.array(capRule).max(50).optional(),
  parameters: z.array(parameterRule).max(200).optional(),
  classification: classificationScheme.optional(),
  /** Plain-Vietnamese notes shown with the rule set (a fallback the decree states, a ratio a body may lower …). */
  notes: z.array(text(1000)).max(20).optional(),
}).strict();
export type RuleContent = z.infer<typeof ruleContent>;

/** What is known about a member for judging. */
export interface MemberFacts {
  /** Titles held in the year judged (LDTT …), by code. */
  titles?: string[];
  rating?: Rating | null;
  initiatives?: { level: RecognitionLevel; recognisedOn: string }[];
  research?: { acceptedOn: string }[];
  disciplines?: { level: DisciplineLevel; on: string }[];
  flags?: Record<string, boolean>;
}
/** A candidate: a member, or a collective (its own rating, flags) with its members' facts. */
export interface CandidateFacts extends MemberFacts {
  members?: MemberFacts[];
}

const memberFactsShape = {
  titles: z.array(titleCode).max(20).optional(),
  rating: ratingSchema.nullish(),
  initiatives: z.array(z.object({ level: recognitionLevelSchema, recognisedOn: isoDate }).strict()).max(50).optional(),
  research: z.array(z.object({ acceptedOn: isoDate }).strict()).max(50).optional(),
  disciplines: z.array(z.object({ level: disciplineLevelSchema, on: isoDate }).strict()).max(50).optional(),
  flags: z.record(z.string().max(40), z.boolean()).optional(),
};
export const memberFacts = z.object(memberFactsShape).strict();
export const candidateFacts = z.object({ ...memberFactsShape, members: z.array(memberFacts).max(20_000).optional() }).strict();
