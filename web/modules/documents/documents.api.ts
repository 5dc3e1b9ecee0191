// The directive-document module's API paths (văn bản chỉ đạo đến) and its file attachments, typed by the shared contracts.
import type {
  DocumentInput, DocumentListView, DocumentStatus, DocumentSummaryView, DocumentView,
} from '../../../shared/contracts/documents.contract.ts';
import { api, toQueryString } from '../../app/api.ts';
import { uploadAttachment, type AttachmentView } from '../attachments/attachments.api.ts';

export type { AttachmentView, DocumentListView, DocumentStatus, DocumentSummaryView, DocumentView };
export { documentStatus } from '../../../shared/contracts/documents.contract.ts';
export { MAX_ATTACHMENT_BYTES, attachmentTypes, downloadAttachment } from '../attachments/attachments.api.ts';

/** What the form sends: the contract's input before its defaults are applied. */
export type DocumentBody = Omit<DocumentInput, 'status'> & { status?: DocumentStatus };

const base = (orgId: number) => `/api/orgs/${orgId}`;
export const documentsPath = (orgId: number, year: number, status: DocumentStatus | null) =>
  `${base(orgId)}/documents${toQueryString({ year, status })}`;
export const documentSummaryPath = (orgId: number, year: number) => `${base(orgId)}/documents/summary${toQueryString({ year })}`;

export function createDocument(orgId: number, body: DocumentBody) {
  return api.post<DocumentView>(`${base(orgId)}/documents`, body);
}

export function updateDocument(orgId: number, id: number, body: DocumentBody) {
  return api.put<DocumentView>(`${base(orgId)}/documents/${id}`, body);
}

export function markDocumentDone(orgId: number, id: number, completedOn: string) {
  return api.post<DocumentView>(`${base(orgId)}/documents/${id}/done`, { completedOn });
}

export function deleteDocument(orgId: number, id: number) {
  return api.delete<{ ok: boolean }>(`${base(orgId)}/documents/${id}`);
}

/** Uploads one file kept for a directive document. */
export const uploadDocumentFile = (orgId: number, file: File) => uploadAttachment(orgId, 'document', file);
