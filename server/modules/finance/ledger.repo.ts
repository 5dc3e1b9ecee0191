import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import type { BalanceView, EntryView, FundView } from '../../../shared/contracts/finance.contract.ts';
import type { Account, Direction, FundKind } from './finance.tables.ts';

// Funds and ledger entries. Entries are only ever inserted (the database refuses updates and deletes).

/** PT-2023-001 (phiếu thu), PC-2023-001 (phiếu chi). */
export const voucherNumber = (direction: Direction, year: number, seq: number) =>
  `${direction === 'receipt' ? 'PT' : 'PC'}-${year}-${String(seq).padStart(3, '0')}`;

interface FundRow {
  id: number; code: string; name: string; kind: FundKind; opening_on: string; opening_balance: string | number;
  monthly_amount: string | number | null; closed_on: string | null;
}
const toFund = (r: FundRow): FundView => ({
  id: r.id, code: r.code, name: r.name, kind: r.kind, openingOn: r.opening_on, openingBalance: Number(r.opening_balance),
  monthlyAmount: r.monthly_amount === null ? null : Number(r.monthly_amount), closedOn: r.closed_on,
});

export async function findFunds(db: Db, orgId: number): Promise<FundView[]> {
  const rows = await db.selectFrom('funds').selectAll().where('org_id', '=', orgId).orderBy('opening_on').orderBy('id').execute();
  return rows.map(toFund);
}

export async function findFund(db: Db, orgId: number, fundId: number): Promise<FundView | null> {
  const row = await db.selectFrom('funds').selectAll().where('org_id', '=', orgId).where('id', '=', fundId).executeTakeFirst();
  return row ? toFund(row) : null;
}

export async function insertFund(
  tx: Db, orgId: number, f: { code: string; name: string; kind: FundKind; openingOn: string; openingBalance: number; monthlyAmount: number | null },
): Promise<number> {
  const row = await tx.insertInto('funds').values({
    org_id: orgId, code: f.code, name: f.name, kind: f.kind, opening_on: f.openingOn, opening_balance: f.openingBalance, monthly_amount: f.monthlyAmount,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The next voucher number of its kind and year, under the sequence row's lock (held to the end of the transaction). */
export async function nextSeq(tx: Db, orgId: number, direction: Direction, year: number): Promise<number> {
  const row = await tx.insertInto('ledger_sequences').values({ org_id: orgId, direction, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['org_id', 'direction', 'year']).doUpdateSet({ last_seq: sql`ledger_sequences.last_seq + 1` }))
    .returning('last_seq').executeTakeFirstOrThrow();
  return row.last_seq;
}

export interface EntryRow {
  fundId: number; direction: Direction; year: number; seq: number; entryDate: string; account: Account; amount: number;
  category: string; memberId: number | null; counterparty: string | null; description: string; documentRef: string | null;
  reversesId: number | null;
}

export async function insertEntry(tx: Db, orgId: number, e: EntryRow, userId: number | null): Promise<number> {
  const row = await tx.insertInto('ledger_entries').values({
    org_id: orgId, fund_id: e.fundId, direction: e.direction, year: e.year, seq: e.seq, entry_date: e.entryDate, account: e.account,
    amount: e.amount, category: e.category, member_id: e.memberId, counterparty: e.counterparty, description: e.description,
    document_ref: e.documentRef, reverses_id: e.reversesId, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const entryColumns = sql`
  e.id, e.fund_id, f.name AS fund_name, e.direction, e.year, e.seq, e.entry_date, e.account, e.amount, e.category, e.member_id,
  m.full_name AS member_name, e.counterparty, e.description, e.document_ref, e.reverses_id,
  (SELECT r.id FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id) AS reversed_by_id, u.username AS recorded_by,
  (SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'byteSize', a.byte_size, 'contentType', a.content_type) ORDER BY a.id)::text
    FROM ledger_entry_attachments la JOIN attachments a ON a.org_id = la.org_id AND a.id = la.attachment_id WHERE la.entry_id = e.id) AS attachments`;
const entryJoins = sql`
  FROM ledger_entries e JOIN funds f ON f.org_id = e.org_id AND f.id = e.fund_id
  LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id LEFT JOIN users u ON u.id = e.recorded_by`;

interface EntrySqlRow {
  id: number; fund_id: number; fund_name: string; direction: Direction; year: number; seq: number; entry_date: string; account: Account;
  amount: string | number; category: EntryView['category']; member_id: number | null; member_name: string | null; counterparty: string | null;
  description: string; document_ref: string | null; reverses_id: number | null; reversed_by_id: number | null; recorded_by: string | null;
  attachments: string | null;
}
const toEntry = (r: EntrySqlRow): EntryView => ({
  id: r.id, number: voucherNumber(r.direction, r.year, r.seq), fundId: r.fund_id, fundName: r.fund_name, direction: r.direction,
  entryDate: r.entry_date, account: r.account, amount: Number(r.amount), category: r.category, memberId: r.member_id, memberName: r.member_name,
  counterparty: r.counterparty, description: r.description, documentRef: r.document_ref, reversesId: r.reverses_id,
  reversedById: r.reversed_by_id, recordedBy: r.recorded_by, attachments: r.attachments === null ? [] : (JSON.parse(r.attachments) as EntryView['attachments']),
});

export async function insertEntryAttachment(tx: Db, orgId: number, entryId: number, attachmentId: number, userId: number | null): Promise<void> {
  await tx.insertInto('ledger_entry_attachments').values({ org_id: orgId, entry_id: entryId, attachment_id: attachmentId, linked_by: userId })
    .onConflict((oc) => oc.columns(['org_id', 'entry_id', 'attachment_id']).doNothing()).execute();
}

/** True when the link existed. */
export async function deleteEntryAttachment(tx: Db, orgId: number, entryId: number, attachmentId: number): Promise<boolean> {
  const row = await tx.deleteFrom('ledger_entry_attachments').where('org_id', '=', orgId).where('entry_id', '=', entryId)
    .where('attachment_id', '=', attachmentId).returning('attachment_id').executeTakeFirst();
  return row !== undefined;
}

export async function findEntry(db: Db, orgId: number, entryId: number): Promise<EntryView | null> {
  const { rows } = await sql<EntrySqlRow>`SELECT ${entryColumns} ${entryJoins} WHERE e.org_id = ${orgId} AND e.id = ${entryId}`.execute(db);
  return rows[0] ? toEntry(rows[0]) : null;
}

export async function findEntries(
  db: Db, orgId: number, q: { fundId?: number; account?: Account; from?: string; to?: string; ids?: readonly number[] },
): Promise<EntryView[]> {
  const { rows } = await sql<EntrySqlRow>`
    SELECT ${entryColumns} ${entryJoins}
    WHERE e.org_id = ${orgId}
      ${q.fundId ? sql`AND e.fund_id = ${q.fundId}` : sql``}
      ${q.account ? sql`AND e.account = ${q.account}` : sql``}
      ${q.from ? sql`AND e.entry_date >= ${q.from}::date` : sql``}
      ${q.to ? sql`AND e.entry_date <= ${q.to}::date` : sql``}
      ${q.ids ? (q.ids.length > 0 ? sql`AND e.id IN (${sql.join(q.ids)})` : sql`AND false`) : sql``}
    ORDER BY e.entry_date, e.direction DESC, e.seq, e.id`.execute(db);
  return rows.map(toEntry);
}

/** Each fund's receipts, payments and balance up to `date` included: computed from the entries, never stored. */
export async function findBalances(db: Db, orgId: number, date: string): Promise<BalanceView['funds']> {
  const { rows } = await sql<{ fund_id: number; name: string; kind: FundKind; opening: string; receipts: string; payments: string }>`
    SELECT f.id AS fund_id, f.name, f.kind, f.opening_balance AS opening,
      COALESCE(sum(e.amount) FILTER (WHERE e.direction = 'receipt'), 0) AS receipts,
      COALESCE(sum(e.amount) FILTER (WHERE e.direction = 'payment'), 0) AS payments
    FROM funds f LEFT JOIN ledger_entries e ON e.org_id = f.org_id AND e.fund_id = f.id AND e.entry_date <= ${date}::date
    WHERE f.org_id = ${orgId} AND f.opening_on <= ${date}::date
    GROUP BY f.org_id, f.id ORDER BY f.opening_on, f.id`.execute(db);
  return rows.map((r) => ({
    fundId: r.fund_id, name: r.name, kind: r.kind, receipts: Number(r.receipts), payments: Number(r.payments),
    balance: Number(r.opening) + Number(r.receipts) - Number(r.payments),
  }));
}

/**
 * The balance of an account (cash or bank) across the union's funds carried into `date`: the openings of funds opened
 * by then count as cash, entries count before that day.
 */
export async function findAccountBalanceBefore(db: Db, orgId: number, account: Account, date: string): Promise<number> {
  const { rows } = await sql<{ total: string }>`
    SELECT (CASE WHEN ${account} = 'cash' THEN COALESCE((SELECT sum(opening_balance) FROM funds WHERE org_id = ${orgId} AND opening_on <= ${date}::date), 0) ELSE 0 END)
      + COALESCE((SELECT sum(CASE direction WHEN 'receipt' THEN amount ELSE -amount END) FROM ledger_entries
          WHERE org_id = ${orgId} AND account = ${account} AND entry_date < ${date}::date), 0) AS total`.execute(db);
  return Number(rows[0].total);
}

/** The union's members by the match key of their code (the ledger import names a member by code). */
export async function findMemberCodes(db: Db, orgId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('members').select(['id', 'code']).where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [matchKey(r.code), r.id]));
}
