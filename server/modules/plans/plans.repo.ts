import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { ReadingInput, TargetInput } from '../../../shared/contracts/plans.contract.ts';
import type { GradeCode } from './plans.evaluate.ts';
import type { PlanData } from './plans.measures.ts';

// Kế hoạch, chỉ tiêu: the SQL of plan targets and readings, and the year's records the measures read (members đang
// sinh hoạt, results, staff ratings, registrations, classification, directive documents, attendance).

export interface TargetRow {
  id: number; year: number; position: number; statement: string; movement_id: number | null; movement_name: string | null;
  measure: string; params: unknown; target_min: string; target_max: string | null; unit: string; lower_is_better: boolean;
}

export interface ReadingRow {
  id: number; target_id: number; recorded_on: string; value: string; evidence: string; attachment_id: number | null;
  file_name: string | null; byte_size: number | null; content_type: string | null;
}

function selectTargets(db: Db, orgId: number) {
  return db.selectFrom('plan_targets as t')
    .leftJoin('emulation_movements as mv', (j) => j.onRef('mv.id', '=', 't.movement_id').onRef('mv.org_id', '=', 't.org_id'))
    .select(['t.id', 't.year', 't.position', 't.statement', 't.movement_id', 'mv.name as movement_name', 't.measure', 't.params',
      't.target_min', 't.target_max', 't.unit', 't.lower_is_better'])
    .where('t.org_id', '=', orgId);
}

export async function findTargets(db: Db, orgId: number, year: number): Promise<TargetRow[]> {
  return selectTargets(db, orgId).where('t.year', '=', year).orderBy('t.position').orderBy('t.id').execute();
}

export async function findTarget(db: Db, orgId: number, id: number): Promise<TargetRow | undefined> {
  return selectTargets(db, orgId).where('t.id', '=', id).executeTakeFirst();
}

export async function findReadings(db: Db, orgId: number, targetIds: readonly number[]): Promise<ReadingRow[]> {
  if (targetIds.length === 0) {
    return [];
  }
  return db.selectFrom('plan_target_readings as r')
    .leftJoin('attachments as a', (j) => j.onRef('a.id', '=', 'r.attachment_id').onRef('a.org_id', '=', 'r.org_id'))
    .select(['r.id', 'r.target_id', 'r.recorded_on', 'r.value', 'r.evidence', 'r.attachment_id', 'a.file_name', 'a.byte_size', 'a.content_type'])
    .where('r.org_id', '=', orgId).where('r.target_id', 'in', [...targetIds]).orderBy('r.recorded_on').orderBy('r.id').execute();
}

export async function findReading(db: Db, orgId: number, targetId: number, id: number) {
  return db.selectFrom('plan_target_readings').selectAll().where('org_id', '=', orgId).where('target_id', '=', targetId).where('id', '=', id)
    .executeTakeFirst();
}

export async function nextPosition(db: Db, orgId: number, year: number): Promise<number> {
  const row = await db.selectFrom('plan_targets').select((eb) => eb.fn.max<number | null>('position').as('p'))
    .where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

const columns = (t: TargetInput, unit: string) => ({
  statement: t.statement, movement_id: t.movementId, measure: t.measure, params: JSON.stringify(t.params),
  target_min: t.targetMin, target_max: t.targetMax, unit, lower_is_better: t.lowerIsBetter,
});

export async function insertTarget(tx: Db, orgId: number, year: number, position: number, t: TargetInput, unit: string, userId: number | null): Promise<number> {
  const row = await tx.insertInto('plan_targets').values({ org_id: orgId, year, position, ...columns(t, unit), created_by: userId })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTarget(tx: Db, orgId: number, id: number, t: TargetInput, unit: string): Promise<void> {
  await tx.updateTable('plan_targets').set({ ...columns(t, unit), updated_at: new Date() }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function setPosition(tx: Db, orgId: number, id: number, position: number): Promise<void> {
  await tx.updateTable('plan_targets').set({ position, updated_at: new Date() }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteTarget(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('plan_targets').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function insertReading(tx: Db, orgId: number, targetId: number, r: ReadingInput, userId: number | null): Promise<number> {
  const row = await tx.insertInto('plan_target_readings').values({
    org_id: orgId, target_id: targetId, recorded_on: r.recordedOn, value: r.value, evidence: r.evidence, attachment_id: r.attachmentId, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteReading(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('plan_target_readings').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function findMovements(db: Db, orgId: number, year: number) {
  return db.selectFrom('emulation_movements').select(['id', 'name', 'content', 'targets']).where('org_id', '=', orgId).where('year', '=', year)
    .orderBy('launched_on').orderBy('id').execute();
}

export async function findMovement(db: Db, orgId: number, id: number) {
  return db.selectFrom('emulation_movements').select(['id', 'name', 'year', 'targets']).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findActivityKinds(db: Db, orgId: number) {
  return db.selectFrom('activity_kinds').select(['code', 'name']).where((eb) => eb.or([eb('org_id', 'is', null), eb('org_id', '=', orgId)]))
    .orderBy('sort').orderBy('code').execute();
}

/** The member categories of the union's kind on the day. */
export async function findCategories(db: Db, orgId: number, date: string) {
  const { rows } = await sql<{ code: string; name: string }>`
    SELECT c.code, c.name FROM org_versions_at(${date}::date) v
      JOIN org_kind_categories k ON k.kind = v.kind JOIN member_categories c ON c.code = k.category
    WHERE v.org_id = ${orgId} ORDER BY c.sort`.execute(db);
  return rows;
}

/** The year's records every measure reads, in one round of queries. */
export async function findPlanData(db: Db, orgId: number, year: number): Promise<PlanData> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [members, results, ratings, registrations, classification, documents, attendance] = await Promise.all([
    sql<{ id: number; category: string }>`
      SELECT m.id, m.category FROM members m
      WHERE m.org_id = ${orgId} AND EXISTS (
        SELECT 1 FROM derived.member_status_periods p
        WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
          AND p.since <= ${to}::date AND p.valid_to > ${from}::date)`.execute(db),
    db.selectFrom('emulation_results').select(['member_id', 'title']).where('org_id', '=', orgId).where('year', '=', year).execute(),
    db.selectFrom('staff_ratings').select(['member_id', 'grade']).where('org_id', '=', orgId).where('year', '=', year).execute(),
    db.selectFrom('emulation_registrations').select(['member_id', 'title', 'target_rating', 'registered_on'])
      .where('org_id', '=', orgId).where('year', '=', year).execute(),
    db.selectFrom('union_classifications').select(['self_grade', 'decided_grade']).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst(),
    db.selectFrom('directive_documents').select(['deadline', 'status', 'completed_on'])
      .where('org_id', '=', orgId).where('deadline', '>=', from).where('deadline', '<=', to).execute(),
    sql<{ kind_code: string; held_on: string; status: 'present' | 'excused' | 'absent' }>`
      SELECT k.code AS kind_code, a.held_on, t.status
      FROM activity_attendance t JOIN activities a ON a.org_id = t.org_id AND a.id = t.activity_id JOIN activity_kinds k ON k.id = a.kind_id
      WHERE a.org_id = ${orgId} AND NOT a.cancelled AND a.held_on BETWEEN ${from}::date AND ${to}::date`.execute(db),
  ]);
  return {
    year,
    members: members.rows.map((m) => ({ id: m.id, category: m.category })),
    results: results.map((r) => ({ memberId: r.member_id, title: r.title as 'ldtt' | 'cstdcs' })),
    ratings: ratings.map((r) => ({ memberId: r.member_id, grade: r.grade as GradeCode })),
    registrations: registrations.map((r) => ({
      memberId: r.member_id, title: r.title as 'ldtt' | 'cstdcs' | 'rating', targetRating: (r.target_rating as GradeCode | null) ?? null, registeredOn: String(r.registered_on),
    })),
    classification: classification
      ? { selfGrade: (classification.self_grade as GradeCode | null) ?? null, decidedGrade: (classification.decided_grade as GradeCode | null) ?? null }
      : null,
    documents: documents.map((d) => ({ deadline: d.deadline, status: d.status, completedOn: d.completed_on })),
    attendance: attendance.rows.map((a) => ({ kindCode: a.kind_code, heldOn: String(a.held_on), status: a.status })),
  };
}
