// Tệp đính kèm: upload one file for a purpose and download it back, with the permission of the module that uses it,
// always on the attachment's own union (another union's attachment is "not found").
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { MAX_ATTACHMENT_BYTES, type AttachmentPurpose, type AttachmentView } from '../../../shared/contracts/attachments.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { attachmentPermissions } from './attachments.policy.ts';
import { findAttachmentContent, findAttachmentMeta, insertAttachment } from './attachments.repo.ts';
import { contentTypeFor, sanitiseFileName } from './file-name.ts';

export interface UploadedFile { name: string; bytes: Uint8Array }

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** Checks the caller may upload for this purpose before the body is read, then checks and stores the file. */
export async function uploadAttachment(
  db: Db, caller: Caller, orgId: number, purpose: AttachmentPurpose, readFile: () => Promise<UploadedFile>,
): Promise<AttachmentView> {
  await assertCan(db, caller, orgId, attachmentPermissions[purpose].write, today());
  await assertWritable(db, orgId);
  const file = await readFile();
  const fileName = sanitiseFileName(file.name);
  if (!fileName) {
    throw new AppError('BAD_FILE', 'Tệp cần có tên');
  }
  if (file.bytes.byteLength === 0) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}" rỗng`);
  }
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${fileName}" nặng ${megabytes(file.bytes.byteLength)}, vượt giới hạn ${megabytes(MAX_ATTACHMENT_BYTES)}`);
  }
  const contentType = contentTypeFor(fileName);
  if (!contentType) {
    throw new AppError('BAD_FILE', `Không nhận loại tệp của "${fileName}": chỉ nhận PDF, Word, Excel, OpenDocument, ảnh JPG/PNG hoặc văn bản .txt`);
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return db.transaction().execute(async (tx) => {
    const view = await insertAttachment(tx, orgId, { purpose, fileName, contentType, byteSize: file.bytes.byteLength, sha256, content: file.bytes }, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'attachment', entityId: view.id,
      after: { purpose, fileName, contentType, byteSize: view.byteSize, sha256 } });
    return view;
  });
}

/** The file, if the caller may read attachments of its purpose on its union. */
export async function downloadAttachment(db: Db, caller: Caller, orgId: number, attachmentId: number) {
  const row = await findAttachmentContent(db, orgId, attachmentId);
  // The permission is checked before "not found", so an outsider or a member learns nothing about which ids exist.
  await assertCan(db, caller, orgId, attachmentPermissions[row?.purpose ?? 'document'].read, today());
  if (!row) {
    throw notFound('Không tìm thấy tệp đính kèm');
  }
  return { fileName: row.file_name, contentType: row.content_type, content: new Uint8Array(row.content) };
}

/** For modules linking a record to an attachment: it must be this union's and kept for this purpose. */
export async function findLinkableAttachment(db: Db, orgId: number, attachmentId: number, purpose: AttachmentPurpose): Promise<AttachmentView | null> {
  const found = await findAttachmentMeta(db, orgId, attachmentId);
  return found?.purpose === purpose ? found : null;
}
