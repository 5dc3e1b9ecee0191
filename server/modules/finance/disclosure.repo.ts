import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DisclosureMadeInput, DisclosureMadeView, LedgerCategory } from '../../../shared/contracts/finance.contract.ts';
import type { Direction, FundKind } from './finance.tables.ts';

// Công khai tài chính: per fund, what was carried in, the period's receipts and payments by category. One query each.

export interface FundCarried { fundId: number; name: string; kind: FundKind; opening: number }

/** Funds opened by `to`, with the balance carried into `from` (their opening balance and every entry before it). */
export async function findCarried(db: Db, orgId: number, from: string, to: string): Promise<FundCarried[]> {
  const { rows } = await sql<{ fund_id: number; name: string; kind: FundKind; opening: string }>`
    SELECT f.id AS fund_id, f.name, f.kind,
      f.opening_balance + COALESCE(sum(CASE e.direction WHEN 'receipt' THEN e.amount ELSE -e.amount END), 0) AS opening
    FROM funds f LEFT JOIN ledger_entries e ON e.org_id = f.org_id AND e.fund_id = f.id AND e.entry_date < ${from}::date
    WHERE f.org_id = ${orgId} AND f.opening_on <= ${to}::date
    GROUP BY f.org_id, f.id ORDER BY f.opening_on, f.id`.execute(db);
  return rows.map((r) => ({ fundId: r.fund_id, name: r.name, kind: r.kind, opening: Number(r.opening) }));
}

export interface CategoryTotal { fundId: number; direction: Direction; category: LedgerCategory; amount: number; count: number }

/** The period's entries summed by fund, direction and category (reversals net out). */
export async function findCategoryTotals(db: Db, orgId: number, from: string, to: string): Promise<CategoryTotal[]> {
  const { rows } = await sql<{ fund_id: number; direction: Direction; category: LedgerCategory; amount: string; count: number }>`
    SELECT fund_id, direction, category, sum(amount) AS amount, count(*) FILTER (WHERE reverses_id IS NULL)::int AS count
    FROM ledger_entries WHERE org_id = ${orgId} AND entry_date BETWEEN ${from}::date AND ${to}::date
    GROUP BY fund_id, direction, category ORDER BY fund_id, direction DESC, category`.execute(db);
  return rows.map((r) => ({ fundId: r.fund_id, direction: r.direction, category: r.category, amount: Number(r.amount), count: r.count }));
}

/** Statements made public, of periods touching `year`, in the order they were published. */
export async function findDisclosuresMade(db: Db, orgId: number, year: number): Promise<DisclosureMadeView[]> {
  const rows = await db.selectFrom('finance_disclosures').select(['id', 'period_from', 'period_to', 'published_on', 'place', 'note'])
    .where('org_id', '=', orgId).where('period_from', '<=', `${year}-12-31`).where('period_to', '>=', `${year}-01-01`)
    .orderBy('published_on').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, from: r.period_from, to: r.period_to, publishedOn: r.published_on, place: r.place as DisclosureMadeView['place'], note: r.note,
  }));
}

export async function insertDisclosureMade(tx: Db, orgId: number, d: DisclosureMadeInput, userId: number | null): Promise<number> {
  const row = await tx.insertInto('finance_disclosures').values({
    org_id: orgId, period_from: d.from, period_to: d.to, published_on: d.publishedOn, place: d.place, note: d.note, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteDisclosureMade(tx: Db, orgId: number, id: number): Promise<Record<string, unknown> | null> {
  const row = await tx.deleteFrom('finance_disclosures').where('org_id', '=', orgId).where('id', '=', id)
    .returning(['period_from', 'period_to', 'published_on', 'place', 'note']).executeTakeFirst();
  return row ?? null;
}
