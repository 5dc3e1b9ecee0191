import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DocumentInput, DocumentStatus } from '../../../shared/contracts/documents.contract.ts';

// Văn bản chỉ đạo đến: the SQL of directive documents. One query per list, with the assignee's name and the file's
// description joined (never its bytes).

export interface DocumentRow {
  id: number; number_symbol: string; issuer: string; issued_on: string; received_on: string; summary: string;
  attachment_id: number | null; deadline: string | null; assignee_member_id: number | null; status: DocumentStatus;
  completed_on: string | null; note: string | null; assignee_name: string | null;
  file_name: string | null; byte_size: number | null; content_type: string | null;
}

function selectDocuments(db: Db, orgId: number) {
  return db.selectFrom('directive_documents as d')
    .leftJoin('members as m', (j) => j.onRef('m.id', '=', 'd.assignee_member_id').onRef('m.org_id', '=', 'd.org_id'))
    .leftJoin('attachments as a', (j) => j.onRef('a.id', '=', 'd.attachment_id').onRef('a.org_id', '=', 'd.org_id'))
    .select([
      'd.id', 'd.number_symbol', 'd.issuer', 'd.issued_on', 'd.received_on', 'd.summary', 'd.attachment_id', 'd.deadline',
      'd.assignee_member_id', 'd.status', 'd.completed_on', 'd.note', 'm.full_name as assignee_name',
      'a.file_name', 'a.byte_size', 'a.content_type',
    ])
    .where('d.org_id', '=', orgId);
}

/** Documents received in the year, newest first; optionally of one status. */
export async function findDocumentsOfYear(db: Db, orgId: number, year: number, status?: DocumentStatus): Promise<DocumentRow[]> {
  let q = selectDocuments(db, orgId).where('d.received_on', '>=', `${year}-01-01`).where('d.received_on', '<=', `${year}-12-31`);
  if (status) {
    q = q.where('d.status', '=', status);
  }
  return q.orderBy('d.received_on', 'desc').orderBy('d.id', 'desc').execute();
}

/** Documents with a deadline in [from, to] (any status): the on-time rate's population. */
export async function findDocumentsDueBetween(db: Db, orgId: number, from: string, to: string): Promise<DocumentRow[]> {
  return selectDocuments(db, orgId).where('d.deadline', '>=', from).where('d.deadline', '<=', to).orderBy('d.deadline').orderBy('d.id').execute();
}

/** Not done, with a deadline up to `to` (any year): the overdue and due-soon lists. */
export async function findOpenDueBy(db: Db, orgId: number, to: string): Promise<DocumentRow[]> {
  return selectDocuments(db, orgId).where('d.status', '<>', 'done').where('d.deadline', '<=', to)
    .orderBy('d.deadline').orderBy('d.id').execute();
}

export async function countDocumentsByStatus(db: Db, orgId: number, year: number): Promise<Record<DocumentStatus, number>> {
  const { rows } = await sql<{ status: DocumentStatus; n: number }>`
    SELECT status, count(*)::int AS n FROM directive_documents
    WHERE org_id = ${orgId} AND received_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
    GROUP BY status`.execute(db);
  const out: Record<DocumentStatus, number> = { pending: 0, in_progress: 0, done: 0 };
  for (const r of rows) {
    out[r.status] = Number(r.n);
  }
  return out;
}

export async function findDocument(db: Db, orgId: number, id: number): Promise<DocumentRow | undefined> {
  return selectDocuments(db, orgId).where('d.id', '=', id).executeTakeFirst();
}

const columns = (d: DocumentInput) => ({
  number_symbol: d.numberSymbol, issuer: d.issuer, issued_on: d.issuedOn, received_on: d.receivedOn, summary: d.summary,
  attachment_id: d.attachmentId, deadline: d.deadline, assignee_member_id: d.assigneeMemberId, status: d.status,
  completed_on: d.completedOn, note: d.note,
});

export async function insertDocument(tx: Db, orgId: number, d: DocumentInput, userId: number | null): Promise<number> {
  const row = await tx.insertInto('directive_documents').values({ org_id: orgId, ...columns(d), created_by: userId })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDocument(tx: Db, orgId: number, id: number, d: DocumentInput): Promise<void> {
  await tx.updateTable('directive_documents').set({ ...columns(d), updated_at: new Date() })
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function setDocumentDone(tx: Db, orgId: number, id: number, completedOn: string): Promise<void> {
  await tx.updateTable('directive_documents').set({ status: 'done', completed_on: completedOn, updated_at: new Date() })
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteDocument(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('directive_documents').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Whether any document still points at the attachment (before removing a replaced or orphaned file). */
export async function attachmentInUse(tx: Db, orgId: number, attachmentId: number): Promise<boolean> {
  const row = await tx.selectFrom('directive_documents').select('id').where('org_id', '=', orgId).where('attachment_id', '=', attachmentId).executeTakeFirst();
  return row !== undefined;
}

/** The member, if they belong to this union. */
export async function findMemberName(db: Db, orgId: number, memberId: number): Promise<string | null> {
  const row = await db.selectFrom('members').select('full_name').where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
  return row?.full_name ?? null;
}
