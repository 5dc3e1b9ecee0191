import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type {
  LabourDisputeInput, LabourDisputeView, SafetyInspectionInput, SafetyInspectionView, SafetyOfficerInput, SafetyOfficerView, WorkAccidentInput,
  WorkAccidentView,
} from '../../../shared/contracts/safety.contract.ts';

// The SQL of the safety network, inspections, work accidents and labour disputes: one query per list, every one
// scoped to the union. An accident's support is its welfare event's payment, 0 once that payment was reversed.

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

export async function findOfficers(db: Db, orgId: number, q: { id?: number } = {}): Promise<SafetyOfficerView[]> {
  let query = db.selectFrom('safety_officers as o').innerJoin('members as m', (j) => j.onRef('m.id', '=', 'o.member_id').onRef('m.org_id', '=', 'o.org_id'))
    .select(['o.id', 'o.member_id as memberId', 'm.full_name as memberName', 'o.area', 'o.appointed_on as appointedOn', 'o.ended_on as endedOn'])
    .where('o.org_id', '=', orgId);
  if (q.id) {
    query = query.where('o.id', '=', q.id);
  }
  return query.orderBy('o.area').orderBy('m.sort_key').orderBy('o.id').execute();
}

export async function findInspections(db: Db, orgId: number, q: { year?: number; id?: number }): Promise<SafetyInspectionView[]> {
  let query = db.selectFrom('safety_inspections')
    .select(['id', 'inspected_on as inspectedOn', 'area', 'findings', 'hazards_found as hazardsFound', 'follow_up as followUp', 'done_on as doneOn'])
    .where('org_id', '=', orgId);
  if (q.year) {
    const [from, to] = yearBounds(q.year);
    query = query.where('inspected_on', '>=', from).where('inspected_on', '<=', to);
  }
  if (q.id) {
    query = query.where('id', '=', q.id);
  }
  return query.orderBy('inspected_on').orderBy('id').execute();
}

export async function findAccidents(db: Db, orgId: number, q: { year?: number; id?: number }): Promise<WorkAccidentView[]> {
  const { rows } = await sql<WorkAccidentView & { supportPaid: string | number }>`
    SELECT a.id, a.occurred_on AS "occurredOn", a.member_id AS "memberId", a.person_name AS "personName", a.severity, a.cause,
      a.days_lost AS "daysLost", a.welfare_event_id AS "welfareEventId", a.note,
      COALESCE((SELECT e.amount FROM welfare_events w JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
        WHERE w.org_id = a.org_id AND w.id = a.welfare_event_id
          AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)), 0) AS "supportPaid"
    FROM work_accidents a
    WHERE a.org_id = ${orgId}
      ${q.year ? sql`AND a.occurred_on BETWEEN ${yearBounds(q.year)[0]}::date AND ${yearBounds(q.year)[1]}::date` : sql``}
      ${q.id ? sql`AND a.id = ${q.id}` : sql``}
    ORDER BY a.occurred_on, a.id`.execute(db);
  return rows.map((r) => ({ ...r, supportPaid: Number(r.supportPaid) }));
}

/** With a year: the disputes open at some time in it (started by its end, not ended before its start). */
export async function findDisputes(db: Db, orgId: number, q: { year?: number; id?: number }): Promise<LabourDisputeView[]> {
  let query = db.selectFrom('labour_disputes')
    .select(['id', 'started_on as startedOn', 'ended_on as endedOn', 'kind', 'stoppage', 'workers_involved as workersInvolved', 'demands',
      'union_role as unionRole', 'resolution', 'status'])
    .where('org_id', '=', orgId);
  if (q.year) {
    const [from, to] = yearBounds(q.year);
    query = query.where('started_on', '<=', to).where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', from)]));
  }
  if (q.id) {
    query = query.where('id', '=', q.id);
  }
  return query.orderBy('started_on').orderBy('id').execute();
}

export type SafetyTable = 'safety_officers' | 'safety_inspections' | 'work_accidents' | 'labour_disputes';

export async function findRow(db: Db, table: SafetyTable, orgId: number, id: number): Promise<Record<string, unknown> | undefined> {
  return db.selectFrom(table).selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function deleteRow(tx: Db, table: SafetyTable, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom(table).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export const officerColumns = (d: SafetyOfficerInput) => ({ member_id: d.memberId, area: d.area, appointed_on: d.appointedOn, ended_on: d.endedOn });
export const inspectionColumns = (d: SafetyInspectionInput) => ({
  inspected_on: d.inspectedOn, area: d.area, findings: d.findings, hazards_found: d.hazardsFound, follow_up: d.followUp, done_on: d.doneOn,
});
export const accidentColumns = (d: WorkAccidentInput) => ({
  occurred_on: d.occurredOn, member_id: d.memberId, person_name: d.personName, severity: d.severity, cause: d.cause, days_lost: d.daysLost,
  welfare_event_id: d.welfareEventId, note: d.note,
});
export const disputeColumns = (d: LabourDisputeInput) => ({
  started_on: d.startedOn, ended_on: d.endedOn, kind: d.kind, stoppage: d.stoppage, workers_involved: d.workersInvolved, demands: d.demands,
  union_role: d.unionRole, resolution: d.resolution, status: d.status,
});

export async function insertOfficer(tx: Db, orgId: number, d: SafetyOfficerInput): Promise<number> {
  return (await tx.insertInto('safety_officers').values({ org_id: orgId, ...officerColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateOfficer(tx: Db, orgId: number, id: number, d: SafetyOfficerInput): Promise<void> {
  await tx.updateTable('safety_officers').set(officerColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}
export async function insertInspection(tx: Db, orgId: number, d: SafetyInspectionInput): Promise<number> {
  return (await tx.insertInto('safety_inspections').values({ org_id: orgId, ...inspectionColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateInspection(tx: Db, orgId: number, id: number, d: SafetyInspectionInput): Promise<void> {
  await tx.updateTable('safety_inspections').set(inspectionColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}
export async function insertAccident(tx: Db, orgId: number, d: WorkAccidentInput): Promise<number> {
  return (await tx.insertInto('work_accidents').values({ org_id: orgId, ...accidentColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateAccident(tx: Db, orgId: number, id: number, d: WorkAccidentInput): Promise<void> {
  await tx.updateTable('work_accidents').set(accidentColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}
export async function insertDispute(tx: Db, orgId: number, d: LabourDisputeInput): Promise<number> {
  return (await tx.insertInto('labour_disputes').values({ org_id: orgId, ...disputeColumns(d) }).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateDispute(tx: Db, orgId: number, id: number, d: LabourDisputeInput): Promise<void> {
  await tx.updateTable('labour_disputes').set(disputeColumns(d)).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Whether the member belongs to this union. */
export async function memberExists(db: Db, orgId: number, memberId: number): Promise<boolean> {
  return (await db.selectFrom('members').select('id').where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst()) !== undefined;
}

/** The accident the welfare event already supports, if any. */
export async function findAccidentOfWelfareEvent(db: Db, orgId: number, eventId: number): Promise<number | undefined> {
  return (await db.selectFrom('work_accidents').select('id').where('org_id', '=', orgId).where('welfare_event_id', '=', eventId).executeTakeFirst())?.id;
}

/** Whether the welfare event belongs to this union. */
export async function welfareEventExists(db: Db, orgId: number, eventId: number): Promise<boolean> {
  return (await db.selectFrom('welfare_events').select('id').where('org_id', '=', orgId).where('id', '=', eventId).executeTakeFirst()) !== undefined;
}
