import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit, type AuditEntry } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import type {
  classificationDecisionInput, classificationInput, collectiveAwardInput, collectiveRegistrationInput, commendationInput, DecisionInput,
  disciplineInput, EmulationYear, initiativeInput, movementInput, OverrideInput, OwnEmulation, ratingInput, RegistrationInput, resultInput,
} from '../../../shared/contracts/emulation.contract.ts';
import { gradeLabels, titleLabels } from '../../../shared/contracts/emulation.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  findDecidable, findDecision, findMemberInYear, findRegistration, findSameRegistration, findYear, markDecided, type DecidableTable,
} from './emulation.repo.ts';
import { checkDecide, checkDecidedTitle, commendationCash, storeDecisionCash } from './judging.service.ts';

type Input<T extends z.ZodType> = z.infer<T>;
const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';
const registrationLabel = (r: Pick<RegistrationInput, 'title' | 'targetRating'>) =>
  r.title === 'rating' ? `mức xếp loại ${gradeLabels[r.targetRating!]}` : `danh hiệu “${titleLabels[r.title]}”`;

/** One write and its audit entry in one transaction; a unique violation becomes `duplicate` (a Vietnamese sentence). */
async function recordWrite(db: Db, audit: Omit<AuditEntry, 'entityId'>, write: (tx: Db) => Promise<number>, duplicate?: string) {
  try {
    return await db.transaction().execute(async (tx) => {
      const id = await write(tx);
      await writeAudit(tx, { ...audit, entityId: id });
      return { id };
    });
  } catch (err) {
    if (duplicate && isUniqueViolation(err)) {
      throw new AppError('CONFLICT', duplicate);
    }
    throw err;
  }
}

/** Writes need the committee; a write that records a decision (or a decided result) needs the chairperson. */
async function canWrite(db: Db, caller: Caller, orgId: number, decides = false) {
  await assertCan(db, caller, orgId, decides ? 'emulation.decide' : 'emulation.write', today());
  await assertWritable(db, orgId);
}

/** A member of this union, active at some time in the year (a registration or a title belongs to such a member). */
async function requireActiveMember(db: Db, orgId: number, memberId: number, year: number, field = 'memberId') {
  const m = await findMemberInYear(db, orgId, memberId, year);
  if (!m) {
    throw notFound('Không tìm thấy đoàn viên');
  }
  if (!m.active) {
    throw invalid(`${field}: Đồng chí ${m.fullName} không sinh hoạt tại công đoàn trong năm ${year}`);
  }
  return m;
}

async function requireDecision(db: Db, orgId: number, decisionId: number) {
  const d = await findDecision(db, orgId, decisionId);
  if (!d) {
    throw invalid('decisionId: Không tìm thấy quyết định này trong hồ sơ thi đua của công đoàn');
  }
  return d;
}

export async function getYear(db: Db, caller: Caller, orgId: number, year: number): Promise<EmulationYear> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  return findYear(db, orgId, year);
}

/** The logged-in member's own registrations and titles of the year (their phone page). */
export async function getOwnYear(db: Db, caller: Caller, year: number): Promise<OwnEmulation> {
  if (!caller.memberId) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const member = await db.selectFrom('members').select('org_id').where('id', '=', caller.memberId).executeTakeFirstOrThrow();
  const all = await findYear(db, member.org_id, year);
  const mine = <T extends { memberId: number }>(rows: T[]) => rows.filter((r) => r.memberId === caller.memberId);
  return { year, memberId: caller.memberId, orgId: member.org_id, registrations: mine(all.registrations), results: mine(all.results) };
}

export async function createMovement(db: Db, caller: Caller, orgId: number, input: Input<typeof movementInput>) {
  await canWrite(db, caller, orgId);
  if (input.launchedOn < `${input.year - 1}-01-01` || input.launchedOn > `${input.year}-12-31`) {
    throw invalid(`launchedOn: Ngày phát động phải trong năm ${input.year} hoặc năm trước đó`);
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_movement', after: input }, async (tx) =>
    (await tx.insertInto('emulation_movements').values({
      org_id: orgId, year: input.year, name: input.name, content: input.content, launched_on: input.launchedOn,
      targets: JSON.stringify(input.targets),
    }).returning('id').executeTakeFirstOrThrow()).id);
}

/** A member registers only themselves (their account is linked to their record); the committee registers anyone. */
export async function createRegistration(db: Db, caller: Caller, orgId: number, input: RegistrationInput) {
  if (caller.memberId !== input.memberId) {
    await assertCan(db, caller, orgId, 'emulation.write', today());
  }
  await assertWritable(db, orgId);
  const member = await requireActiveMember(db, orgId, input.memberId, input.year);
  const duplicate = `Đồng chí ${member.fullName} đã đăng ký ${registrationLabel(input)} năm ${input.year}`;
  if (await findSameRegistration(db, input.memberId, input.year, input.title)) {
    throw new AppError('CONFLICT', duplicate);
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_registration', after: input }, async (tx) =>
    (await tx.insertInto('emulation_registrations').values({
      org_id: orgId, member_id: input.memberId, year: input.year, title: input.title,
      target_rating: input.title === 'rating' ? input.targetRating : null, registered_on: input.registeredOn ?? today(),
    }).returning('id').executeTakeFirstOrThrow()).id, duplicate);
}

export async function deleteRegistration(db: Db, caller: Caller, orgId: number, registrationId: number) {
  const reg = await findRegistration(db, orgId, registrationId);
  if (!reg || caller.memberId !== reg.member_id) {
    await assertCan(db, caller, orgId, 'emulation.write', today());
  }
  await assertWritable(db, orgId);
  if (!reg) {
    throw notFound('Không tìm thấy đăng ký thi đua');
  }
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('emulation_registrations').where('org_id', '=', orgId).where('id', '=', registrationId).execute();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'emulation_registration', entityId: registrationId, before: reg });
  });
  return { id: registrationId };
}

export async function createCollectiveRegistration(db: Db, caller: Caller, orgId: number, input: Input<typeof collectiveRegistrationInput>) {
  await canWrite(db, caller, orgId);
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_collective_registration', after: input },
    async (tx) => (await tx.insertInto('emulation_collective_registrations').values({
      org_id: orgId, year: input.year, holder: input.holder, goal: input.goal, registered_on: input.registeredOn ?? today(),
    }).returning('id').executeTakeFirstOrThrow()).id,
    `Đã đăng ký mục tiêu “${input.goal}” năm ${input.year}`);
}

/** Only the chairperson records a decision; it is known by its issuer and number. */
export async function createDecision(db: Db, caller: Caller, orgId: number, input: DecisionInput) {
  await assertCan(db, caller, orgId, 'emulation.recordDecision', today());
  await assertWritable(db, orgId);
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_decision', after: input }, async (tx) =>
    (await tx.insertInto('emulation_decisions').values({
      org_id: orgId, number: input.number, issued_on: input.issuedOn, issuer: input.issuer, issuer_level: input.issuerLevel,
    }).returning('id').executeTakeFirstOrThrow()).id,
    `Quyết định số ${input.number} của ${input.issuer} đã có trong hồ sơ`);
}

/** A staff rating per member and year: recorded again, it replaces the previous one (kept in the audit). */
export async function recordRating(db: Db, caller: Caller, orgId: number, input: Input<typeof ratingInput>) {
  await canWrite(db, caller, orgId);
  await requireActiveMember(db, orgId, input.memberId, input.year);
  if (input.decisionId !== null) {
    await requireDecision(db, orgId, input.decisionId);
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'update', entity: 'staff_rating', after: input }, async (tx) =>
    (await tx.insertInto('staff_ratings').values({
      org_id: orgId, member_id: input.memberId, year: input.year, grade: input.grade, decision_id: input.decisionId,
    }).onConflict((oc) => oc.constraint('staff_ratings_once').doUpdateSet({ grade: input.grade, decision_id: input.decisionId }))
      .returning('id').executeTakeFirstOrThrow()).id);
}

export async function createDiscipline(db: Db, caller: Caller, orgId: number, input: Input<typeof disciplineInput>) {
  await canWrite(db, caller, orgId);
  await requireActiveMember(db, orgId, input.memberId, Number(input.decidedOn.slice(0, 4)));
  if (input.decisionId !== null) {
    await requireDecision(db, orgId, input.decisionId);
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'disciplinary_record', after: input }, async (tx) =>
    (await tx.insertInto('disciplinary_records').values({
      org_id: orgId, member_id: input.memberId, form: input.form, decided_on: input.decidedOn, reason: input.reason, decision_id: input.decisionId,
    }).returning('id').executeTakeFirstOrThrow()).id);
}

/** An initiative and its authors; recognised when its decision is given (recognised on the decision's date unless said). */
export async function createInitiative(db: Db, caller: Caller, orgId: number, input: Input<typeof initiativeInput>) {
  await canWrite(db, caller, orgId);
  const authors = [...new Set(input.authorIds)];
  for (const id of authors) {
    await requireActiveMember(db, orgId, id, input.year, 'authorIds');
  }
  let recognisedOn: string | null = null;
  if (input.decisionId !== null) {
    recognisedOn = input.recognisedOn ?? (await requireDecision(db, orgId, input.decisionId)).issued_on;
  } else if (input.recognisedOn !== null) {
    throw invalid('recognisedOn: Chỉ ghi ngày công nhận khi có quyết định công nhận');
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'initiative', after: input }, async (tx) => {
    const { id } = await tx.insertInto('initiatives').values({
      org_id: orgId, year: input.year, title: input.title, decision_id: input.decisionId, recognised_on: recognisedOn,
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('initiative_authors').values(authors.map((m) => ({ org_id: orgId, initiative_id: id, member_id: m }))).execute();
    return id;
  });
}

/** A title for a member: proposed by the committee, or decided at once by the chairperson with its decision. */
export async function createResult(db: Db, caller: Caller, orgId: number, input: Input<typeof resultInput>) {
  await canWrite(db, caller, orgId, input.decisionId !== null);
  const member = await requireActiveMember(db, orgId, input.memberId, input.year);
  // A decided title is judged by the year's rules first (judging.service.ts), and gets its cash.
  const checked = input.decisionId === null ? null
    : await checkDecidedTitle(db, caller, orgId, { ...input, resultId: null }, await requireDecision(db, orgId, input.decisionId), input.override);
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'emulation_result', after: { ...input, ...checked?.audit } }, async (tx) =>
    (await tx.insertInto('emulation_results').values({
      org_id: orgId, member_id: input.memberId, year: input.year, title: input.title,
      status: input.decisionId === null ? 'proposed' : 'decided', decision_id: input.decisionId, cash_amount: checked?.cashAmount ?? null,
    }).returning('id').executeTakeFirstOrThrow()).id,
    `Đồng chí ${member.fullName} đã có danh hiệu “${titleLabels[input.title]}” năm ${input.year} trong hồ sơ`);
}

export async function createCommendation(db: Db, caller: Caller, orgId: number, input: Input<typeof commendationInput>) {
  await canWrite(db, caller, orgId, input.decisionId !== null);
  if (input.memberId !== null) {
    await requireActiveMember(db, orgId, input.memberId, input.year);
  }
  const decision = input.decisionId === null ? null : await requireDecision(db, orgId, input.decisionId);
  const cashAmount = input.cashAmount ?? (decision ? await commendationCash(db, input, decision.issued_on) : null);
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'commendation', after: { ...input, cashAmount } }, async (tx) =>
    (await tx.insertInto('commendations').values({
      org_id: orgId, year: input.year, member_id: input.memberId, collective_name: input.collectiveName, form: input.form,
      issuer: input.issuer, issuer_level: input.issuerLevel, reason: input.reason, cash_amount: cashAmount,
      status: input.decisionId === null ? 'proposed' : 'decided', decision_id: input.decisionId,
    }).returning('id').executeTakeFirstOrThrow()).id);
}

export async function createCollectiveAward(db: Db, caller: Caller, orgId: number, input: Input<typeof collectiveAwardInput>) {
  await canWrite(db, caller, orgId, input.decisionId !== null);
  if (input.kind === 'title' && input.prizeRank !== null) {
    throw invalid('prizeRank: Chỉ giải thưởng mới có hạng giải');
  }
  if (input.decisionId !== null) {
    await requireDecision(db, orgId, input.decisionId);
  }
  return recordWrite(db, { orgId, userId: caller.userId, action: 'create', entity: 'collective_award', after: input }, async (tx) =>
    (await tx.insertInto('collective_awards').values({
      org_id: orgId, year: input.year, holder: input.holder, kind: input.kind, name: input.name, prize_rank: input.prizeRank,
      issuer: input.issuer, issuer_level: input.issuerLevel,
      status: input.decisionId === null ? 'proposed' : 'decided', decision_id: input.decisionId,
    }).returning('id').executeTakeFirstOrThrow()).id,
    `“${input.name}” năm ${input.year} đã có trong hồ sơ`);
}

const decidableNames: Record<DecidableTable, string> = {
  emulation_results: 'danh hiệu', commendations: 'khen thưởng', collective_awards: 'danh hiệu, giải thưởng tập thể',
};

/** Proposed → decided, when the chairperson records the decision (a title is judged first; cash is computed). */
export async function decide(
  db: Db, caller: Caller, orgId: number, table: DecidableTable, id: number, decisionId: number, override: OverrideInput | null = null,
) {
  await canWrite(db, caller, orgId, true);
  const row = await findDecidable(db, table, orgId, id);
  if (!row) {
    throw notFound(`Không tìm thấy ${decidableNames[table]} đề nghị này`);
  }
  if (row.status === 'decided') {
    throw new AppError('CONFLICT', `Đề nghị ${decidableNames[table]} này đã có quyết định`);
  }
  const checked = await checkDecide(db, caller, orgId, table, id, await requireDecision(db, orgId, decisionId), override);
  await db.transaction().execute(async (tx) => {
    await markDecided(tx, table, orgId, id, decisionId);
    await storeDecisionCash(tx, table, orgId, id, checked);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: table, entityId: id, before: row, after: { status: 'decided', decisionId, ...checked.audit } });
  });
  return { id };
}

/** The union's own assessment of its year (xếp loại CĐCS, tự đánh giá). */
export async function recordSelfClassification(db: Db, caller: Caller, orgId: number, year: number, input: Input<typeof classificationInput>) {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('union_classifications').values({ org_id: orgId, year, self_grade: input.selfGrade })
      .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ self_grade: input.selfGrade })).execute();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'union_classification', entityId: year, after: input });
  });
  return { id: year };
}

/** The grade the upper body decided, with its decision (its officer, or the union's chairperson). */
export async function recordDecidedClassification(
  db: Db, caller: Caller, orgId: number, year: number, input: Input<typeof classificationDecisionInput>,
) {
  await assertCan(db, caller, orgId, 'emulation.recordDecision', today());
  await assertWritable(db, orgId);
  await requireDecision(db, orgId, input.decisionId);
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('union_classifications').values({ org_id: orgId, year, decided_grade: input.grade, decision_id: input.decisionId })
      .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ decided_grade: input.grade, decision_id: input.decisionId })).execute();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'union_classification', entityId: year, after: input });
  });
  return { id: year };
}
