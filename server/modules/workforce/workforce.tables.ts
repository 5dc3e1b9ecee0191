import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the workforce_figures table of migration 0024 (tình hình lao động). bigint money comes back as a number.

export interface WorkforceTables {
  workforce_figures: {
    id: Generated<number>; org_id: number; as_of: string; employees: number; women: number; members_count: number | null;
    contracts_indefinite: number; contracts_fixed_term: number; contracts_seasonal: number;
    social_insured: number; health_insured: number; unemployment_insured: number;
    under_employed: number; under_employed_women: number; average_income: number | null; income_people: number | null;
    wage_arrears_workers: number; wage_arrears_amount: number; tet_bonus_average: number | null; meal_value_per_shift: number | null;
    housed_by_employer: number; renting: number; note: string | null; created_by: number | null;
    created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}
