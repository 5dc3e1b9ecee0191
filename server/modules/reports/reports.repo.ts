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

export async function findDraftDate(db: Db, orgId: number, year: number, docType: DocType): Promise<string | null> {
  const row = await db.selectFrom('report_drafts').select('issued_on')
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType).executeTakeFirst();
  return row?.issued_on ?? null;
}

export async function upsertDraftDate(db: Kysely<Database>, orgId: number, year: number, docType: DocType, issuedOn: string) {
  await db.insertInto('report_drafts').values({ org_id: orgId, year, doc_type: docType, issued_on: issuedOn })
    .onConflict((oc) => oc.columns(['org_id', 'year', 'doc_type']).doUpdateSet({ issued_on: issuedOn, updated_at: new Date() }))
    .execute();
}

/** The next Số of the organisation in that year (one sequence for all its documents). */
export async function takeDocumentNumber(tx: Kysely<Database>, orgId: number, year: number): Promise<number> {
  const { rows } = await sql<{ last_number: number }>`
    INSERT INTO document_numbers (org_id, year, last_number) VALUES (${orgId}, ${year}, 1)
    ON CONFLICT (org_id, year) DO UPDATE SET last_number = document_numbers.last_number + 1
    RETURNING last_number`.execute(tx);
  return rows[0].last_number;
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
}

const nameOn = (orgId: ReturnType<typeof sql.ref>, day: ReturnType<typeof sql>) => sql`(
  SELECT n.name FROM org_versions n WHERE n.org_id = ${orgId} AND n.valid_from <= ${day}
  ORDER BY n.valid_from DESC LIMIT 1)`;

const summaries = (where: ReturnType<typeof sql>) => sql<VersionSummary>`
  SELECT v.id, v.org_id, v.year, v.version, v.number_text, v.issued_on, v.finalised_at, v.submitted_at,
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
