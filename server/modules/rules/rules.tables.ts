import type { ColumnType, Generated } from 'kysely';

// Kysely's view of migration 0010 (rule sets). Dates are ISO strings.
export interface RuleSetsTable {
  id: Generated<number>;
  key: string;
  version: number;
  kind: string;
  name: string;
  regulation_number: string;
  regulation_date: string | null;
  regulation_article: string | null;
  regulation_title: string;
  valid_from: string;
  valid_to: string | null;
  verified: ColumnType<boolean, boolean | undefined, boolean>;
  content: ColumnType<unknown, string, string>;
  source: 'shipped' | 'admin';
  change_note: string | null;
  created_by: number | null;
  created_at: ColumnType<Date, never, never>;
}

export interface RulesTables {
  rule_sets: RuleSetsTable;
}
