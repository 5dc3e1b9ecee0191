import { z } from 'zod';

// Tệp đính kèm: one file of a union kept for one purpose (a directive document's file, a voucher's scan). Uploaded
// as multipart/form-data (field "file"), downloaded with its own name and content type.

export const attachmentPurpose = z.enum(['document', 'voucher', 'evidence']);
export type AttachmentPurpose = z.infer<typeof attachmentPurpose>;

/** 10 MB: the same limit the database checks. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The kinds of file accepted, by extension; the server sets the content type from this list, not from the browser. */
export const attachmentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export const attachmentView = z.object({
  id: z.number(),
  purpose: attachmentPurpose,
  fileName: z.string(),
  contentType: z.string(),
  byteSize: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

/** A reference to an attachment as other records show it. */
export const attachmentRef = z.object({ id: z.number(), fileName: z.string(), byteSize: z.number(), contentType: z.string() });
export type AttachmentRef = z.infer<typeof attachmentRef>;
