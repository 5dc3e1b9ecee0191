// Tệp đính kèm, for every module: upload one file kept for a purpose (multipart/form-data, field "file") and download
// it back. The server checks the permission of the module the purpose belongs to.
import type { AttachmentPurpose, AttachmentView } from '../../../shared/contracts/attachments.contract.ts';
import { apiRequest, downloadFile, toQueryString } from '../../app/api.ts';

export type { AttachmentView };
export { MAX_ATTACHMENT_BYTES, attachmentTypes } from '../../../shared/contracts/attachments.contract.ts';

export function uploadAttachment(orgId: number, purpose: AttachmentPurpose, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<AttachmentView>(`/api/orgs/${orgId}/attachments${toQueryString({ purpose })}`, { method: 'POST', form });
}

export function downloadAttachment(orgId: number, attachmentId: number, fileName: string) {
  return downloadFile(`/api/orgs/${orgId}/attachments/${attachmentId}`, fileName);
}
