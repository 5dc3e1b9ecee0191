import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DecisionView, EmulationYear } from '../../../shared/contracts/emulation.contract.ts';
import type { AwardStatus, GradeCode, IssuerLevel, TitleCode } from './emulation.tables.ts';

// Only this file holds the emulation module's SQL.

export interface MemberInYear { id: number; fullName: string; active: boolean }

/** The member of this union, and whether they were active (đang sinh hoạt) at some time in the year. */
export async function findMemberInYear(db: Db, orgId: number, memberId: number, year: number): Promise<MemberInYear | null> {
  const { rows } = await sql<{ id: number; full_name: string; active: boolean }>`
    SELECT m.id, m.full_name, EXISTS (
      SELECT 1 FROM derived.member_status_periods p
      WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
        AND p.since <= make_date(${year}::int, 12, 31) AND p.valid_to > make_date(${year}::int, 1, 1)
    ) AS active
    FROM members m WHERE m.org_id = ${orgId} AND m.id = ${memberId}`.execute(db);
  const r = rows[0];
  return r ? { id: r.id, fullName: r.full_name, active: r.active } : null;
}

export async function findDecision(db: Db, orgId: number, decisionId: number) {
  return db.selectFrom('emulation_decisions').selectAll().where('org_id', '=', orgId).where('id', '=', decisionId).executeTakeFirst();
}

export async function findRegistration(db: Db, orgId: number, id: number) {
  return db.selectFrom('emulation_registrations').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findSameRegistration(db: Db, memberId: number, year: number, title: string) {
  return db.selectFrom('emulation_registrations').select('id')
    .where('member_id', '=', memberId).where('year', '=', year).where('title', '=', title as TitleCode).executeTakeFirst();
}

/** The tables whose rows go from proposed to decided. */
export type DecidableTable = 'emulation_results' | 'commendations' | 'collective_awards';

export async function findDecidable(db: Db, table: DecidableTable, orgId: number, id: number) {
  return db.selectFrom(table).select(['id', 'status', 'year', 'decision_id']).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function markDecided(db: Db, table: DecidableTable, orgId: number, id: number, decisionId: number): Promise<void> {
  await db.updateTable(table).set({ status: 'decided' as AwardStatus, decision_id: decisionId })
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

interface DecisionCols { d_id: number | null; d_number: string | null; d_issued_on: string | null; d_issuer: string | null; d_level: IssuerLevel | null }
const decisionCols = sql`d.id AS d_id, d.number AS d_number, d.issued_on AS d_issued_on, d.issuer AS d_issuer, d.issuer_level AS d_level`;
const decisionOf = (r: DecisionCols): DecisionView | null => (r.d_id === null ? null : {
  id: r.d_id, number: r.d_number!, issuedOn: r.d_issued_on!, issuer: r.d_issuer!, issuerLevel: r.d_level!,
});
const joinDecision = (alias: string) =>
  sql`LEFT JOIN emulation_decisions d ON d.org_id = ${sql.ref(`${alias}.org_id`)} AND d.id = ${sql.ref(`${alias}.decision_id`)}`;
const byName = sql`m.sort_key COLLATE "C", m.id`;

/** Everything recorded for a union's year: one query per list. */
export async function findYear(db: Db, orgId: number, year: number): Promise<EmulationYear> {
  const [movements, registrations, collective, ratings, disciplines, initiatives, results, commendations, awards, classification, decisions] =
    await Promise.all([
      sql<{ id: number; name: string; content: string | null; launched_on: string; targets: string[] }>`
        SELECT id, name, content, launched_on, targets FROM emulation_movements WHERE org_id = ${orgId} AND year = ${year}
        ORDER BY launched_on, id`.execute(db),
      sql<{ id: number; member_id: number; full_name: string; category: string; title: 'ldtt' | 'cstdcs' | 'rating'; target_rating: GradeCode | null; registered_on: string }>`
        SELECT r.id, r.member_id, m.full_name, m.category, r.title, r.target_rating, r.registered_on
        FROM emulation_registrations r JOIN members m ON m.org_id = r.org_id AND m.id = r.member_id
        WHERE r.org_id = ${orgId} AND r.year = ${year} ORDER BY ${byName}, r.title`.execute(db),
      sql<{ id: number; holder: 'union' | 'host'; goal: string; registered_on: string }>`
        SELECT id, holder, goal, registered_on FROM emulation_collective_registrations
        WHERE org_id = ${orgId} AND year = ${year} ORDER BY holder, id`.execute(db),
      sql<{ id: number; member_id: number; full_name: string; category: string; grade: GradeCode } & DecisionCols>`
        SELECT s.id, s.member_id, m.full_name, m.category, s.grade, ${decisionCols}
        FROM staff_ratings s JOIN members m ON m.org_id = s.org_id AND m.id = s.member_id ${joinDecision('s')}
        WHERE s.org_id = ${orgId} AND s.year = ${year} ORDER BY ${byName}`.execute(db),
      sql<{ id: number; member_id: number; full_name: string; category: string; form: 'reprimand'; decided_on: string; reason: string | null } & DecisionCols>`
        SELECT k.id, k.member_id, m.full_name, m.category, k.form, k.decided_on, k.reason, ${decisionCols}
        FROM disciplinary_records k JOIN members m ON m.org_id = k.org_id AND m.id = k.member_id ${joinDecision('k')}
        WHERE k.org_id = ${orgId} AND k.decided_on BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
        ORDER BY k.decided_on, k.id`.execute(db),
      sql<{ id: number; title: string; recognised_on: string | null; authors: { memberId: number; memberName: string }[] } & DecisionCols>`
        SELECT i.id, i.title, i.recognised_on, ${decisionCols},
          COALESCE((SELECT jsonb_agg(jsonb_build_object('memberId', m.id, 'memberName', m.full_name) ORDER BY m.sort_key COLLATE "C")
            FROM initiative_authors a JOIN members m ON m.org_id = a.org_id AND m.id = a.member_id WHERE a.initiative_id = i.id), '[]') AS authors
        FROM initiatives i ${joinDecision('i')} WHERE i.org_id = ${orgId} AND i.year = ${year} ORDER BY i.id`.execute(db),
      sql<{ id: number; member_id: number; full_name: string; category: string; title: 'ldtt' | 'cstdcs'; status: AwardStatus; cash_amount: number | null } & DecisionCols>`
        SELECT e.id, e.member_id, m.full_name, m.category, e.title, e.status, e.cash_amount, ${decisionCols}
        FROM emulation_results e JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id ${joinDecision('e')}
        WHERE e.org_id = ${orgId} AND e.year = ${year} ORDER BY e.title, ${byName}`.execute(db),
      sql<{
        id: number; member_id: number | null; full_name: string | null; collective_name: string | null; form: 'giay_khen'; issuer: string;
        issuer_level: IssuerLevel; reason: string | null; status: AwardStatus; cash_amount: number | null;
      } & DecisionCols>`
        SELECT c.id, c.member_id, m.full_name, c.collective_name, c.form, c.issuer, c.issuer_level, c.reason, c.status, c.cash_amount, ${decisionCols}
        FROM commendations c LEFT JOIN members m ON m.org_id = c.org_id AND m.id = c.member_id ${joinDecision('c')}
        WHERE c.org_id = ${orgId} AND c.year = ${year} ORDER BY c.status DESC, c.issuer_level, c.id`.execute(db),
      sql<{
        id: number; holder: 'union' | 'host'; kind: 'title' | 'prize'; name: string; prize_rank: string | null; issuer: string;
        issuer_level: IssuerLevel; status: AwardStatus;
      } & DecisionCols>`
        SELECT w.id, w.holder, w.kind, w.name, w.prize_rank, w.issuer, w.issuer_level, w.status, ${decisionCols}
        FROM collective_awards w ${joinDecision('w')} WHERE w.org_id = ${orgId} AND w.year = ${year} ORDER BY w.holder, w.kind, w.id`.execute(db),
      sql<{ self_grade: GradeCode | null; decided_grade: GradeCode | null } & DecisionCols>`
        SELECT u.self_grade, u.decided_grade, ${decisionCols}
        FROM union_classifications u ${joinDecision('u')} WHERE u.org_id = ${orgId} AND u.year = ${year}`.execute(db),
      db.selectFrom('emulation_decisions').selectAll().where('org_id', '=', orgId)
        .where('issued_on', '>=', `${year}-01-01`).where('issued_on', '<=', `${year + 1}-12-31`).orderBy('issued_on').orderBy('id').execute(),
    ]);
  const cls = classification.rows[0];
  return {
    year,
    movements: movements.rows.map((r) => ({ id: r.id, name: r.name, content: r.content, launchedOn: r.launched_on, targets: r.targets })),
    registrations: registrations.rows.map((r) => ({
      id: r.id, memberId: r.member_id, memberName: r.full_name, category: r.category, title: r.title, targetRating: r.target_rating,
      registeredOn: r.registered_on,
    })),
    collectiveRegistrations: collective.rows.map((r) => ({ id: r.id, holder: r.holder, goal: r.goal, registeredOn: r.registered_on })),
    ratings: ratings.rows.map((r) => ({
      id: r.id, memberId: r.member_id, memberName: r.full_name, category: r.category, grade: r.grade, decision: decisionOf(r),
    })),
    disciplines: disciplines.rows.map((r) => ({
      id: r.id, memberId: r.member_id, memberName: r.full_name, category: r.category, form: r.form, decidedOn: r.decided_on,
      reason: r.reason, decision: decisionOf(r),
    })),
    initiatives: initiatives.rows.map((r) => ({
      id: r.id, title: r.title, authors: r.authors, decision: decisionOf(r), recognisedOn: r.recognised_on,
    })),
    results: results.rows.map((r) => ({
      id: r.id, memberId: r.member_id, memberName: r.full_name, category: r.category, title: r.title, status: r.status, decision: decisionOf(r),
      cashAmount: r.cash_amount,
    })),
    commendations: commendations.rows.map((r) => ({
      id: r.id, memberId: r.member_id, memberName: r.full_name, collectiveName: r.collective_name, form: r.form, issuer: r.issuer,
      issuerLevel: r.issuer_level, reason: r.reason, status: r.status, cashAmount: r.cash_amount, decision: decisionOf(r),
    })),
    collectiveAwards: awards.rows.map((r) => ({
      id: r.id, holder: r.holder, kind: r.kind, name: r.name, prizeRank: r.prize_rank, issuer: r.issuer, issuerLevel: r.issuer_level,
      status: r.status, decision: decisionOf(r),
    })),
    classification: cls ? { selfGrade: cls.self_grade, decidedGrade: cls.decided_grade, decision: decisionOf(cls) } : null,
    decisions: decisions.map((d) => ({ id: d.id, number: d.number, issuedOn: d.issued_on, issuer: d.issuer, issuerLevel: d.issuer_level })),
  };
}
