// A draft's settings (date, number, signer, own recipients) and the union's register of document numbers.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import type { DocType } from './reports.repo.ts';

export interface DraftSettingsRow {
  issued_on: string;
  number: number | null;
  signer: 'chair' | 'deputy';
  recipients: string[] | null;
}

export async function findDraftSettings(db: Db, orgId: number, year: number, docType: DocType): Promise<DraftSettingsRow | null> {
  const row = await db.selectFrom('report_drafts').select(['issued_on', 'number', 'signer', 'recipients'])
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType).executeTakeFirst();
  return row ?? null;
}

/** Writes the settings given; `issuedOn` is the date to keep when the draft has no row yet. */
export async function upsertDraftSettings(
  db: Kysely<Database>, orgId: number, year: number, docType: DocType, issuedOn: string,
  change: Partial<Pick<DraftSettingsRow, 'number' | 'signer' | 'recipients'>> & { issuedOn?: string },
) {
  const values = {
    ...(change.issuedOn !== undefined ? { issued_on: change.issuedOn } : {}),
    ...(change.number !== undefined ? { number: change.number } : {}),
    ...(change.signer !== undefined ? { signer: change.signer } : {}),
    ...(change.recipients !== undefined ? { recipients: change.recipients } : {}),
  };
  await db.insertInto('report_drafts').values({ org_id: orgId, year, doc_type: docType, issued_on: issuedOn, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'year', 'doc_type']).doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

/** The register's next free number: after the last one handed out and after every number a report holds. */
export async function findNextFreeNumber(db: Db, orgId: number, year: number): Promise<number> {
  const { rows } = await sql<{ next: number }>`
    SELECT GREATEST(
      COALESCE((SELECT last_number FROM document_numbers WHERE org_id = ${orgId} AND year = ${year}), 0),
      COALESCE((SELECT max(number) FROM report_versions WHERE org_id = ${orgId} AND year = ${year}), 0)
    ) + 1 AS next`.execute(db);
  return Number(rows[0].next);
}

/** The finalised report already holding a number in that year, if any. */
export async function findNumberHolder(db: Db, orgId: number, year: number, number: number) {
  return db.selectFrom('report_versions').select(['id', 'year', 'version', 'number_text', 'issued_on'])
    .where('org_id', '=', orgId).where('year', '=', year).where('number', '=', number).executeTakeFirst();
}

/** Records a number as used: the register moves on past it (a lower number chosen by hand leaves it as it is). */
export async function recordNumberUsed(tx: Kysely<Database>, orgId: number, year: number, number: number) {
  await sql`
    INSERT INTO document_numbers (org_id, year, last_number) VALUES (${orgId}, ${year}, ${number})
    ON CONFLICT (org_id, year) DO UPDATE SET last_number = GREATEST(document_numbers.last_number, EXCLUDED.last_number)`.execute(tx);
}

/** After finalising, the next version of the draft proposes the register's next number again. */
export async function clearDraftNumber(tx: Kysely<Database>, orgId: number, year: number, docType: DocType) {
  await tx.updateTable('report_drafts').set({ number: null })
    .where('org_id', '=', orgId).where('year', '=', year).where('doc_type', '=', docType).execute();
}
