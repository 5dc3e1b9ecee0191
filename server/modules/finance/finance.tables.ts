import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0016 (funds and the ledger). Amounts are integer đồng (bigint: pg gives
// strings for bigint, so they are read through Number() in the repository, safe below 2^53).
type Amount = ColumnType<string | number, number, never>;

export type FundKind = 'union_finance' | 'voluntary' | 'campaign' | 'other';
export type Direction = 'receipt' | 'payment';
export type Account = 'cash' | 'bank';

export interface FinanceTables {
  funds: {
    id: Generated<number>; org_id: number; code: string; name: string; kind: FundKind; opening_on: string;
    opening_balance: ColumnType<string | number, number | undefined, never>; monthly_amount: ColumnType<string | number | null, number | null, never>;
    closed_on: string | null; created_at: ColumnType<Date, never, never>;
  };
  ledger_sequences: { org_id: number; direction: Direction; year: number; last_seq: number };
  ledger_entries: {
    id: Generated<number>; org_id: number; fund_id: number; direction: Direction; year: number; seq: number; entry_date: string;
    account: Account; amount: Amount; category: string; member_id: number | null; counterparty: string | null; description: string;
    document_ref: string | null; reverses_id: number | null; recorded_by: number | null; recorded_at: ColumnType<Date, never, never>;
  };
  // 0022: công khai tài chính made (a period's statement, published on a day at a place)
  finance_disclosures: {
    id: Generated<number>; org_id: number; period_from: string; period_to: string; published_on: string; place: string; note: string | null;
    recorded_by: number | null; recorded_at: ColumnType<Date, never, never>;
  };
  // 0022: files attached to a voucher
  ledger_entry_attachments: {
    org_id: number; entry_id: number; attachment_id: number; linked_by: number | null; linked_at: ColumnType<Date, never, never>;
  };
}
