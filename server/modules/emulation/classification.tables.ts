import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0014 (the classification form). numeric columns come back as strings.
type Points = ColumnType<string, number, number>;

export interface ClassificationTables {
  union_classification_scores: {
    org_id: number; year: number; indicator: string; points: Points; evidence: string | null; updated_by: number | null;
    updated_at: ColumnType<Date, never, Date>;
  };
  classification_thresholds: {
    id: Generated<number>; org_id: number; valid_from: string; htxsnv_min: Points; httnv_min: Points; htnv_min: Points; note: string;
    set_by: number | null; created_at: ColumnType<Date, never, never>;
  };
}
