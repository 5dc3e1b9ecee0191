import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DuesSetupView } from '../../../shared/contracts/dues.contract.ts';
import { monthsOf, type DuesBaseKind, type ExemptionReason } from './dues-calc.ts';
import { findMembersActiveOn, type MemberDatesRow } from './member-months.repo.ts';
import { voucherNumber } from './ledger.repo.ts';

// Đoàn phí's SQL. A month is due when the member is active on its first day (member-months.repo.ts).

/** 'YYYY-MM-01' → 'YYYY-MM'. */
const toMonth = (d: string) => d.slice(0, 7);

export type GridMemberRow = MemberDatesRow;

/**
 * The members of the union with, per month of the year, whether they were active on its first day: those active in
 * some month, and those with a dues payment in the year (a payment must show even if the status changed later).
 */
export async function findGridMembers(db: Db, orgId: number, year: number, memberId?: number): Promise<GridMemberRow[]> {
  return findMembersActiveOn(db, orgId, monthsOf(year), {
    memberId,
    alsoWhen: sql`EXISTS (SELECT 1 FROM dues_payments d WHERE d.org_id = m.org_id AND d.member_id = m.id
      AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1))`,
  });
}

/** The union's kind on the first day of each month of the year (null before it existed). */
export async function findKindsByMonth(db: Db, orgId: number, year: number): Promise<(string | null)[]> {
  const { rows } = await sql<{ kind: string | null }>`
    SELECT (SELECT v.kind FROM org_versions_at(make_date(${year}::int, n, 1)) v WHERE v.org_id = ${orgId}) AS kind
    FROM generate_series(1, 12) AS n ORDER BY n`.execute(db);
  return rows.map((r) => r.kind);
}

export async function findMemberName(db: Db, orgId: number, memberId: number): Promise<string | null> {
  const row = await db.selectFrom('members').select('full_name').where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
  return row?.full_name ?? null;
}

/** The union of a member (for the member's own page). */
export async function findOrgOfMember(db: Db, memberId: number): Promise<number | null> {
  const row = await db.selectFrom('members').select('org_id').where('id', '=', memberId).executeTakeFirst();
  return row?.org_id ?? null;
}

export interface StoredBase { memberId: number; fromMonth: string; kind: DuesBaseKind; amount: number }
export interface StoredExemption { memberId: number; fromMonth: string; toMonth: string | null; reason: ExemptionReason }
export interface StoredUnionRate { fromMonth: string; rateBp: number; capAmount: number | null }

/** Bases, exemptions and union rates that may apply to the months up to `lastMonth` (first days, ISO). */
export async function findDuesInputs(db: Db, orgId: number, lastMonth: string) {
  const [bases, exemptions, rates] = await Promise.all([
    db.selectFrom('member_dues_bases').select(['member_id', 'from_month', 'kind', 'amount'])
      .where('org_id', '=', orgId).where('from_month', '<=', lastMonth).execute(),
    db.selectFrom('dues_exemptions').select(['member_id', 'from_month', 'to_month', 'reason'])
      .where('org_id', '=', orgId).where('from_month', '<=', lastMonth).execute(),
    db.selectFrom('dues_union_rates').select(['from_month', 'rate_bp', 'cap_amount'])
      .where('org_id', '=', orgId).where('from_month', '<=', lastMonth).execute(),
  ]);
  return {
    bases: bases.map((b): StoredBase => ({ memberId: b.member_id, fromMonth: b.from_month, kind: b.kind, amount: Number(b.amount) })),
    exemptions: exemptions.map((e): StoredExemption => ({ memberId: e.member_id, fromMonth: e.from_month, toMonth: e.to_month, reason: e.reason })),
    unionRates: rates.map((r): StoredUnionRate => ({
      fromMonth: r.from_month, rateBp: r.rate_bp, capAmount: r.cap_amount === null ? null : Number(r.cap_amount),
    })),
  };
}

export interface PaidMonth { memberId: number; month: string; amount: number; entryId: number; entryNumber: string }

/** Months paid in the year: lines whose receipt has not been reversed. */
export async function findPaidMonths(db: Db, orgId: number, year: number): Promise<PaidMonth[]> {
  const { rows } = await sql<{ member_id: number; month: string; amount: string; entry_id: number; entry_year: number; seq: number }>`
    SELECT d.member_id, d.month, d.amount, e.id AS entry_id, e.year AS entry_year, e.seq
    FROM dues_payments d JOIN ledger_entries e ON e.org_id = d.org_id AND e.id = d.ledger_entry_id
    WHERE d.org_id = ${orgId} AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
    ORDER BY d.id`.execute(db);
  return rows.map((r) => ({
    memberId: r.member_id, month: r.month, amount: Number(r.amount), entryId: r.entry_id,
    entryNumber: voucherNumber('receipt', r.entry_year, r.seq),
  }));
}

/** Dues postings of a union take turns (two "mark paid" at once must not both collect the same month). */
export async function lockUnionDues(tx: Db, orgId: number): Promise<void> {
  await sql`SELECT 1 FROM organisations WHERE id = ${orgId} FOR NO KEY UPDATE`.execute(tx);
}

export async function insertPayments(tx: Db, orgId: number, month: string, entryId: number, lines: readonly { memberId: number; amount: number }[]) {
  if (lines.length > 0) {
    await tx.insertInto('dues_payments').values(lines.map((l) => ({
      org_id: orgId, member_id: l.memberId, month, amount: l.amount, ledger_entry_id: entryId,
    }))).execute();
  }
}

export async function upsertBase(
  tx: Db, orgId: number, b: { memberId: number; fromMonth: string; kind: DuesBaseKind; amount: number; note: string | null }, userId: number | null,
): Promise<{ id: number; before: { kind: DuesBaseKind; amount: number } | null }> {
  const before = await tx.selectFrom('member_dues_bases').select(['kind', 'amount'])
    .where('member_id', '=', b.memberId).where('from_month', '=', b.fromMonth).executeTakeFirst();
  const row = await tx.insertInto('member_dues_bases').values({
    org_id: orgId, member_id: b.memberId, from_month: b.fromMonth, kind: b.kind, amount: b.amount, note: b.note, recorded_by: userId,
  }).onConflict((oc) => oc.columns(['org_id', 'member_id', 'from_month']).doUpdateSet({
    kind: b.kind, amount: b.amount, note: b.note, recorded_by: userId, recorded_at: new Date(),
  })).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, before: before ? { kind: before.kind, amount: Number(before.amount) } : null };
}

export async function insertExemption(
  tx: Db, orgId: number, e: { memberId: number; fromMonth: string; toMonth: string | null; reason: ExemptionReason; note: string | null }, userId: number | null,
): Promise<number> {
  const row = await tx.insertInto('dues_exemptions').values({
    org_id: orgId, member_id: e.memberId, from_month: e.fromMonth, to_month: e.toMonth, reason: e.reason, note: e.note, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

type StoredExemptionRow = { memberId: number; fromMonth: string; toMonth: string | null; reason: ExemptionReason; note: string | null };

async function findExemption(tx: Db, orgId: number, id: number): Promise<StoredExemptionRow | null> {
  const r = await tx.selectFrom('dues_exemptions').select(['member_id', 'from_month', 'to_month', 'reason', 'note'])
    .where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return r ? { memberId: r.member_id, fromMonth: r.from_month, toMonth: r.to_month, reason: r.reason, note: r.note } : null;
}

/** Changes an exemption's months, reason and note; returns what it was (null: no such exemption in the union). */
export async function updateExemption(
  tx: Db, orgId: number, id: number, e: { fromMonth: string; toMonth: string | null; reason: ExemptionReason; note: string | null },
): Promise<StoredExemptionRow | null> {
  const before = await findExemption(tx, orgId, id);
  if (before) {
    await tx.updateTable('dues_exemptions').set({ from_month: e.fromMonth, to_month: e.toMonth, reason: e.reason, note: e.note })
      .where('org_id', '=', orgId).where('id', '=', id).execute();
  }
  return before;
}

export async function deleteExemption(tx: Db, orgId: number, id: number): Promise<StoredExemptionRow | null> {
  const before = await findExemption(tx, orgId, id);
  if (before) {
    await tx.deleteFrom('dues_exemptions').where('org_id', '=', orgId).where('id', '=', id).execute();
  }
  return before;
}

export async function upsertUnionRate(
  tx: Db, orgId: number, r: { fromMonth: string; rateBp: number; capAmount: number | null; resolutionNumber: string; resolutionDate: string },
  userId: number | null,
): Promise<number> {
  const row = await tx.insertInto('dues_union_rates').values({
    org_id: orgId, from_month: r.fromMonth, rate_bp: r.rateBp, cap_amount: r.capAmount, resolution_number: r.resolutionNumber,
    resolution_date: r.resolutionDate, recorded_by: userId,
  }).onConflict((oc) => oc.columns(['org_id', 'from_month']).doUpdateSet({
    rate_bp: r.rateBp, cap_amount: r.capAmount, resolution_number: r.resolutionNumber, resolution_date: r.resolutionDate,
    recorded_by: userId, recorded_at: new Date(),
  })).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** What the union has entered: every base, exemption and rate, newest month first. */
export async function findSetup(db: Db, orgId: number): Promise<DuesSetupView> {
  const [bases, exemptions, rates] = await Promise.all([
    db.selectFrom('member_dues_bases as b').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'b.org_id').onRef('m.id', '=', 'b.member_id'))
      .select(['b.id', 'b.member_id', 'm.full_name', 'b.from_month', 'b.kind', 'b.amount', 'b.note'])
      .where('b.org_id', '=', orgId).orderBy('m.sort_key').orderBy('b.from_month', 'desc').execute(),
    db.selectFrom('dues_exemptions as e').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'e.org_id').onRef('m.id', '=', 'e.member_id'))
      .select(['e.id', 'e.member_id', 'm.full_name', 'e.from_month', 'e.to_month', 'e.reason', 'e.note'])
      .where('e.org_id', '=', orgId).orderBy('e.from_month', 'desc').orderBy('e.id', 'desc').execute(),
    db.selectFrom('dues_union_rates').selectAll().where('org_id', '=', orgId).orderBy('from_month', 'desc').execute(),
  ]);
  return {
    bases: bases.map((b) => ({
      id: b.id, memberId: b.member_id, memberName: b.full_name, fromMonth: toMonth(b.from_month), kind: b.kind, amount: Number(b.amount), note: b.note,
    })),
    exemptions: exemptions.map((e) => ({
      id: e.id, memberId: e.member_id, memberName: e.full_name, fromMonth: toMonth(e.from_month), toMonth: e.to_month === null ? null : toMonth(e.to_month),
      reason: e.reason, note: e.note,
    })),
    unionRates: rates.map((r) => ({
      id: r.id, fromMonth: toMonth(r.from_month), ratePercent: r.rate_bp / 100, capAmount: r.cap_amount === null ? null : Number(r.cap_amount),
      resolutionNumber: r.resolution_number, resolutionDate: r.resolution_date,
    })),
  };
}
