import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0018 (welfare events tied to their payment, blood donations). Amounts are
// integer đồng (bigint: pg gives strings, read through Number() in the repository).

export type WelfareKind =
  | 'sickness' | 'bereavement' | 'hardship' | 'wedding' | 'holiday' | 'womens_day' | 'childrens_day' | 'mid_autumn' | 'study_award' | 'other';

export interface WelfareTables {
  welfare_settings: { org_id: number; child_age_limit: number; updated_at: ColumnType<Date, Date | undefined, Date> };
  welfare_events: {
    id: Generated<number>; org_id: number; kind: WelfareKind; event_date: string; description: string; ledger_entry_id: number;
    recorded_by: number | null; created_at: ColumnType<Date, never, never>;
  };
  welfare_beneficiaries: {
    id: Generated<number>; org_id: number; event_id: number; member_id: number; child_id: number | null;
    relative_name: string | null; relation: string | null; amount: ColumnType<string | number, number, never>;
  };
  blood_donations: {
    id: Generated<number>; org_id: number; member_id: number; donated_on: string; place: string; volume_ml: number;
    recorded_by: number | null; created_at: ColumnType<Date, never, never>;
  };
  blood_donation_prior_counts: {
    org_id: number; member_id: number; count: number; counted_before: string; note: string | null;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}
