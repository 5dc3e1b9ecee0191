import type { ColumnType, Generated } from 'kysely';
import type { DuesBaseKind, ExemptionReason } from './dues-calc.ts';

// Kysely's view of the tables of migration 0017 (đoàn phí). Months are ISO dates on the 1st; amounts integer đồng
// (bigint: pg gives strings, read through Number() in the repository).
type Amount = ColumnType<string | number, number, never>;
type RecordedAt = ColumnType<Date, never, never>;

export interface DuesTables {
  member_dues_bases: {
    id: Generated<number>; org_id: number; member_id: number; from_month: string; kind: DuesBaseKind;
    amount: ColumnType<string | number, number, number>; note: string | null; recorded_by: number | null; recorded_at: ColumnType<Date, never, Date>;
  };
  dues_exemptions: {
    id: Generated<number>; org_id: number; member_id: number; from_month: string; to_month: string | null; reason: ExemptionReason;
    note: string | null; recorded_by: number | null; recorded_at: RecordedAt;
  };
  dues_union_rates: {
    id: Generated<number>; org_id: number; from_month: string; rate_bp: number; cap_amount: ColumnType<string | number | null, number | null, number | null>;
    resolution_number: string; resolution_date: string; recorded_by: number | null; recorded_at: ColumnType<Date, never, Date>;
  };
  dues_payments: {
    id: Generated<number>; org_id: number; member_id: number; month: string; amount: Amount; ledger_entry_id: number;
  };
}
