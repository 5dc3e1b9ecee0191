import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { AwardStatus, GradeCode, IssuerLevel, TitleCode } from './emulation.tables.ts';

// The SQL of judging: everything a year's judging reads, one query per list, and the cash written with a decision.

export interface JudgingRecords {
  /** Members who registered for a title or have a result in the year. */
  members: { id: number; fullName: string; category: string }[];
  registrations: { memberId: number; title: TitleCode }[];
  results: { id: number; memberId: number; title: TitleCode; status: AwardStatus }[];
  ratings: { memberId: number; grade: GradeCode }[];
  disciplines: { memberId: number; form: DisciplineForm; decidedOn: string }[];
  initiatives: { memberId: number; title: string; issuerLevel: IssuerLevel; recognisedOn: string }[];
}
export type DisciplineForm = 'reprimand' | 'warning' | 'demotion' | 'removal' | 'dismissal';

export async function findJudgingRecords(db: Db, orgId: number, year: number): Promise<JudgingRecords> {
  const [members, registrations, results, ratings, disciplines, initiatives] = await Promise.all([
    sql<{ id: number; full_name: string; category: string }>`
      SELECT m.id, m.full_name, m.category FROM members m
      WHERE m.org_id = ${orgId} AND (
        EXISTS (SELECT 1 FROM emulation_registrations r WHERE r.org_id = m.org_id AND r.member_id = m.id AND r.year = ${year} AND r.title <> 'rating')
        OR EXISTS (SELECT 1 FROM emulation_results e WHERE e.org_id = m.org_id AND e.member_id = m.id AND e.year = ${year}))
      ORDER BY m.sort_key COLLATE "C", m.id`.execute(db),
    db.selectFrom('emulation_registrations').select(['member_id', 'title'])
      .where('org_id', '=', orgId).where('year', '=', year).where('title', '<>', 'rating').execute(),
    db.selectFrom('emulation_results').select(['id', 'member_id', 'title', 'status'])
      .where('org_id', '=', orgId).where('year', '=', year).orderBy('id').execute(),
    db.selectFrom('staff_ratings').select(['member_id', 'grade']).where('org_id', '=', orgId).where('year', '=', year).execute(),
    db.selectFrom('disciplinary_records').select(['member_id', 'form', 'decided_on']).where('org_id', '=', orgId)
      .where('decided_on', '>=', `${year}-01-01`).where('decided_on', '<=', `${year}-12-31`).orderBy('decided_on').execute(),
    // Only recognised initiatives (a decision and its date); the level is the recognising body's.
    sql<{ member_id: number; title: string; issuer_level: IssuerLevel; recognised_on: string }>`
      SELECT a.member_id, i.title, d.issuer_level, i.recognised_on
      FROM initiatives i JOIN initiative_authors a ON a.org_id = i.org_id AND a.initiative_id = i.id JOIN emulation_decisions d ON d.org_id = i.org_id AND d.id = i.decision_id
      WHERE i.org_id = ${orgId} AND i.year = ${year} AND i.recognised_on IS NOT NULL ORDER BY i.recognised_on, i.id`.execute(db),
  ]);
  return {
    members: members.rows.map((m) => ({ id: m.id, fullName: m.full_name, category: m.category })),
    registrations: registrations.map((r) => ({ memberId: r.member_id, title: r.title as TitleCode })),
    results: results.map((r) => ({ id: r.id, memberId: r.member_id, title: r.title, status: r.status })),
    ratings: ratings.map((r) => ({ memberId: r.member_id, grade: r.grade })),
    disciplines: disciplines.map((d) => ({ memberId: d.member_id, form: d.form, decidedOn: d.decided_on })),
    initiatives: initiatives.rows.map((i) => ({ memberId: i.member_id, title: i.title, issuerLevel: i.issuer_level, recognisedOn: i.recognised_on })),
  };
}

/** The year's evaluation meeting (họp bình xét, 0012): the latest one held, if any. */
export async function findMeetingDate(db: Db, orgId: number, year: number): Promise<string | null> {
  const row = await db.selectFrom('emulation_meetings').select('held_on').where('org_id', '=', orgId).where('year', '=', year)
    .orderBy('held_on', 'desc').limit(1).executeTakeFirst();
  return row?.held_on ?? null;
}

export async function findResult(db: Db, orgId: number, id: number) {
  return db.selectFrom('emulation_results').select(['id', 'member_id', 'year', 'title', 'status', 'cash_amount'])
    .where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findCommendation(db: Db, orgId: number, id: number) {
  return db.selectFrom('commendations').select(['id', 'member_id', 'form', 'status', 'cash_amount'])
    .where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export type CashTable = 'emulation_results' | 'commendations';

export async function updateCash(db: Db, table: CashTable, orgId: number, id: number, cashAmount: number | null): Promise<void> {
  await db.updateTable(table).set({ cash_amount: cashAmount }).where('org_id', '=', orgId).where('id', '=', id).execute();
}
