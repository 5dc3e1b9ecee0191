// Văn bản chỉ đạo đến: the register of documents received, their follow-up (assignee, deadline, completion) and the
// summary the dashboard and the report read: overdue, due within a week, and the on-time rate (on-time.ts).
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { addDays, formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  DocumentInput, DocumentListView, DocumentStatus, DocumentSummaryView, DocumentView, MarkDoneInput,
} from '../../../shared/contracts/documents.contract.ts';
import { findLinkableAttachment } from '../attachments/attachments.service.ts';
import { deleteAttachment } from '../attachments/attachments.repo.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  attachmentInUse, countDocumentsByStatus, deleteDocument, findDocument, findDocumentsDueBetween, findDocumentsOfYear, findMemberName,
  findOpenDueBy, insertDocument, setDocumentDone, updateDocument, type DocumentRow,
} from './documents.repo.ts';
import { yearOnTimeRate } from './on-time.ts';

/** How far ahead "due soon" looks. */
export const DUE_SOON_DAYS = 7;

export function toDocumentView(r: DocumentRow, on: string): DocumentView {
  return {
    id: r.id, numberSymbol: r.number_symbol, issuer: r.issuer, issuedOn: r.issued_on, receivedOn: r.received_on, summary: r.summary,
    attachment: r.attachment_id !== null && r.file_name !== null
      ? { id: r.attachment_id, fileName: r.file_name, byteSize: r.byte_size ?? 0, contentType: r.content_type ?? '' }
      : null,
    deadline: r.deadline, assigneeMemberId: r.assignee_member_id, assigneeName: r.assignee_name, status: r.status,
    completedOn: r.completed_on, note: r.note, overdue: r.status !== 'done' && r.deadline !== null && r.deadline < on,
  };
}

const facts = (r: DocumentRow) => ({ deadline: r.deadline, status: r.status, completedOn: r.completed_on });

/** The year's counts and on-time rate counted on `asOf`, and the overdue and due-soon lists on `on` (no access check). */
export async function documentSummaryFor(db: Db, orgId: number, year: number, asOf: string, on: string): Promise<DocumentSummaryView> {
  const [counts, dueInYear, open] = await Promise.all([
    countDocumentsByStatus(db, orgId, year),
    findDocumentsDueBetween(db, orgId, `${year}-01-01`, `${year}-12-31`),
    findOpenDueBy(db, orgId, addDays(on, DUE_SOON_DAYS)),
  ]);
  const rate = yearOnTimeRate(dueInYear.map(facts), year, asOf);
  const views = open.map((r) => toDocumentView(r, on));
  return {
    year, asOf,
    total: counts.pending + counts.in_progress + counts.done,
    pending: counts.pending, inProgress: counts.in_progress, done: counts.done,
    dueInPeriod: rate.due, doneOnTime: rate.onTime, onTimeRate: rate.rate,
    overdue: views.filter((v) => v.overdue),
    dueSoon: views.filter((v) => !v.overdue),
  };
}

export async function listDocuments(db: Db, caller: Caller, orgId: number, year: number, status?: DocumentStatus): Promise<DocumentListView> {
  const on = today();
  await assertCan(db, caller, orgId, 'documents.read', on);
  const rows = await findDocumentsOfYear(db, orgId, year, status);
  return { year, documents: rows.map((r) => toDocumentView(r, on)) };
}

export async function getDocumentSummary(db: Db, caller: Caller, orgId: number, year: number): Promise<DocumentSummaryView> {
  const on = today();
  await assertCan(db, caller, orgId, 'documents.read', on);
  const yearEnd = `${year}-12-31`;
  return documentSummaryFor(db, orgId, year, yearEnd < on ? yearEnd : on, on);
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'documents.write', today());
  await assertWritable(db, orgId);
}

/** The references of a document must be this union's: its assignee a member, its file a document attachment. */
async function checkReferences(db: Db, orgId: number, input: DocumentInput) {
  const on = today();
  if (input.receivedOn > on) {
    throw invalid('receivedOn: Ngày nhận không sau hôm nay');
  }
  if (input.completedOn !== null && input.completedOn > on) {
    throw invalid('completedOn: Ngày hoàn thành không sau hôm nay');
  }
  if (input.assigneeMemberId !== null && (await findMemberName(db, orgId, input.assigneeMemberId)) === null) {
    throw invalid('assigneeMemberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
  if (input.attachmentId !== null && !(await findLinkableAttachment(db, orgId, input.attachmentId, 'document'))) {
    throw invalid('attachmentId: Không tìm thấy tệp đính kèm này trong công đoàn');
  }
}

async function viewOf(db: Db, orgId: number, id: number): Promise<DocumentView> {
  const row = await findDocument(db, orgId, id);
  if (!row) {
    throw notFound('Không tìm thấy văn bản');
  }
  return toDocumentView(row, today());
}

/** Removes a document file no document points at any more (replaced, or its document deleted). */
async function dropOrphanFile(tx: Db, orgId: number, attachmentId: number | null, userId: number | null) {
  if (attachmentId !== null && !(await attachmentInUse(tx, orgId, attachmentId))) {
    await deleteAttachment(tx, orgId, attachmentId);
    await writeAudit(tx, { orgId, userId, action: 'delete', entity: 'attachment', entityId: attachmentId });
  }
}

export async function createDocument(db: Db, caller: Caller, orgId: number, input: DocumentInput): Promise<DocumentView> {
  await canWrite(db, caller, orgId);
  await checkReferences(db, orgId, input);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertDocument(tx, orgId, input, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'directive_document', entityId: newId, after: input });
    return newId;
  });
  return viewOf(db, orgId, id);
}

export async function editDocument(db: Db, caller: Caller, orgId: number, documentId: number, input: DocumentInput): Promise<DocumentView> {
  await canWrite(db, caller, orgId);
  const before = await findDocument(db, orgId, documentId);
  if (!before) {
    throw notFound('Không tìm thấy văn bản');
  }
  await checkReferences(db, orgId, input);
  await db.transaction().execute(async (tx) => {
    await updateDocument(tx, orgId, documentId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'directive_document', entityId: documentId, before, after: input });
    if (before.attachment_id !== input.attachmentId) {
      await dropOrphanFile(tx, orgId, before.attachment_id, caller.userId);
    }
  });
  return viewOf(db, orgId, documentId);
}

export async function markDocumentDone(db: Db, caller: Caller, orgId: number, documentId: number, input: MarkDoneInput): Promise<DocumentView> {
  await canWrite(db, caller, orgId);
  const before = await findDocument(db, orgId, documentId);
  if (!before) {
    throw notFound('Không tìm thấy văn bản');
  }
  if (before.status === 'done') {
    throw new AppError('CONFLICT', `Văn bản ${before.number_symbol} đã hoàn thành ngày ${formatDateVi(before.completed_on!)}`);
  }
  if (input.completedOn < before.received_on) {
    throw invalid(`completedOn: Ngày hoàn thành không trước ngày nhận văn bản (${formatDateVi(before.received_on)})`);
  }
  if (input.completedOn > today()) {
    throw invalid('completedOn: Ngày hoàn thành không sau hôm nay');
  }
  await db.transaction().execute(async (tx) => {
    await setDocumentDone(tx, orgId, documentId, input.completedOn);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'status', entity: 'directive_document', entityId: documentId,
      before: { status: before.status, completedOn: null }, after: { status: 'done', completedOn: input.completedOn } });
  });
  return viewOf(db, orgId, documentId);
}

/** A document entered by mistake is deleted (with its file); the audit log keeps what it was. */
export async function removeDocument(db: Db, caller: Caller, orgId: number, documentId: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findDocument(tx, orgId, documentId);
    if (!before) {
      throw notFound('Không tìm thấy văn bản');
    }
    await deleteDocument(tx, orgId, documentId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'directive_document', entityId: documentId, before });
    await dropOrphanFile(tx, orgId, before.attachment_id, caller.userId);
  });
}
