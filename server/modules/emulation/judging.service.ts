import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { OverrideInput, TitleCode } from '../../../shared/contracts/emulation.contract.ts';
import type { CashInput, JudgingCandidate, JudgingQuery, YearJudging } from '../../../shared/contracts/judging.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  capsWith, judgeTitleWith, loadRuleSets, missingTitleRule, rewardOn,
} from '../rules/rules.service.ts';
import type { DecidableTable } from './emulation.repo.ts';
import { factsOf, rewardCodeOfCommendation, ruleTitleOf, yearCounts } from './judging-facts.ts';
import {
  findCommendation, findJudgingRecords, findMeetingDate, findResult, updateCash, type CashTable, type JudgingRecords,
} from './judging.repo.ts';

// Xét duyệt: the records judged by the rules in force (the rules module's one evaluator), the refusal of a decided
// title that fails them, and the cash that goes with a decision. A year is judged by the rules of its last day
// unless another date's rules are asked for; facts count as they stood on the evaluation date: the meeting's
// (asked for, else the year's latest recorded meeting), else the judging date (today, or the decision's date).

const titles: TitleCode[] = ['ldtt', 'cstdcs'];
const yearEnd = (year: number) => `${year}-12-31`;

/** Every candidate of the year (registered for a title, or proposed or decided), each title judged, and the caps. */
export async function judgeYear(db: Db, caller: Caller, orgId: number, year: number, query: JudgingQuery): Promise<YearJudging> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  const rulesDate = query.asOf ?? yearEnd(year);
  const [records, sets, meetingOn] = await Promise.all([
    findJudgingRecords(db, orgId, year), loadRuleSets(db), query.meetingOn ?? findMeetingDate(db, orgId, year),
  ]);
  const evaluatedOn = meetingOn ?? today();
  const candidates = records.members.map((m): JudgingCandidate => {
    const { facts, initiatives } = factsOf(records, m.id);
    const judged = titles.flatMap((title) => {
      const registered = records.registrations.some((r) => r.memberId === m.id && r.title === title);
      const result = records.results.find((r) => r.memberId === m.id && r.title === title);
      if (!registered && !result) {
        return [];
      }
      const judgement = judgeTitleWith(sets, ruleTitleOf[title], facts, { rulesDate, evaluatedOn });
      return [{
        title, registered, status: result?.status ?? null, judgement,
        missing: judgement ? null : missingTitleRule(ruleTitleOf[title], rulesDate),
      }];
    });
    return {
      memberId: m.id, memberName: m.fullName, category: m.category,
      facts: {
        titles: facts.titles ?? [], rating: facts.rating ?? null, initiatives,
        disciplines: (facts.disciplines ?? []).map((d) => ({ level: d.level, on: d.on })),
      },
      titles: judged,
    };
  });
  return { year, rulesDate, evaluatedOn, meetingOn, candidates, caps: capsWith(sets, yearCounts(records), rulesDate) };
}

/** What a decision adds to its write: the cash (undefined: leave it as it is) and what the audit entry keeps. */
export interface DecisionCheck {
  cashAmount?: number | null;
  audit: { cashAmount?: number | null; override?: { reason: string; refused: string[] } };
}

/**
 * Before a title is recorded as decided: its conditions under the year's rules (facts as of the decision date) and
 * its cap (titles decided, this one included, against the base group proposed or decided). A failure is refused,
 * naming the condition or the cap with its article, unless an administrator overrides it with a reason.
 */
export async function checkDecidedTitle(
  db: Db, caller: Caller, orgId: number, t: { memberId: number; year: number; title: TitleCode; resultId: number | null },
  decision: { issued_on: string }, override: OverrideInput | null,
): Promise<DecisionCheck> {
  const [records, sets, meetingOn] = await Promise.all([
    findJudgingRecords(db, orgId, t.year), loadRuleSets(db), findMeetingDate(db, orgId, t.year),
  ]);
  const code = ruleTitleOf[t.title];
  const rulesDate = yearEnd(t.year);
  // What was known at the meeting (or, without one, when the decision was issued) counts.
  const evaluatedOn = meetingOn !== null && meetingOn < decision.issued_on ? meetingOn : decision.issued_on;
  const refused: string[] = [];
  const judgement = judgeTitleWith(sets, code, factsOf(records, t.memberId).facts, { rulesDate, evaluatedOn });
  if (judgement?.refusal) {
    refused.push(`${await memberName(db, records, t.memberId)}: ${judgement.refusal}`);
  }
  const decided = records.results.filter((r) => r.title === t.title && r.status === 'decided' && r.id !== t.resultId).length + 1;
  const caps = capsWith(sets, { ...yearCounts(records), [code]: decided }, rulesDate, code);
  refused.push(...caps.flatMap((c) => (c.message ? [c.message] : [])));
  const audit = await overrideOrRefuse(caller, refused, override, { judgement, caps });
  const cashAmount = await cashOn(db, code, decision.issued_on);
  return { cashAmount, audit: { ...audit, cashAmount } };
}

async function overrideOrRefuse(caller: Caller, refused: string[], override: OverrideInput | null, details: unknown): Promise<DecisionCheck['audit']> {
  if (refused.length === 0) {
    return {};
  }
  const message = refused.join('. ');
  if (!override) {
    throw new AppError('CONFLICT', message, details);
  }
  if (!caller.isAdmin) {
    throw new AppError('FORBIDDEN', `Chỉ quản trị viên được ghi đè quy định (kèm lý do). ${message}`, details);
  }
  return { override: { reason: override.reason, refused } };
}

async function memberName(db: Db, records: JudgingRecords, memberId: number): Promise<string> {
  const known = records.members.find((m) => m.id === memberId);
  const name = known?.fullName
    ?? (await db.selectFrom('members').select('full_name').where('id', '=', memberId).executeTakeFirst())?.full_name;
  return `Đồng chí ${name ?? memberId}`;
}

/** The cash the rules give a title or commendation decided on `date`; null when the rules give none. */
async function cashOn(db: Db, code: string | null, date: string): Promise<number | null> {
  if (code === null) {
    return null;
  }
  try {
    return (await rewardOn(db, code, date)).amount;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      return null;
    }
    throw err;
  }
}

/** The cash of a commendation decided on `date` when none was given (Giấy khen: its coefficient × base salary). */
export async function commendationCash(db: Db, c: { form: string; memberId: number | null }, date: string): Promise<number | null> {
  return cashOn(db, rewardCodeOfCommendation(c), date);
}

/** A proposal moving to decided: a title is judged (see checkDecidedTitle); a commendation without cash gets it. */
export async function checkDecide(
  db: Db, caller: Caller, orgId: number, table: DecidableTable, id: number, decision: { issued_on: string }, override: OverrideInput | null,
): Promise<DecisionCheck> {
  if (table === 'emulation_results') {
    const r = await findResult(db, orgId, id);
    return r ? checkDecidedTitle(db, caller, orgId, { memberId: r.member_id, year: r.year, title: r.title, resultId: r.id }, decision, override) : { audit: {} };
  }
  if (table === 'commendations') {
    const c = await findCommendation(db, orgId, id);
    if (c && c.cash_amount === null) {
      const cashAmount = await commendationCash(db, { form: c.form, memberId: c.member_id }, decision.issued_on);
      return { cashAmount, audit: { cashAmount } };
    }
  }
  return { audit: {} };
}

/** Inside the decision's transaction: stores the cash the check computed. */
export async function storeDecisionCash(tx: Db, table: DecidableTable, orgId: number, id: number, check: DecisionCheck): Promise<void> {
  if (check.cashAmount !== undefined && table !== 'collective_awards') {
    await updateCash(tx, table, orgId, id, check.cashAmount);
  }
}

const cashNames: Record<CashTable, string> = { emulation_results: 'danh hiệu', commendations: 'khen thưởng' };

/** The chairperson corrects the cash of a title or commendation, with a reason kept in the audit log. */
export async function editCash(db: Db, caller: Caller, orgId: number, table: CashTable, id: number, input: CashInput) {
  await assertCan(db, caller, orgId, 'emulation.decide', today());
  await assertWritable(db, orgId);
  const row = table === 'emulation_results' ? await findResult(db, orgId, id) : await findCommendation(db, orgId, id);
  if (!row) {
    throw notFound(`Không tìm thấy ${cashNames[table]} này`);
  }
  await db.transaction().execute(async (tx) => {
    await updateCash(tx, table, orgId, id, input.cashAmount);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'update', entity: `${table}.cash`, entityId: id,
      before: { cashAmount: row.cash_amount }, after: { cashAmount: input.cashAmount, reason: input.reason },
    });
  });
  return { id, cashAmount: input.cashAmount };
}
