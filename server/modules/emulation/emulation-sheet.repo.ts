import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { AwardStatus, GradeCode, TitleCode } from './emulation.tables.ts';

// SQL of the year's summary table (bảng tổng hợp): one query for every member's line, and the import's writes.

export interface SheetCommendation { form: 'giay_khen' | 'bang_khen' | 'co_thi_dua' | 'other'; issuer: string; status: AwardStatus }

export interface SheetMember {
  id: number;
  code: string;
  fullName: string;
  category: string;
  /** Active (đang sinh hoạt) at some time in the year. */
  active: boolean;
  registrations: TitleCode[];
  rating: { grade: GradeCode; decided: boolean } | null;
  results: { title: TitleCode; status: AwardStatus }[];
  commendations: SheetCommendation[];
}

/** Every member of the union with their records of the year, in name order. */
export async function findSheetMembers(db: Db, orgId: number, year: number): Promise<SheetMember[]> {
  const { rows } = await sql<{
    id: number; code: string; full_name: string; category: string; active: boolean; registrations: TitleCode[];
    grade: GradeCode | null; rating_decided: boolean | null; results: SheetMember['results']; commendations: SheetCommendation[];
  }>`
    SELECT m.id, m.code, m.full_name, m.category,
      EXISTS (
        SELECT 1 FROM derived.member_status_periods p
        WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
          AND p.since <= make_date(${year}::int, 12, 31) AND p.valid_to > make_date(${year}::int, 1, 1)
      ) AS active,
      COALESCE((SELECT jsonb_agg(r.title ORDER BY r.title DESC) FROM emulation_registrations r
        WHERE r.org_id = m.org_id AND r.member_id = m.id AND r.year = ${year} AND r.title <> 'rating'), '[]') AS registrations,
      s.grade, s.decision_id IS NOT NULL AS rating_decided,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('title', e.title, 'status', e.status) ORDER BY e.title DESC) FROM emulation_results e
        WHERE e.org_id = m.org_id AND e.member_id = m.id AND e.year = ${year}), '[]') AS results,
      COALESCE((SELECT jsonb_agg(jsonb_build_object('form', c.form, 'issuer', c.issuer, 'status', c.status) ORDER BY c.id) FROM commendations c
        WHERE c.org_id = m.org_id AND c.member_id = m.id AND c.year = ${year}), '[]') AS commendations
    FROM members m LEFT JOIN staff_ratings s ON s.org_id = m.org_id AND s.member_id = m.id AND s.year = ${year}
    WHERE m.org_id = ${orgId}
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({
    id: r.id, code: r.code, fullName: r.full_name, category: r.category, active: r.active, registrations: r.registrations,
    rating: r.grade === null ? null : { grade: r.grade, decided: r.rating_decided === true },
    results: r.results, commendations: r.commendations,
  }));
}

export interface SheetWrites {
  registrations: { memberId: number; title: TitleCode }[];
  ratings: { memberId: number; grade: GradeCode }[];
  results: { memberId: number; title: TitleCode }[];
}

const BATCH = 1000;
const batches = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

/** New registrations and proposed results are added; a rating is set (one per member and year). Inside the caller's transaction. */
export async function writeSheet(tx: Db, orgId: number, year: number, registeredOn: string, writes: SheetWrites): Promise<void> {
  for (const part of batches(writes.registrations)) {
    await tx.insertInto('emulation_registrations').values(part.map((r) => ({
      org_id: orgId, member_id: r.memberId, year, title: r.title, target_rating: null, registered_on: registeredOn,
    }))).execute();
  }
  for (const part of batches(writes.ratings)) {
    await tx.insertInto('staff_ratings').values(part.map((r) => ({ org_id: orgId, member_id: r.memberId, year, grade: r.grade, decision_id: null })))
      .onConflict((oc) => oc.constraint('staff_ratings_once').doUpdateSet((eb) => ({ grade: eb.ref('excluded.grade') }))).execute();
  }
  for (const part of batches(writes.results)) {
    await tx.insertInto('emulation_results').values(part.map((r) => ({
      org_id: orgId, member_id: r.memberId, year, title: r.title, status: 'proposed' as const, decision_id: null,
    }))).execute();
  }
}
