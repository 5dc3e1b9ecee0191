// The one interpreter of condition trees: renders them as plain Vietnamese and judges a candidate's facts by them.
// Three values, as a committee sees a case: met, not met, or unknown (a fact no record holds yet).
import {
  disciplineLevels, ratings, recognitionLevels, type CandidateFacts, type ConditionNode,
} from '../../../../shared/contracts/rule-content.contract.ts';
import type { ConditionResult, ConditionStatus, RenderedCondition } from '../../../../shared/contracts/rules.contract.ts';
import { dateText, defaultText, percentText, ratingNames } from './wording.ts';

export interface ConditionContext {
  /** The day of judging (the evaluation meeting): later recognitions do not count. */
  date: string;
  titleName: (code: string) => string;
}

export function textOf(node: ConditionNode, titleName: (code: string) => string): string {
  return node.text ?? defaultText(node, titleName, (child) => textOf(child, titleName));
}

const childrenOf = (node: ConditionNode): ConditionNode[] =>
  node.kind === 'all' || node.kind === 'any' ? node.of
    : node.kind === 'not' || node.kind === 'member_share_at_least' || node.kind === 'member_count_at_least' ? [node.of]
      : [];

export function renderCondition(node: ConditionNode, titleName: (code: string) => string): RenderedCondition {
  return {
    text: textOf(node, titleName),
    article: node.article ?? null,
    unverified: node.unverified ?? false,
    children: childrenOf(node).map((c) => renderCondition(c, titleName)),
  };
}

const and = (values: ConditionStatus[]): ConditionStatus =>
  values.includes('not_met') ? 'not_met' : values.includes('unknown') ? 'unknown' : 'met';
const or = (values: ConditionStatus[]): ConditionStatus =>
  values.includes('met') ? 'met' : values.includes('unknown') ? 'unknown' : 'not_met';
const fromBool = (b: boolean): ConditionStatus => (b ? 'met' : 'not_met');

interface Outcome { status: ConditionStatus; detail: string | null; children: ConditionResult[] }

export function judgeCondition(node: ConditionNode, facts: CandidateFacts, ctx: ConditionContext): ConditionResult {
  const outcome = evaluate(node, facts, ctx);
  return { ...renderCondition(node, ctx.titleName), ...outcome };
}

function evaluate(node: ConditionNode, facts: CandidateFacts, ctx: ConditionContext): Outcome {
  switch (node.kind) {
    case 'all':
    case 'any': {
      const children = node.of.map((c) => judgeCondition(c, facts, ctx));
      const statuses = children.map((c) => c.status);
      return { status: node.kind === 'all' ? and(statuses) : or(statuses), detail: null, children };
    }
    case 'not': {
      const child = judgeCondition(node.of, facts, ctx);
      const status: ConditionStatus = child.status === 'unknown' ? 'unknown' : child.status === 'met' ? 'not_met' : 'met';
      return { status, detail: null, children: [child] };
    }
    case 'title_held':
      return { status: fromBool((facts.titles ?? []).includes(node.title)), detail: null, children: [] };
    case 'rating_at_least': {
      if (!facts.rating) {
        return { status: 'unknown', detail: 'Chưa có kết quả xếp loại', children: [] };
      }
      const ok = ratings.indexOf(facts.rating) <= ratings.indexOf(node.rating);
      return { status: fromBool(ok), detail: `Xếp loại: ${ratingNames[facts.rating]}`, children: [] };
    }
    case 'initiative_recognised': {
      const atLevel = (facts.initiatives ?? []).filter((i) => recognitionLevels.indexOf(i.level) >= recognitionLevels.indexOf(node.minLevel));
      const inTime = atLevel.filter((i) => i.recognisedOn <= ctx.date);
      const late = atLevel.filter((i) => i.recognisedOn > ctx.date);
      const detail = late.length > 0 && inTime.length === 0
        ? `Sáng kiến được công nhận ngày ${late.map((i) => dateText(i.recognisedOn)).join(', ')}, sau ngày xét ${dateText(ctx.date)}: không được tính`
        : null;
      return { status: fromBool(inTime.length > 0), detail, children: [] };
    }
    case 'research_accepted':
      return { status: fromBool((facts.research ?? []).some((r) => r.acceptedOn <= ctx.date)), detail: null, children: [] };
    case 'not_disciplined': {
      const min = disciplineLevels.indexOf(node.minLevel);
      const found = (facts.disciplines ?? []).filter((d) => d.on <= ctx.date && disciplineLevels.indexOf(d.level) >= min);
      return { status: fromBool(found.length === 0), detail: found.length > 0 ? `Bị kỷ luật ngày ${dateText(found[0].on)}` : null, children: [] };
    }
    case 'member_share_at_least':
    case 'member_count_at_least':
      return countMembers(node, facts, ctx);
    case 'flag': {
      const value = facts.flags?.[node.name];
      return { status: value === undefined ? 'unknown' : fromBool(value), detail: value === undefined ? 'Chưa được xác nhận' : null, children: [] };
    }
  }
}

/** A collective's members for whom `of` holds, against a share (integer arithmetic) or a count. */
function countMembers(
  node: Extract<ConditionNode, { kind: 'member_share_at_least' | 'member_count_at_least' }>, facts: CandidateFacts, ctx: ConditionContext,
): Outcome {
  if (!facts.members) {
    return { status: 'unknown', detail: 'Chưa có danh sách thành viên', children: [] };
  }
  const statuses = facts.members.map((m) => judgeCondition(node.of, m, ctx).status);
  const met = statuses.filter((s) => s === 'met').length;
  const unknown = statuses.filter((s) => s === 'unknown').length;
  const total = facts.members.length;
  let passes: (n: number) => boolean;
  let detail: string;
  if (node.kind === 'member_share_at_least') {
    const basisPoints = Math.round(node.percent * 100);
    passes = (n) => (node.strict ? n * 10_000 > basisPoints * total : n * 10_000 >= basisPoints * total) && total > 0;
    detail = `${met}/${total} thành viên (${total > 0 ? percentText(Math.round((met * 1000) / total) / 10) : '0 %'})`;
  } else {
    passes = (n) => n >= node.count;
    detail = `${met} thành viên`;
  }
  const status: ConditionStatus = passes(met) ? 'met' : passes(met + unknown) ? 'unknown' : 'not_met';
  return { status, detail: unknown > 0 ? `${detail}; ${unknown} chưa đủ dữ liệu` : detail, children: [] };
}

/**
 * The conditions that fail, each with the nearest article above it: "Điều 23 Luật …: cần …".
 * An `all` is explained by its failing parts; any other node by its own sentence.
 */
export function failingReasons(node: ConditionNode, result: ConditionResult, inherited: string | null): string[] {
  if (result.status !== 'not_met') {
    return [];
  }
  const article = node.article ?? inherited;
  if (node.kind === 'all') {
    return node.of.flatMap((child, i) => failingReasons(child, result.children[i], article));
  }
  return [article ? `${article}: ${result.text}` : result.text];
}
