import { z } from 'zod';
import { isoDate, optionalText } from './common.contract.ts';
import { candidateFacts, ruleContent, titleCode } from './rule-content.contract.ts';

// The rules module's API: rule sets (the law as dated data), what applies on a date, and judging by them.

export const ruleSetKinds = [
  'individual_titles', 'collective_titles', 'staff_rating_cap', 'reward', 'base_salary', 'union_classification', 'dues', 'minimum_wage', 'workplace_dialogue', 'other',
] as const;
export const ruleSetKind = z.enum(ruleSetKinds);
export type RuleSetKind = z.infer<typeof ruleSetKind>;

export const ruleSetKey = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,79}$/, 'Mã bộ quy định: 3–80 ký tự chữ thường không dấu, số, ".", "-" hoặc "_"');

export const regulation = z.object({
  /** e.g. "91/2017/NĐ-CP", "06/2022/QH15". */
  number: z.string().trim().min(1).max(100),
  date: isoDate.nullish().transform((v) => v ?? null),
  article: optionalText(300),
  title: z.string().trim().min(3).max(500),
}).strict();
export type Regulation = z.infer<typeof regulation>;

const ruleSetHead = {
  key: ruleSetKey,
  name: z.string().trim().min(3).max(300),
  kind: ruleSetKind,
  regulation,
  validFrom: isoDate,
  validTo: isoDate.nullish().transform((v) => v ?? null),
};

/** A new rule set: what an administrator adds (page, JSON file, API). `content` is checked by the service. */
export const ruleSetInput = z.object({
  ...ruleSetHead,
  verified: z.boolean().default(false),
  content: ruleContent,
  note: optionalText(500),
}).strict().refine((r) => !r.validTo || r.validTo >= r.validFrom, { message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực', path: ['validTo'] });
export type RuleSetInput = z.input<typeof ruleSetInput>;
export type RuleSetParsed = z.output<typeof ruleSetInput>;

/** The request body as documented: the content tree is validated in the service, with its own messages. */
export const ruleSetBody = z.object({
  ...ruleSetHead,
  verified: z.boolean().optional(),
  content: z.record(z.string(), z.unknown()),
  note: z.string().max(500).nullish(),
});

export const ruleSetView = z.object({
  id: z.number(),
  key: z.string(),
  version: z.number(),
  name: z.string(),
  kind: ruleSetKind,
  regulation,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  verified: z.boolean(),
  /** shipped: loaded from the repository's data files; admin: added or changed by an administrator. */
  source: z.enum(['shipped', 'admin']),
  changeNote: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});
export type RuleSetView = Omit<z.infer<typeof ruleSetView>, 'content'> & { content: z.infer<typeof ruleContent> };

export const ruleSetList = z.object({ items: z.array(ruleSetView) });
export const ruleSetHistory = z.object({ current: ruleSetView, versions: z.array(ruleSetView) });

export const ruleListQuery = z.object({ kind: ruleSetKind.optional(), date: isoDate.optional() });
export const endRuleSetInput = z.object({ validTo: isoDate, note: z.string().trim().min(3).max(500) }).strict();
export const verifyRuleSetInput = z.object({ note: z.string().trim().min(3).max(500) }).strict();

/** A condition as a reader sees it: one plain-Vietnamese line, its article, and the lines under it. */
export interface RenderedCondition {
  text: string;
  article: string | null;
  unverified: boolean;
  children: RenderedCondition[];
}
// The OpenAPI generator cannot follow a recursive schema: responses are documented a few levels deep.
const DOC_DEPTH = 4;
const nestedDoc = <T extends z.ZodRawShape>(shape: T, depth = DOC_DEPTH): z.ZodType =>
  z.object({ ...shape, children: depth === 0 ? z.array(z.unknown()) : z.array(nestedDoc(shape, depth - 1)) });
const renderedCondition = nestedDoc({ text: z.string(), article: z.string().nullable(), unverified: z.boolean() }) as z.ZodType<RenderedCondition>;

const renderedLine = z.object({ text: z.string(), article: z.string().nullable(), unverified: z.boolean() });
export const appliedRuleSet = z.object({
  key: z.string(),
  version: z.number(),
  name: z.string(),
  kind: ruleSetKind,
  regulation,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  verified: z.boolean(),
  titles: z.array(z.object({ code: z.string(), name: z.string(), subject: z.enum(['individual', 'collective']), condition: renderedCondition })),
  caps: z.array(renderedLine),
  /** Each parameter's value on the date asked. */
  parameters: z.array(renderedLine.extend({ code: z.string(), name: z.string(), value: z.number(), display: z.string() })),
  notes: z.array(z.string()),
});
export type AppliedRuleSet = z.infer<typeof appliedRuleSet>;

export const appliedRules = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  date: z.string(),
  ruleSets: z.array(appliedRuleSet),
});
export type AppliedRules = z.infer<typeof appliedRules>;

export const judgeInput = z.object({ date: isoDate, title: titleCode, facts: candidateFacts }).strict();
export type JudgeInput = z.infer<typeof judgeInput>;

export type ConditionStatus = 'met' | 'not_met' | 'unknown';
export interface ConditionResult extends RenderedCondition {
  status: ConditionStatus;
  /** Why, in figures ("69/100 thành viên, 69 %") or dates ("công nhận ngày 20/12/2023, sau ngày xét"). */
  detail: string | null;
  children: ConditionResult[];
}
const conditionStatus = z.enum(['met', 'not_met', 'unknown']);
const conditionResult = nestedDoc({
  text: z.string(), article: z.string().nullable(), unverified: z.boolean(), status: conditionStatus, detail: z.string().nullable(),
}) as z.ZodType<ConditionResult>;

const ruleSetRef = z.object({ key: z.string(), version: z.number(), name: z.string(), regulation, verified: z.boolean() });
export type RuleSetRef = z.infer<typeof ruleSetRef>;

export const judgement = z.object({
  title: z.string(),
  titleName: z.string(),
  date: z.string(),
  ruleSet: ruleSetRef,
  status: conditionStatus,
  condition: conditionResult,
  /** When not met: the failing conditions, each with its article ("Điều 23 Luật …: cần …"). */
  refusal: z.string().nullable(),
});
export type Judgement = z.infer<typeof judgement>;

export const capsInput = z.object({
  date: isoDate,
  /** How many hold each title or rating, and how many are proposed: { "LDTT": 19, "CSTDCS": 3 }. */
  counts: z.record(titleCode, z.number().int().min(0).max(10_000_000)),
}).strict();

export const capResult = z.object({
  code: z.string(),
  ruleSet: ruleSetRef,
  text: z.string(),
  article: z.string(),
  unverified: z.boolean(),
  base: z.number(),
  allowed: z.number(),
  proposed: z.number(),
  excess: z.number(),
  withinCap: z.boolean(),
  /** A refusal naming the cap, its source and the excess; null within the cap. */
  message: z.string().nullable(),
});
export type CapResult = z.infer<typeof capResult>;
export const capResults = z.object({ date: z.string(), caps: z.array(capResult) });

export const rewardQuery = z.object({ title: titleCode, date: isoDate });
export const rewardResult = z.object({
  title: z.string(),
  date: z.string(),
  coefficient: z.number(),
  baseSalary: z.number(),
  step: z.number(),
  rounding: z.enum(['down', 'up', 'nearest']),
  /** Integer đồng. */
  amount: z.number(),
  sources: z.array(z.string()),
  unverified: z.boolean(),
});
export type RewardResult = z.infer<typeof rewardResult>;
