import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';

export type DocType = 'annual';

export async function findSectionTexts(db: Db, orgId: number, year: number, docType: DocType): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('report_sections').select(['section_key', 'paragraphs'])
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType).execute();
  return new Map(rows.map((r) => [r.section_key, r.paragraphs]));
}

export async function upsertSectionText(
  db: Kysely<Database>, orgId: number, year: number, docType: DocType, key: string, paragraphs: string[], userId: number | null,
) {
  await db.insertInto('report_sections')
    .values({ org_id: orgId, year, doc_type: docType, section_key: key, paragraphs: JSON.stringify(paragraphs), updated_by: userId })
    .onConflict((oc) => oc.columns(['org_id', 'year', 'doc_type', 'section_key'])
      .doUpdateSet({ paragraphs: JSON.stringify(paragraphs), updated_by: userId, updated_at: new Date() }))
    .execute();
}

export async function deleteSectionText(db: Kysely<Database>, orgId: number, year: number, docType: DocType, key: string) {
  await db.deleteFrom('report_sections')
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType).where('section_key', '=', key)
    .execute();
}

export async function nextVersion(tx: Kysely<Database>, orgId: number, year: number, docType: DocType): Promise<number> {
  const row = await tx.selectFrom('report_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType)
    .executeTakeFirst();
  return (row?.v ?? 0) + 1;
}

export interface VersionSummary {
  id: number;
  org_id: number;
  year: number;
  version: number;
  number_text: string;
  issued_on: string;
  finalised_at: Date;
  submitted_at: Date | null;
  /** The union's name on the report's date, and the receiver's on the day it was sent. */
  org_name: string;
  submitted_to_name: string | null;
  returned_at: Date | null;
  return_comment: string | null;
  returned_by_name: string | null;
}

const nameOn = (orgId: ReturnType<typeof sql.ref>, day: ReturnType<typeof sql>) => sql`(
  SELECT n.name FROM org_versions n WHERE n.org_id = ${orgId} AND n.valid_from <= ${day}
  ORDER BY n.valid_from DESC LIMIT 1)`;

export const summaries = (where: ReturnType<typeof sql>) => sql<VersionSummary>`
  SELECT v.id, v.org_id, v.year, v.version, v.number_text, v.issued_on, v.finalised_at, v.submitted_at,
    v.returned_at, v.return_comment, (SELECT u.full_name FROM users u WHERE u.id = v.returned_by) AS returned_by_name,
    ${nameOn(sql.ref('v.org_id'), sql`v.issued_on`)} AS org_name,
    ${nameOn(sql.ref('v.submitted_to'), sql`(v.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`)} AS submitted_to_name
  FROM report_versions v WHERE ${where}`;

export async function findVersions(db: Db, orgId: number, year: number, docType: DocType): Promise<VersionSummary[]> {
  const { rows } = await sql<VersionSummary>`${summaries(sql`v.org_id = ${orgId} AND v.year = ${year} AND v.doc_type = ${docType}`)}
    ORDER BY v.version DESC`.execute(db);
  return rows;
}

export async function findVersion(db: Db, orgId: number, versionId: number) {
  return db.selectFrom('report_versions').selectAll().where('org_id', '=', orgId).where('id', '=', versionId).executeTakeFirst();
}

export async function findInbox(db: Db, orgId: number): Promise<VersionSummary[]> {
  const { rows } = await sql<VersionSummary>`${summaries(sql`v.submitted_to = ${orgId}`)} ORDER BY v.submitted_at DESC`.execute(db);
  return rows;
}

export interface ReportStatusRow {
  org_id: number;
  draft_updated_at: Date | null;
  version: number | null;
  number_text: string | null;
  issued_on: string | null;
  finalised_at: Date | null;
  submitted_at: Date | null;
  returned_at: Date | null;
  return_comment: string | null;
  returned_by_name: string | null;
}

/** Per organisation, the year's draft (settings or edited text) and its latest finalised version; one query. */
export async function findReportStatuses(db: Db, orgIds: readonly number[], year: number, docType: DocType): Promise<ReportStatusRow[]> {
  if (orgIds.length === 0) {
    return [];
  }
  const { rows } = await sql<ReportStatusRow>`
    SELECT o.id AS org_id,
      GREATEST(d.updated_at, (SELECT max(s.updated_at) FROM report_sections s
        WHERE s.org_id = o.id AND s.year = ${year} AND s.doc_type = ${docType})) AS draft_updated_at,
      lv.version, lv.number_text, lv.issued_on, lv.finalised_at, lv.submitted_at,
      lv.returned_at, lv.return_comment, (SELECT u.full_name FROM users u WHERE u.id = lv.returned_by) AS returned_by_name
    FROM organisations o
    LEFT JOIN report_drafts d ON d.org_id = o.id AND d.year = ${year} AND d.doc_type = ${docType}
    LEFT JOIN LATERAL (
      SELECT v.version, v.number_text, v.issued_on, v.finalised_at, v.submitted_at, v.returned_at, v.return_comment, v.returned_by
      FROM report_versions v
      WHERE v.org_id = o.id AND v.year = ${year} AND v.doc_type = ${docType}
      ORDER BY v.version DESC LIMIT 1
    ) lv ON true
    WHERE o.id IN (${sql.join(orgIds)})`.execute(db);
  return rows;
}
