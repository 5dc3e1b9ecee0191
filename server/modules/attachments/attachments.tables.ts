import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the attachments table of migration 0020 (tệp đính kèm: the bytes live in the row).

export type AttachmentPurpose = 'document' | 'voucher' | 'evidence';

export interface AttachmentTables {
  attachments: {
    id: Generated<number>; org_id: number; purpose: AttachmentPurpose; file_name: string; content_type: string;
    byte_size: number; sha256: string; content: Buffer | Uint8Array; uploaded_by: number | null;
    uploaded_at: ColumnType<Date, never, never>;
  };
}
