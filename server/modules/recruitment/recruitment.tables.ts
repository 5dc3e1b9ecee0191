import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0028 (phát triển đoàn viên: targets and the workers reached out to).

type Created = ColumnType<Date, never, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export type ProspectStatus = 'new' | 'contacted' | 'joined' | 'declined';

export interface RecruitmentTables {
  recruitment_targets: {
    id: Generated<number>; org_id: number; year: number; new_members: number; note: string | null; created_by: number | null;
    created_at: Created; updated_at: Updated;
  };
  recruitment_prospects: {
    id: Generated<number>; org_id: number; full_name: string | null; team: string; phone: string | null; consent_on: string;
    consent_withdrawn_on: string | null; status: ProspectStatus; last_contact_on: string | null; member_id: number | null;
    note: string | null; created_by: number | null; created_at: Created; updated_at: Updated;
  };
}
