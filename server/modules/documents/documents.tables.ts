import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the directive_documents table of migration 0020 (văn bản chỉ đạo đến).

export type DocumentStatus = 'pending' | 'in_progress' | 'done';

export interface DocumentTables {
  directive_documents: {
    id: Generated<number>; org_id: number; number_symbol: string; issuer: string; issued_on: string; received_on: string;
    summary: string; attachment_id: number | null; deadline: string | null; assignee_member_id: number | null;
    status: DocumentStatus; completed_on: string | null; note: string | null; created_by: number | null;
    created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}
