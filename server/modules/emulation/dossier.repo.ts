import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { GradeCode, IssuerLevel, TitleCode } from './emulation.tables.ts';

// The SQL behind the printed documents of the emulation year: the registration sheet and a candidate's record
// for the achievement report (báo cáo thành tích). One query per list.

export interface DecisionRef { number: string; issuedOn: string; issuer: string; issuerLevel: IssuerLevel }
const decisionJson = sql`CASE WHEN d.id IS NULL THEN NULL ELSE jsonb_build_object(
  'number', d.number, 'issuedOn', to_char(d.issued_on, 'YYYY-MM-DD'), 'issuer', d.issuer, 'issuerLevel', d.issuer_level) END`;

export interface SheetRow {
  memberId: number; fullName: string; position: string | null; category: string;
  titles: TitleCode[]; targetRating: Exclude<GradeCode, 'khtnv'> | null;
}

/** One row per member who registered in the year, in name order, with the titles and the rating aimed at. */
export async function findRegistrationSheet(db: Db, orgId: number, year: number): Promise<{ rows: SheetRow[]; lastRegisteredOn: string | null }> {
  const { rows } = await sql<{
    member_id: number; full_name: string; position: string | null; category: string; titles: TitleCode[];
    target_rating: SheetRow['targetRating']; last_on: string;
  }>`
    SELECT m.id AS member_id, m.full_name, m.position, COALESCE(c.name, m.category) AS category,
      COALESCE(array_agg(r.title ORDER BY r.title DESC) FILTER (WHERE r.title <> 'rating'), '{}') AS titles,
      max(r.target_rating) AS target_rating, to_char(max(r.registered_on), 'YYYY-MM-DD') AS last_on
    FROM emulation_registrations r JOIN members m ON m.org_id = r.org_id AND m.id = r.member_id LEFT JOIN member_categories c ON c.code = m.category
    WHERE r.org_id = ${orgId} AND r.year = ${year}
    GROUP BY m.id, m.full_name, m.position, c.name, m.category, m.sort_key
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return {
    rows: rows.map((r) => ({
      memberId: r.member_id, fullName: r.full_name, position: r.position, category: r.category, titles: r.titles, targetRating: r.target_rating,
    })),
    lastRegisteredOn: rows.reduce<string | null>((last, r) => (last === null || r.last_on > last ? r.last_on : last), null),
  };
}

export async function findCollectiveGoals(db: Db, orgId: number, year: number) {
  return db.selectFrom('emulation_collective_registrations').select(['holder', 'goal'])
    .where('org_id', '=', orgId).where('year', '=', year).orderBy('holder').orderBy('id').execute();
}

export interface MemberRecord {
  fullName: string; sex: 'male' | 'female'; birthDate: string | null; position: string | null; education: string | null;
  category: string;
  rating: { grade: GradeCode; decision: DecisionRef | null } | null;
  titles: { year: number; title: TitleCode; decision: DecisionRef }[];
  commendations: { year: number; form: string; issuer: string; reason: string | null; decision: DecisionRef }[];
  initiatives: { year: number; title: string; recognisedOn: string | null; decision: DecisionRef | null }[];
}

/**
 * What the achievement report of a member says, up to `year`: their details, the rating of the year, decided titles
 * and commendations, and the initiatives they wrote.
 */
export async function findMemberRecord(db: Db, orgId: number, memberId: number, year: number): Promise<MemberRecord | null> {
  const { rows } = await sql<MemberRecord>`
    SELECT m.full_name AS "fullName", m.sex, to_char(m.birth_date, 'YYYY-MM-DD') AS "birthDate", m.position, m.education,
      COALESCE(c.name, m.category) AS category,
      (SELECT jsonb_build_object('grade', s.grade, 'decision', ${decisionJson})
        FROM staff_ratings s LEFT JOIN emulation_decisions d ON d.org_id = s.org_id AND d.id = s.decision_id
        WHERE s.org_id = m.org_id AND s.member_id = m.id AND s.year = ${year}) AS rating,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('year', e.year, 'title', e.title, 'decision', ${decisionJson}) ORDER BY e.year, e.title DESC)
        FROM emulation_results e JOIN emulation_decisions d ON d.org_id = e.org_id AND d.id = e.decision_id
        WHERE e.org_id = m.org_id AND e.member_id = m.id AND e.status = 'decided' AND e.year <= ${year}), '[]') AS titles,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('year', k.year, 'form', k.form, 'issuer', k.issuer, 'reason', k.reason,
          'decision', ${decisionJson}) ORDER BY k.year, d.issued_on, k.id)
        FROM commendations k JOIN emulation_decisions d ON d.org_id = k.org_id AND d.id = k.decision_id
        WHERE k.org_id = m.org_id AND k.member_id = m.id AND k.status = 'decided' AND k.year <= ${year}), '[]') AS commendations,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('year', i.year, 'title', i.title,
          'recognisedOn', to_char(i.recognised_on, 'YYYY-MM-DD'), 'decision', ${decisionJson}) ORDER BY i.year, i.id)
        FROM initiative_authors a JOIN initiatives i ON i.org_id = a.org_id AND i.id = a.initiative_id LEFT JOIN emulation_decisions d ON d.org_id = i.org_id AND d.id = i.decision_id
        WHERE a.org_id = m.org_id AND a.member_id = m.id AND i.year <= ${year}), '[]') AS initiatives
    FROM members m LEFT JOIN member_categories c ON c.code = m.category
    WHERE m.org_id = ${orgId} AND m.id = ${memberId}`.execute(db);
  return rows[0] ?? null;
}
