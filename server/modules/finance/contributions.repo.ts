import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { voucherNumber } from './ledger.repo.ts';

// Voluntary funds' and campaigns' SQL: opt-outs, campaign details, and the contribution lines of their receipts. A line
// counts while its receipt is not reversed (as dues_payments).

/** 'YYYY-MM-01' → 'YYYY-MM'. */
const toMonth = (d: string) => d.slice(0, 7);

export interface StoredOptOut { id: number; memberId: number; memberName: string; fromMonth: string; toMonth: string | null; note: string | null }

export async function findOptOuts(db: Db, orgId: number, fundId: number, memberId?: number): Promise<StoredOptOut[]> {
  let q = db.selectFrom('fund_opt_outs as o').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'o.org_id').onRef('m.id', '=', 'o.member_id'))
    .select(['o.id', 'o.member_id', 'm.full_name', 'o.from_month', 'o.to_month', 'o.note'])
    .where('o.org_id', '=', orgId).where('o.fund_id', '=', fundId);
  if (memberId !== undefined) {
    q = q.where('o.member_id', '=', memberId);
  }
  const rows = await q.orderBy('o.from_month', 'desc').orderBy('o.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, memberId: r.member_id, memberName: r.full_name, fromMonth: toMonth(r.from_month), toMonth: r.to_month === null ? null : toMonth(r.to_month), note: r.note,
  }));
}

export async function insertOptOut(
  tx: Db, orgId: number, fundId: number, o: { memberId: number; fromMonth: string; toMonth: string | null; note: string | null }, userId: number | null,
): Promise<number> {
  const row = await tx.insertInto('fund_opt_outs').values({
    org_id: orgId, fund_id: fundId, member_id: o.memberId, from_month: o.fromMonth, to_month: o.toMonth, note: o.note, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOptOut(
  tx: Db, orgId: number, fundId: number, id: number, o: { fromMonth: string; toMonth: string | null; note: string | null },
): Promise<StoredOptOut | null> {
  const before = (await findOptOuts(tx, orgId, fundId)).find((x) => x.id === id) ?? null;
  if (before) {
    await tx.updateTable('fund_opt_outs').set({ from_month: o.fromMonth, to_month: o.toMonth, note: o.note })
      .where('id', '=', id).where('org_id', '=', orgId).execute();
  }
  return before;
}

export async function deleteOptOut(tx: Db, orgId: number, fundId: number, id: number): Promise<StoredOptOut | null> {
  const before = (await findOptOuts(tx, orgId, fundId)).find((x) => x.id === id) ?? null;
  if (before) {
    await tx.deleteFrom('fund_opt_outs').where('id', '=', id).where('org_id', '=', orgId).execute();
  }
  return before;
}

export interface StoredAmountChange { id: number; fromMonth: string; amount: number; decision: string }

/** A voluntary fund's later monthly amounts, oldest first. */
export async function findAmountChanges(db: Db, orgId: number, fundId: number): Promise<StoredAmountChange[]> {
  const rows = await db.selectFrom('fund_amount_changes').select(['id', 'from_month', 'amount', 'decision'])
    .where('org_id', '=', orgId).where('fund_id', '=', fundId).orderBy('from_month').execute();
  return rows.map((r) => ({ id: r.id, fromMonth: toMonth(r.from_month), amount: Number(r.amount), decision: r.decision }));
}

/** Sets the amount from a month; again for the same month it replaces the earlier row, returned as `before`. */
export async function upsertAmountChange(
  tx: Db, orgId: number, fundId: number, c: { fromMonth: string; amount: number; decision: string }, userId: number | null,
): Promise<{ id: number; before: StoredAmountChange | null }> {
  const before = (await findAmountChanges(tx, orgId, fundId)).find((x) => x.fromMonth === toMonth(c.fromMonth)) ?? null;
  const row = await tx.insertInto('fund_amount_changes').values({
    org_id: orgId, fund_id: fundId, from_month: c.fromMonth, amount: c.amount, decision: c.decision, recorded_by: userId,
  }).onConflict((oc) => oc.constraint('fund_amount_changes_once').doUpdateSet({ amount: c.amount, decision: c.decision, recorded_by: userId }))
    .returning('id').executeTakeFirstOrThrow();
  return { id: row.id, before };
}

export interface PaidLine { memberId: number; month: string | null; amount: number; entryId: number; entryNumber: string }

/** Lines of unreversed receipts of the funds given; of the months of `year` only when it is given (voluntary funds). */
export async function findPaidLines(db: Db, orgId: number, fundIds: readonly number[], year?: number): Promise<(PaidLine & { fundId: number })[]> {
  if (fundIds.length === 0) {
    return [];
  }
  const { rows } = await sql<{ fund_id: number; member_id: number; month: string | null; amount: string; entry_id: number; entry_year: number; seq: number }>`
    SELECT c.fund_id, c.member_id, c.month, c.amount, e.id AS entry_id, e.year AS entry_year, e.seq
    FROM fund_contributions c JOIN ledger_entries e ON e.org_id = c.org_id AND e.id = c.ledger_entry_id
    WHERE c.org_id = ${orgId} AND c.fund_id IN (${sql.join(fundIds)})
      ${year === undefined ? sql`` : sql`AND c.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)`}
      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
    ORDER BY c.id`.execute(db);
  return rows.map((r) => ({
    fundId: r.fund_id, memberId: r.member_id, month: r.month, amount: Number(r.amount), entryId: r.entry_id,
    entryNumber: voucherNumber('receipt', r.entry_year, r.seq),
  }));
}

export async function insertLines(
  tx: Db, orgId: number, fundId: number, entryId: number, month: string | null, lines: readonly { memberId: number; amount: number }[],
): Promise<void> {
  if (lines.length > 0) {
    await tx.insertInto('fund_contributions').values(lines.map((l) => ({
      org_id: orgId, fund_id: fundId, member_id: l.memberId, month, amount: l.amount, ledger_entry_id: entryId,
    }))).execute();
  }
}

export interface StoredCampaign {
  fundId: number; code: string; name: string; launchedOn: string; recipient: string | null; targetAmount: number | null; suggestedAmount: number | null;
  note: string | null; closedOn: string | null; openingBalance: number; collected: number; handedOver: number;
}

/**
 * Campaigns — every fund of kind 'campaign', with its details when it has them (a fund opened in the ledger alone is
 * launched on its opening date) — with what was collected and handed over, net of reversals (one query for the list).
 */
export async function findCampaigns(db: Db, orgId: number, q: { fundId?: number; year?: number } = {}): Promise<StoredCampaign[]> {
  const { rows } = await sql<{
    fund_id: number; code: string; name: string; launched_on: string; recipient: string | null; target_amount: string | null;
    suggested_amount: string | null; note: string | null; closed_on: string | null; opening_balance: string; collected: string; handed_over: string;
  }>`
    SELECT * FROM (
      SELECT f.id AS fund_id, f.code, f.name, COALESCE(c.launched_on, f.opening_on) AS launched_on, c.recipient, c.target_amount,
        c.suggested_amount, c.note, f.closed_on, f.opening_balance,
        COALESCE((SELECT sum(e.amount) FROM ledger_entries e WHERE e.fund_id = f.id AND e.direction = 'receipt'), 0) AS collected,
        COALESCE((SELECT sum(e.amount) FROM ledger_entries e WHERE e.fund_id = f.id AND e.direction = 'payment'), 0) AS handed_over
      FROM funds f LEFT JOIN campaigns c ON c.org_id = f.org_id AND c.fund_id = f.id
      WHERE f.org_id = ${orgId} AND f.kind = 'campaign' ${q.fundId === undefined ? sql`` : sql`AND f.id = ${q.fundId}`}
    ) x
    ${q.year === undefined ? sql`` : sql`WHERE extract(year FROM x.launched_on) = ${q.year}`}
    ORDER BY x.launched_on DESC, x.fund_id DESC`.execute(db);
  return rows.map((r) => ({
    fundId: r.fund_id, code: r.code, name: r.name, launchedOn: r.launched_on, recipient: r.recipient,
    targetAmount: r.target_amount === null ? null : Number(r.target_amount), suggestedAmount: r.suggested_amount === null ? null : Number(r.suggested_amount),
    note: r.note, closedOn: r.closed_on, openingBalance: Number(r.opening_balance), collected: Number(r.collected), handedOver: Number(r.handed_over),
  }));
}

export async function insertCampaign(
  tx: Db, orgId: number, fundId: number,
  c: { launchedOn: string; recipient: string; targetAmount: number | null; suggestedAmount: number | null; note: string | null },
): Promise<void> {
  await tx.insertInto('campaigns').values({
    fund_id: fundId, org_id: orgId, launched_on: c.launchedOn, recipient: c.recipient, target_amount: c.targetAmount,
    suggested_amount: c.suggestedAmount, note: c.note,
  }).execute();
}

/** The voluntary funds of a union (for a member's own page). */
export async function findVoluntaryFunds(db: Db, orgId: number) {
  const rows = await db.selectFrom('funds').select(['id', 'name', 'monthly_amount']).where('org_id', '=', orgId).where('kind', '=', 'voluntary')
    .where('monthly_amount', 'is not', null)
    .orderBy('opening_on').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, monthlyAmount: Number(r.monthly_amount ?? 0) }));
}
