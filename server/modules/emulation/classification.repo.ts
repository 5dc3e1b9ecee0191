import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { GradeCode } from './emulation.tables.ts';

// The classification form's records: points per indicator, the stored result, the thresholds upper levels set,
// and the figures of the year shown beside indicators as evidence.

export interface ScoreRow { indicator: string; points: number; evidence: string | null }

export async function findScores(db: Db, orgId: number, year: number): Promise<ScoreRow[]> {
  const rows = await db.selectFrom('union_classification_scores').select(['indicator', 'points', 'evidence'])
    .where('org_id', '=', orgId).where('year', '=', year).execute();
  return rows.map((r) => ({ indicator: r.indicator, points: Number(r.points), evidence: r.evidence }));
}

/** Replaces the year's points with `scores` (indicators left out are removed). */
export async function replaceScores(tx: Db, orgId: number, year: number, scores: readonly ScoreRow[], userId: number | null) {
  await tx.deleteFrom('union_classification_scores').where('org_id', '=', orgId).where('year', '=', year).execute();
  if (scores.length > 0) {
    await tx.insertInto('union_classification_scores')
      .values(scores.map((s) => ({ org_id: orgId, year, indicator: s.indicator, points: s.points, evidence: s.evidence, updated_by: userId })))
      .execute();
  }
}

export async function storeSelfResult(
  tx: Db, orgId: number, year: number, result: { grade: GradeCode; points: number; scaleKey: string; scaleVersion: number },
) {
  const values = { self_grade: result.grade, self_points: result.points, scale_key: result.scaleKey, scale_version: result.scaleVersion };
  await tx.insertInto('union_classifications').values({ org_id: orgId, year, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet(values)).execute();
}

export async function findStoredClassification(db: Db, orgId: number, year: number) {
  const { rows } = await sql<{
    self_grade: GradeCode | null; self_points: string | null; decided_grade: GradeCode | null;
    number: string | null; issued_on: string | null; issuer: string | null;
  }>`
    SELECT u.self_grade, u.self_points, u.decided_grade, d.number, d.issued_on, d.issuer
    FROM union_classifications u LEFT JOIN emulation_decisions d ON d.org_id = u.org_id AND d.id = u.decision_id
    WHERE u.org_id = ${orgId} AND u.year = ${year}`.execute(db);
  return rows[0] ?? null;
}

export interface ThresholdRow {
  id: number; org_id: number; org_name: string; valid_from: string; htxsnv_min: number; httnv_min: number; htnv_min: number; note: string;
}

/**
 * The thresholds set by the nearest organisation above (or at) `orgId` in the tree of `date` that has any in force on
 * that date; the latest of its settings.
 */
export async function findThresholdsFor(db: Db, orgId: number, date: string): Promise<ThresholdRow | null> {
  const { rows } = await sql<ThresholdRow & { htxsnv_min: string; httnv_min: string; htnv_min: string }>`
    WITH RECURSIVE v AS (SELECT * FROM org_versions_at(${date}::date)),
    up AS (
      SELECT org_id, parent_id, name, 0 AS depth FROM v WHERE org_id = ${orgId}
      UNION
      SELECT v.org_id, v.parent_id, v.name, up.depth + 1 FROM v JOIN up ON v.org_id = up.parent_id
    )
    SELECT t.id, t.org_id, up.name AS org_name, t.valid_from, t.htxsnv_min, t.httnv_min, t.htnv_min, t.note
    FROM classification_thresholds t JOIN up ON up.org_id = t.org_id
    WHERE t.valid_from <= ${date}::date
    ORDER BY up.depth, t.valid_from DESC LIMIT 1`.execute(db);
  const r = rows[0];
  return r ? { ...r, htxsnv_min: Number(r.htxsnv_min), httnv_min: Number(r.httnv_min), htnv_min: Number(r.htnv_min) } : null;
}

export async function findOwnThresholds(db: Db, orgId: number) {
  const rows = await db.selectFrom('classification_thresholds').select(['id', 'valid_from', 'htxsnv_min', 'httnv_min', 'htnv_min', 'note'])
    .where('org_id', '=', orgId).orderBy('valid_from', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, validFrom: r.valid_from, htxsnvMin: Number(r.htxsnv_min), httnvMin: Number(r.httnv_min), htnvMin: Number(r.htnv_min), note: r.note,
  }));
}

export async function insertThresholds(
  tx: Db, orgId: number, t: { validFrom: string; htxsnvMin: number; httnvMin: number; htnvMin: number; note: string }, userId: number | null,
): Promise<number> {
  const row = await tx.insertInto('classification_thresholds').values({
    org_id: orgId, valid_from: t.validFrom, htxsnv_min: t.htxsnvMin, httnv_min: t.httnvMin, htnv_min: t.htnvMin, note: t.note, set_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface YearFacts {
  admitted: number; left: number; meetings: number; ldtt: number; cstdcs: number; initiatives: number;
}

/** The year's figures the form shows as evidence, in one query. */
export async function findYearFacts(db: Db, orgId: number, year: number): Promise<YearFacts> {
  const { rows } = await sql<YearFacts>`
    SELECT
      (SELECT count(*)::int FROM member_status_events e WHERE e.org_id = ${orgId} AND e.kind = 'admitted'
        AND e.on_date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)) AS admitted,
      (SELECT count(*)::int FROM member_status_events e WHERE e.org_id = ${orgId} AND e.kind IN ('left', 'transferred_out')
        AND e.on_date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)) AS "left",
      (SELECT count(*)::int FROM emulation_meetings WHERE org_id = ${orgId} AND year = ${year}) AS meetings,
      (SELECT count(*)::int FROM emulation_results WHERE org_id = ${orgId} AND year = ${year} AND status = 'decided' AND title = 'ldtt') AS ldtt,
      (SELECT count(*)::int FROM emulation_results WHERE org_id = ${orgId} AND year = ${year} AND status = 'decided' AND title = 'cstdcs') AS cstdcs,
      (SELECT count(*)::int FROM initiatives WHERE org_id = ${orgId} AND year = ${year} AND decision_id IS NOT NULL) AS initiatives`.execute(db);
  return rows[0];
}
