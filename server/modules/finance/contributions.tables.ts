import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migrations 0019 (voluntary funds' opt-outs, campaigns, contribution lines) and 0022
// (their dated monthly amounts). Months are
// ISO dates on the 1st; amounts integer đồng (bigint: pg gives strings, read through Number() in the repository).
type Amount = ColumnType<string | number, number, never>;
type OptionalAmount = ColumnType<string | number | null, number | null, never>;

export interface ContributionsTables {
  fund_opt_outs: {
    id: Generated<number>; org_id: number; fund_id: number; member_id: number; from_month: string; to_month: string | null;
    note: string | null; recorded_by: number | null; recorded_at: ColumnType<Date, never, never>;
  };
  campaigns: {
    fund_id: number; org_id: number; launched_on: string; recipient: string; target_amount: OptionalAmount; suggested_amount: OptionalAmount;
    note: string | null;
  };
  fund_contributions: {
    id: Generated<number>; org_id: number; fund_id: number; member_id: number; month: string | null; amount: Amount; ledger_entry_id: number;
  };
  fund_amount_changes: {
    id: Generated<number>; org_id: number; fund_id: number; from_month: string; amount: ColumnType<string | number, number, number>; decision: string;
    recorded_by: number | null; recorded_at: ColumnType<Date, never, never>;
  };
}
