import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0027 (thương lượng tập thể; thỏa ước lao động tập thể).

type Created = ColumnType<Date, never, never>;
// bigint comes back as a string from PostgreSQL; the repository turns it into a number.
type Bigint = ColumnType<string | number, number, number>;

export interface AgreementTables {
  bargaining_rounds: {
    id: Generated<number>; org_id: number; held_on: string; parties: string; demands: string; outcome: string | null; created_at: Created;
  };
  collective_agreements: {
    id: Generated<number>; org_id: number; title: string; region: 'I' | 'II' | 'III' | 'IV'; workers_total: number; votes_for: number;
    voted_on: string; signed_on: string; effective_from: string; expires_on: string; sent_to_authority_on: string | null; note: string | null;
    created_at: Created;
  };
  agreement_clauses: {
    id: Generated<number>; org_id: number; agreement_id: number; position: number;
    topic: 'wage' | 'leave' | 'meal' | 'tet_bonus' | 'allowance' | 'other'; text: string; better_than_law: boolean;
    legal_reference: string | null; value: Bigint | null; value_unit: 'dong_month' | 'dong_shift' | 'dong' | 'days' | 'percent' | null;
  };
}
