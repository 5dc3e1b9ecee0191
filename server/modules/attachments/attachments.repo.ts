import type { Db } from '../../db/client.ts';
import type { AttachmentPurpose, AttachmentRef, AttachmentView } from '../../../shared/contracts/attachments.contract.ts';

// Tệp đính kèm: the SQL of attachments. Listing queries never select the bytes.

export interface NewAttachment {
  purpose: AttachmentPurpose; fileName: string; contentType: string; byteSize: number; sha256: string; content: Uint8Array;
}

const meta = ['id', 'purpose', 'file_name', 'content_type', 'byte_size', 'sha256', 'uploaded_at'] as const;

interface MetaRow { id: number; purpose: AttachmentPurpose; file_name: string; content_type: string; byte_size: number; sha256: string; uploaded_at: Date }
const toView = (r: MetaRow): AttachmentView => ({
  id: r.id, purpose: r.purpose, fileName: r.file_name, contentType: r.content_type, byteSize: r.byte_size, sha256: r.sha256,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

export async function insertAttachment(tx: Db, orgId: number, a: NewAttachment, userId: number | null): Promise<AttachmentView> {
  const row = await tx.insertInto('attachments').values({
    org_id: orgId, purpose: a.purpose, file_name: a.fileName, content_type: a.contentType, byte_size: a.byteSize,
    sha256: a.sha256, content: Buffer.from(a.content), uploaded_by: userId,
  }).returning(meta).executeTakeFirstOrThrow();
  return toView(row);
}

/** The attachment's description, without its bytes (null when it is not this union's). */
export async function findAttachmentMeta(db: Db, orgId: number, id: number): Promise<AttachmentView | null> {
  const row = await db.selectFrom('attachments').select(meta).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return row ? toView(row) : null;
}

export async function findAttachmentContent(db: Db, orgId: number, id: number) {
  return db.selectFrom('attachments').select(['purpose', 'file_name', 'content_type', 'content'])
    .where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findAttachmentRefs(db: Db, orgId: number, ids: number[]): Promise<Map<number, AttachmentRef>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.selectFrom('attachments').select(['id', 'file_name', 'byte_size', 'content_type'])
    .where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, fileName: r.file_name, byteSize: r.byte_size, contentType: r.content_type }]));
}

export async function deleteAttachment(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('attachments').where('org_id', '=', orgId).where('id', '=', id).execute();
}
