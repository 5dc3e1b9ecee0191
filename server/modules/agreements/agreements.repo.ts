import type { Db } from '../../db/client.ts';
import type { AgreementClauseInput, AgreementInput, BargainingRoundInput, BargainingRoundView } from '../../../shared/contracts/agreements.contract.ts';

// The SQL of bargaining rounds and collective agreements, every query scoped to the union. An agreement's clauses are
// written with it: an edit replaces them (they have no life of their own).

export interface AgreementRow {
  id: number; title: string; region: 'I' | 'II' | 'III' | 'IV'; workersTotal: number; votesFor: number; votedOn: string; signedOn: string;
  effectiveFrom: string; expiresOn: string; sentToAuthorityOn: string | null; note: string | null;
}
export interface ClauseRow {
  id: number; agreementId: number; position: number; topic: AgreementClauseInput['topic']; text: string; betterThanLaw: boolean;
  legalReference: string | null; value: number | null; valueUnit: AgreementClauseInput['valueUnit'];
}

export function findRounds(db: Db, orgId: number, q: { id?: number } = {}): Promise<BargainingRoundView[]> {
  let query = db.selectFrom('bargaining_rounds').select(['id', 'held_on as heldOn', 'parties', 'demands', 'outcome']).where('org_id', '=', orgId);
  if (q.id) {
    query = query.where('id', '=', q.id);
  }
  return query.orderBy('held_on', 'desc').orderBy('id', 'desc').execute();
}

export function findAgreements(db: Db, orgId: number, q: { id?: number } = {}): Promise<AgreementRow[]> {
  let query = db.selectFrom('collective_agreements')
    .select(['id', 'title', 'region', 'workers_total as workersTotal', 'votes_for as votesFor', 'voted_on as votedOn', 'signed_on as signedOn',
      'effective_from as effectiveFrom', 'expires_on as expiresOn', 'sent_to_authority_on as sentToAuthorityOn', 'note'])
    .where('org_id', '=', orgId);
  if (q.id) {
    query = query.where('id', '=', q.id);
  }
  return query.orderBy('effective_from', 'desc').orderBy('id', 'desc').execute();
}

/** The clauses of the union's agreements (of one when `agreementId`), in their order. */
export async function findClauses(db: Db, orgId: number, agreementId?: number): Promise<ClauseRow[]> {
  let query = db.selectFrom('agreement_clauses')
    .select(['id', 'agreement_id as agreementId', 'position', 'topic', 'text', 'better_than_law as betterThanLaw', 'legal_reference as legalReference',
      'value', 'value_unit as valueUnit'])
    .where('org_id', '=', orgId);
  if (agreementId) {
    query = query.where('agreement_id', '=', agreementId);
  }
  const rows = await query.orderBy('agreement_id').orderBy('position').execute();
  return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
}

const agreementColumns = (d: AgreementInput) => ({
  title: d.title, region: d.region, workers_total: d.workersTotal, votes_for: d.votesFor, voted_on: d.votedOn, signed_on: d.signedOn,
  effective_from: d.effectiveFrom, expires_on: d.expiresOn, sent_to_authority_on: d.sentToAuthorityOn, note: d.note,
});

async function insertClauses(tx: Db, orgId: number, agreementId: number, clauses: AgreementClauseInput[]) {
  if (clauses.length === 0) {
    return;
  }
  await tx.insertInto('agreement_clauses').values(clauses.map((c, i) => ({
    org_id: orgId, agreement_id: agreementId, position: i + 1, topic: c.topic, text: c.text, better_than_law: c.betterThanLaw,
    legal_reference: c.legalReference, value: c.value, value_unit: c.valueUnit,
  }))).execute();
}

export async function insertAgreement(tx: Db, orgId: number, d: AgreementInput): Promise<number> {
  const { id } = await tx.insertInto('collective_agreements').values({ org_id: orgId, ...agreementColumns(d) }).returning('id').executeTakeFirstOrThrow();
  await insertClauses(tx, orgId, id, d.clauses);
  return id;
}

export async function updateAgreement(tx: Db, orgId: number, id: number, d: AgreementInput): Promise<void> {
  await tx.updateTable('collective_agreements').set(agreementColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
  await tx.deleteFrom('agreement_clauses').where('org_id', '=', orgId).where('agreement_id', '=', id).execute();
  await insertClauses(tx, orgId, id, d.clauses);
}

export async function deleteAgreement(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('collective_agreements').where('org_id', '=', orgId).where('id', '=', id).execute();
}

const roundColumns = (d: BargainingRoundInput) => ({ held_on: d.heldOn, parties: d.parties, demands: d.demands, outcome: d.outcome });

export async function insertRound(tx: Db, orgId: number, d: BargainingRoundInput): Promise<number> {
  return (await tx.insertInto('bargaining_rounds').values({ org_id: orgId, ...roundColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateRound(tx: Db, orgId: number, id: number, d: BargainingRoundInput): Promise<void> {
  await tx.updateTable('bargaining_rounds').set(roundColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}
export async function deleteRound(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('bargaining_rounds').where('org_id', '=', orgId).where('id', '=', id).execute();
}
