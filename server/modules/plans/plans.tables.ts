import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the plan tables of migration 0023 (kế hoạch, chỉ tiêu). numeric columns come back as strings.

type Numeric = ColumnType<string, number | string, number | string>;

export interface PlanTables {
  plan_targets: {
    id: Generated<number>; org_id: number; year: number; position: number; statement: string; movement_id: number | null;
    measure: string; params: ColumnType<unknown, string, string>; target_min: Numeric;
    target_max: ColumnType<string | null, number | string | null, number | string | null>; unit: string; lower_is_better: boolean;
    created_by: number | null; created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, Date | undefined, Date>;
  };
  plan_target_readings: {
    id: Generated<number>; org_id: number; target_id: number; recorded_on: string; value: Numeric; evidence: string;
    attachment_id: number | null; recorded_by: number | null; created_at: ColumnType<Date, never, never>;
  };
}
