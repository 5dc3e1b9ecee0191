// SQL of the submission inbox: deadlines per year, the trees their days need, the year's submitted versions, returns.
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import { summaries, type VersionSummary } from './reports.repo.ts';

export interface DeadlineRow {
  orgId: number;
  year: number;
  dueOn: string;
  setAt: Date;
  /** The setting organisation's name on the due day. */
  orgName: string;
}

/** Every annual-report deadline of the year (a few rows: one per upper level that set one). */
export async function findDeadlines(db: Db, year: number): Promise<DeadlineRow[]> {
  const { rows } = await sql<DeadlineRow>`
    SELECT d.org_id AS "orgId", d.year, d.due_on AS "dueOn", d.set_at AS "setAt",
      (SELECT n.name FROM org_versions n WHERE n.org_id = d.org_id AND n.valid_from <= d.due_on
        ORDER BY n.valid_from DESC LIMIT 1) AS "orgName"
    FROM report_deadlines d WHERE d.year = ${year} AND d.kind = 'annual'
    ORDER BY d.due_on, d.org_id`.execute(db);
  return rows;
}

export async function upsertDeadline(tx: Kysely<Database>, orgId: number, year: number, dueOn: string, userId: number | null) {
  await tx.insertInto('report_deadlines')
    .values({ org_id: orgId, year, kind: 'annual', due_on: dueOn, set_by: userId })
    .onConflict((oc) => oc.columns(['org_id', 'year', 'kind']).doUpdateSet({ due_on: dueOn, set_by: userId, set_at: new Date() }))
    .execute();
}

export async function deleteDeadline(tx: Kysely<Database>, orgId: number, year: number) {
  return tx.deleteFrom('report_deadlines').where('org_id', '=', orgId).where('year', '=', year).where('kind', '=', 'annual')
    .executeTakeFirst();
}

/** Each organisation's parent in the tree of a day. */
export async function findParents(db: Db, day: string): Promise<Map<number, number | null>> {
  const { rows } = await sql<{ org_id: number; parent_id: number | null }>`
    SELECT org_id, parent_id FROM org_versions_at(${day}::date)`.execute(db);
  return new Map(rows.map((r) => [r.org_id, r.parent_id]));
}

/** The organisation's chain upward in the tree of a day, as a parent map holding only that chain. */
export async function findChainUp(db: Db, orgId: number, day: string): Promise<Map<number, number | null>> {
  const { rows } = await sql<{ org_id: number; parent_id: number | null }>`
    WITH RECURSIVE v AS (SELECT * FROM org_versions_at(${day}::date)),
    up AS (
      SELECT org_id, parent_id FROM v WHERE org_id = ${orgId}
      UNION
      SELECT v.org_id, v.parent_id FROM v JOIN up ON v.org_id = up.parent_id
    )
    SELECT org_id, parent_id FROM up`.execute(db);
  return new Map(rows.map((r) => [r.org_id, r.parent_id]));
}

export interface SubmittedRow extends VersionSummary {
  org_code: string;
  submitted_to: number;
}

/** The year's submitted annual versions of the given unions or sent to the receiver, newest first; one query. */
export async function findSubmittedOfYear(db: Db, orgIds: readonly number[], receiverId: number, year: number): Promise<SubmittedRow[]> {
  const among = orgIds.length > 0 ? sql`(v.org_id IN (${sql.join(orgIds)}) OR v.submitted_to = ${receiverId})` : sql`v.submitted_to = ${receiverId}`;
  const { rows } = await sql<SubmittedRow>`
    SELECT s.*, o.code AS org_code, v.submitted_to FROM (${summaries(sql`v.year = ${year} AND v.doc_type = 'annual' AND v.submitted_at IS NOT NULL AND ${among}`)}) s
    JOIN report_versions v ON v.org_id = s.org_id AND v.id = s.id JOIN organisations o ON o.id = s.org_id
    ORDER BY s.submitted_at DESC, s.id DESC`.execute(db);
  return rows;
}

export async function markReturned(tx: Kysely<Database>, versionId: number, userId: number | null, comment: string) {
  await tx.updateTable('report_versions')
    .set({ returned_at: new Date(), returned_by: userId, return_comment: comment })
    .where('id', '=', versionId).where('returned_at', 'is', null)
    .execute();
}
