import type { Permission } from '../../core/access.ts';
import type { AttachmentPurpose } from '../../../shared/contracts/attachments.contract.ts';

// Who may read and upload an attachment is decided by what it is for: the permissions of the module that uses it.
// A new use of attachments adds one line here (and its purpose to the CHECK of migration 0020's table).
export const attachmentPermissions: Record<AttachmentPurpose, { read: Permission; write: Permission }> = {
  document: { read: 'documents.read', write: 'documents.write' },
  voucher: { read: 'finance.read', write: 'finance.write' },
  evidence: { read: 'plans.read', write: 'plans.write' },
};
