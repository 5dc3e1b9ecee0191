// Thương lượng tập thể and thỏa ước lao động tập thể: the page (agreements with their legal checks on a date, each
// wage clause against the regional minimum wage of the rules module, bargaining rounds) and the writes, each in a
// transaction with its audit entry.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { notFound } from '../../core/errors.ts';
import type {
  AgreementInput, AgreementsPageView, AgreementView, BargainingRoundInput, BargainingRoundView,
} from '../../../shared/contracts/agreements.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { loadRuleSets, regionalMinimumWageWith, type LoadedRuleSet } from '../rules/rules.service.ts';
import { checkAgreement, checkWage } from './agreement-checks.ts';
import {
  deleteAgreement, deleteRound, findAgreements, findClauses, findRounds, insertAgreement, insertRound, updateAgreement, updateRound,
  type AgreementRow, type ClauseRow,
} from './agreements.repo.ts';

const MISSING_AGREEMENT = 'Không tìm thấy thỏa ước lao động tập thể';
const MISSING_ROUND = 'Không tìm thấy phiên thương lượng tập thể';

/** An agreement with its checks on `date`; a wage clause is judged by the minimum in force on the effective date. */
export function viewAgreement(row: AgreementRow, clauses: readonly ClauseRow[], sets: readonly LoadedRuleSet[], date: string): AgreementView {
  const minimum = regionalMinimumWageWith(sets, row.region, row.effectiveFrom);
  return {
    ...row,
    checks: checkAgreement(row, date),
    clauses: clauses.filter((c) => c.agreementId === row.id).map(({ agreementId: _a, ...c }) => {
      const wageCheck = c.topic === 'wage' && c.value !== null ? checkWage(c.value, minimum) : null;
      return { ...c, wageCheck, betterThanLawConfirmed: c.betterThanLaw && (wageCheck === null || wageCheck.above) };
    }),
  };
}

/** For the report and printing: no access check. */
export async function findAgreementViews(db: Db, orgId: number, date: string, id?: number): Promise<AgreementView[]> {
  const [rows, clauses, sets] = await Promise.all([findAgreements(db, orgId, { id }), findClauses(db, orgId, id), loadRuleSets(db)]);
  return rows.map((r) => viewAgreement(r, clauses, sets, date));
}

export async function getAgreements(db: Db, caller: Caller, orgId: number, date = today()): Promise<AgreementsPageView> {
  await assertCan(db, caller, orgId, 'agreements.read', today());
  const [agreements, rounds] = await Promise.all([findAgreementViews(db, orgId, date), findRounds(db, orgId)]);
  return { date, agreements, rounds };
}

export async function getAgreement(db: Db, caller: Caller, orgId: number, id: number, date = today()): Promise<AgreementView> {
  await assertCan(db, caller, orgId, 'agreements.read', today());
  const [view] = await findAgreementViews(db, orgId, date, id);
  if (view === undefined) {
    throw notFound(MISSING_AGREEMENT);
  }
  return view;
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'agreements.write', today());
  await assertWritable(db, orgId);
}

export async function createAgreement(db: Db, caller: Caller, orgId: number, input: AgreementInput): Promise<AgreementView> {
  await canWrite(db, caller, orgId);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertAgreement(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'collective_agreement', entityId: newId, after: input });
    return newId;
  });
  return getAgreement(db, caller, orgId, id);
}

export async function editAgreement(db: Db, caller: Caller, orgId: number, id: number, input: AgreementInput): Promise<AgreementView> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const [before] = await findAgreements(tx, orgId, { id });
    if (!before) {
      throw notFound(MISSING_AGREEMENT);
    }
    const clauses = await findClauses(tx, orgId, id);
    await updateAgreement(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'collective_agreement', entityId: id, before: { ...before, clauses }, after: input });
  });
  return getAgreement(db, caller, orgId, id);
}

/** An agreement entered by mistake is deleted with its clauses; the audit log keeps what it was. */
export async function removeAgreement(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const [before] = await findAgreements(tx, orgId, { id });
    if (!before) {
      throw notFound(MISSING_AGREEMENT);
    }
    const clauses = await findClauses(tx, orgId, id);
    await deleteAgreement(tx, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'collective_agreement', entityId: id, before: { ...before, clauses } });
  });
}

async function roundOf(db: Db, orgId: number, id: number): Promise<BargainingRoundView> {
  const [round] = await findRounds(db, orgId, { id });
  if (round === undefined) {
    throw notFound(MISSING_ROUND);
  }
  return round;
}

export async function createRound(db: Db, caller: Caller, orgId: number, input: BargainingRoundInput): Promise<BargainingRoundView> {
  await canWrite(db, caller, orgId);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertRound(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'bargaining_round', entityId: newId, after: input });
    return newId;
  });
  return roundOf(db, orgId, id);
}

export async function editRound(db: Db, caller: Caller, orgId: number, id: number, input: BargainingRoundInput): Promise<BargainingRoundView> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await roundOf(tx, orgId, id);
    await updateRound(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'bargaining_round', entityId: id, before, after: input });
  });
  return roundOf(db, orgId, id);
}

export async function removeRound(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await roundOf(tx, orgId, id);
    await deleteRound(tx, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'bargaining_round', entityId: id, before });
  });
}
