import type { Db } from '../../db/client.ts';
import { rolesOn, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, forbidden, invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { CandidateFacts } from '../../../shared/contracts/rule-content.contract.ts';
import type {
  AppliedRules, CapResult, Judgement, RewardResult, RuleSetParsed, RuleSetView,
} from '../../../shared/contracts/rules.contract.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { evaluateCaps, judgeTitle, titleRuleOn } from './evaluate/judge.ts';
import { parameterOn, rewardAmount } from './evaluate/parameters.ts';
import { renderRuleSetsOn } from './evaluate/render.ts';
import { inForce, type LoadedRuleSet } from './evaluate/rule-set.ts';
import { findCurrentRuleSets, findRuleSetVersions, insertRuleSetVersion } from './rules.repo.ts';
import { parseRuleSetJson, readShippedRuleSets } from './shipped-rule-sets.ts';

// Rules are national: any logged-in user reads them; only administrators add or change them (a rule set judges
// every union in the country, so no union or federation officer may change what another union is judged by).

const assertAdmin = (caller: Caller) => {
  if (!caller.isAdmin) {
    throw forbidden();
  }
};

// ---- for other modules (emulation, finance): no access check, the date is always a parameter ----

export type { LoadedRuleSet };

/** The current version of every rule set, as the evaluator reads them. */
export async function loadRuleSets(db: Db): Promise<LoadedRuleSet[]> {
  return (await findCurrentRuleSets(db)).map(({ id, key, version, name, kind, regulation, validFrom, validTo, verified, content }) =>
    ({ id, key, version, name, kind, regulation, validFrom, validTo, verified, content }));
}

/** Judges a candidate for a title by the rule set in force on `date` (the evaluation meeting). */
export async function judgeTitleOn(db: Db, title: string, facts: CandidateFacts, date: string): Promise<Judgement> {
  const judged = judgeTitleWith(await loadRuleSets(db), title, facts, { rulesDate: date, evaluatedOn: date });
  if (!judged) {
    throw new AppError('NOT_FOUND', missingTitleRule(title, date));
  }
  return judged;
}

export const missingTitleRule = (title: string, date: string) =>
  `Chưa có bộ quy định nào cho danh hiệu ${title} vào ngày ${formatDateVi(date)}: quản trị viên cần thêm bộ quy định`;

/**
 * With rule sets already loaded (one load for a whole year's candidates): the title's rule in force on `rulesDate`
 * (the year judged, or another date's rules for comparison), the facts as they stood on `evaluatedOn` (the meeting).
 * Null when no rule set defines the title on that date.
 */
export function judgeTitleWith(
  sets: readonly LoadedRuleSet[], title: string, facts: CandidateFacts, dates: { rulesDate: string; evaluatedOn: string },
): Judgement | null {
  const found = titleRuleOn(sets, title, dates.rulesDate);
  return found ? judgeTitle(sets, found, facts, dates.evaluatedOn) : null;
}

/** The caps in force on `date` (only those on `subject` when given) whose subject and base are counted. */
export function capsWith(sets: readonly LoadedRuleSet[], counts: Readonly<Record<string, number>>, date: string, subject?: string): CapResult[] {
  const judged = subject === undefined ? sets
    : sets.map((s) => ({ ...s, content: { ...s.content, caps: (s.content.caps ?? []).filter((c) => c.subject === subject) } }));
  return evaluateCaps(judged, counts, date);
}

/** Every cap in force on `date` whose subject and base are counted in `counts`. */
export async function capsOn(db: Db, counts: Readonly<Record<string, number>>, date: string): Promise<CapResult[]> {
  return capsWith(await loadRuleSets(db), counts, date);
}

/** The cash that goes with a title or commendation decided on `date`. */
export async function rewardOn(db: Db, title: string, date: string): Promise<RewardResult> {
  const r = rewardAmount(await loadRuleSets(db), title, date);
  if ('missing' in r) {
    throw new AppError('NOT_FOUND', `Chưa có quy định về ${r.missing} vào ngày ${formatDateVi(date)}`);
  }
  return {
    title, date, coefficient: r.coefficient.value, baseSalary: r.baseSalary.value, step: r.step.value, rounding: r.rounding, amount: r.amount,
    sources: [r.coefficient.source, r.baseSalary.source, r.step.source],
    unverified: r.coefficient.unverified || r.baseSalary.unverified || r.step.unverified,
  };
}

/** The regional minimum wage per month (lương tối thiểu vùng) in force on `date` for region I–IV; null when none is. */
export function regionalMinimumWageWith(
  sets: readonly LoadedRuleSet[], region: 'I' | 'II' | 'III' | 'IV', date: string,
): { monthly: number; source: string; unverified: boolean } | null {
  const v = parameterOn(sets, `minimum_wage.region_${region}.monthly`, date);
  return v ? { monthly: v.value, source: v.source, unverified: v.unverified } : null;
}

export interface DialogueThresholds { quorumPercent: number; publishWorkingDays: number; requestPercent: number; answerWorkingDays: number }

/** The thresholds of workplace dialogue (NĐ 145/2020 Điều 39–40) in force on `date`; null when a value has no rule then. */
export function dialogueThresholdsWith(sets: readonly LoadedRuleSet[], date: string): DialogueThresholds | null {
  const v = (code: string) => parameterOn(sets, `dialogue.${code}`, date)?.value;
  const [quorumPercent, publishWorkingDays, requestPercent, answerWorkingDays] =
    [v('quorum_percent'), v('publish_working_days'), v('request_percent'), v('answer_working_days')];
  return quorumPercent === undefined || publishWorkingDays === undefined || requestPercent === undefined || answerWorkingDays === undefined
    ? null : { quorumPercent, publishWorkingDays, requestPercent, answerWorkingDays };
}

// ---- the API's and the command line's ----

export async function listRuleSets(db: Db, _caller: Caller, query: { kind?: string; date?: string }): Promise<{ items: RuleSetView[] }> {
  const items = await findCurrentRuleSets(db, query.kind);
  return { items: query.date ? items.filter((s) => inForce(s, query.date!)) : items };
}

export async function getRuleSetHistory(db: Db, _caller: Caller, key: string) {
  const versions = await findRuleSetVersions(db, key);
  if (versions.length === 0) {
    throw notFound('Không tìm thấy bộ quy định');
  }
  return { current: versions[0], versions };
}

/** What applies to a union on a date; visible to anyone with a role on it (members too) and administrators. */
export async function rulesForOrg(db: Db, caller: Caller, orgId: number, date: string): Promise<AppliedRules> {
  if (!caller.isAdmin && (await rolesOn(db, caller, orgId, today())).size === 0) {
    throw notFound('Không tìm thấy tổ chức');
  }
  const org = await requireOrgAt(db, orgId, date).catch(() => requireOrgAt(db, orgId, today()));
  return { org: { id: org.id, name: org.name }, date, ruleSets: renderRuleSetsOn(await loadRuleSets(db), date) };
}

/** An administrator's new rule set (JSON from the page, the API or `congdoan rules add`): a new key, version 1. */
export async function addRuleSet(db: Db, caller: Caller, body: unknown): Promise<RuleSetView> {
  assertAdmin(caller);
  const set = parseRuleSetJson(JSON.stringify(body), 'Bộ quy định');
  return db.transaction().execute(async (tx) => {
    if ((await findRuleSetVersions(tx, set.key)).length > 0) {
      throw new AppError('CONFLICT', `Mã bộ quy định «${set.key}» đã có: một văn bản mới cần một mã mới`);
    }
    await insertRuleSetVersion(tx, { set, version: 1, source: 'admin', createdBy: caller.userId });
    await writeAudit(tx, { orgId: null, userId: caller.userId, action: 'create', entity: 'rule_set', entityId: set.key, after: set });
    return (await findRuleSetVersions(tx, set.key))[0];
  });
}

/** A change is a new version of the same key; the old one stays, and so does the audit entry. */
async function changeRuleSet(db: Db, caller: Caller, key: string, action: 'update' | 'end', change: (s: RuleSetParsed) => RuleSetParsed) {
  assertAdmin(caller);
  return db.transaction().execute(async (tx) => {
    const [current] = await findRuleSetVersions(tx, key);
    if (!current) {
      throw notFound('Không tìm thấy bộ quy định');
    }
    const before: RuleSetParsed = {
      key, name: current.name, kind: current.kind, regulation: current.regulation, validFrom: current.validFrom, validTo: current.validTo,
      verified: current.verified, content: current.content, note: null,
    };
    const after = change(before);
    await insertRuleSetVersion(tx, { set: after, version: current.version + 1, source: 'admin', createdBy: caller.userId });
    await writeAudit(tx, {
      orgId: null, userId: caller.userId, action, entity: 'rule_set', entityId: key,
      before: { version: current.version, validTo: before.validTo, verified: before.verified },
      after: { version: current.version + 1, validTo: after.validTo, verified: after.verified, note: after.note },
    });
    return (await findRuleSetVersions(tx, key))[0];
  });
}

export function verifyRuleSet(db: Db, caller: Caller, key: string, note: string): Promise<RuleSetView> {
  return changeRuleSet(db, caller, key, 'update', (s) => ({ ...s, verified: true, note }));
}

/** Ends (or, for a decree extended, moves) the last day of validity. */
export function endRuleSet(db: Db, caller: Caller, key: string, validTo: string, note: string): Promise<RuleSetView> {
  return changeRuleSet(db, caller, key, 'end', (s) => {
    if (validTo < s.validFrom) {
      throw invalid(`validTo: Ngày hết hiệu lực phải từ ngày có hiệu lực (${formatDateVi(s.validFrom)}) trở đi`);
    }
    return { ...s, validTo, note };
  });
}

/**
 * Loads the shipped rule sets (at boot): a new key is added; a key whose newest version is still the shipped one
 * is updated when its file changed; a key an administrator changed is left alone.
 */
export async function ensureShippedRuleSets(db: Db): Promise<{ added: string[]; updated: string[] }> {
  const shipped = readShippedRuleSets();
  const current = new Map((await findCurrentRuleSets(db)).map((s) => [s.key, s]));
  const added: string[] = [];
  const updated: string[] = [];
  for (const set of shipped) {
    const existing = current.get(set.key);
    if (existing && (existing.source === 'admin' || sameAsShipped(existing, set))) {
      continue;
    }
    await db.transaction().execute(async (tx) => {
      await insertRuleSetVersion(tx, { set: { ...set, note: set.note ?? 'Bộ quy định kèm theo phần mềm' }, version: (existing?.version ?? 0) + 1, source: 'shipped', createdBy: null });
      await writeAudit(tx, { orgId: null, userId: null, action: existing ? 'update' : 'create', entity: 'rule_set', entityId: set.key, after: { source: 'shipped' } });
    });
    (existing ? updated : added).push(set.key);
  }
  return { added, updated };
}

function sameAsShipped(existing: RuleSetView, set: RuleSetParsed): boolean {
  const stable = (v: unknown): string => JSON.stringify(v, (_k, value: unknown) =>
    (value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value));
  return stable([existing.name, existing.kind, existing.regulation, existing.validFrom, existing.validTo, existing.verified, existing.content])
    === stable([set.name, set.kind, set.regulation, set.validFrom, set.validTo, set.verified, set.content]);
}
