import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type {
  BeneficiaryView, NotVisitedView, WelfareEventView, WelfareKind,
} from '../../../shared/contracts/welfare.contract.ts';
import { visitKinds } from '../../../shared/contracts/welfare.contract.ts';
import { voucherNumber } from './ledger.repo.ts';

// Only this file (and blood-donations.repo.ts) holds the welfare SQL. Members and their children are read, never
// written, here: a read-only join, as the emulation module does.

export const DEFAULT_CHILD_AGE_LIMIT = 15;


/** Active (đang sinh hoạt) at some time in [from, to]: a status period of an active kind overlapping it. */
const activeBetween = (from: string, to: string) => sql<boolean>`EXISTS (
  SELECT 1 FROM derived.member_status_periods p
  WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.kind IN ('admitted', 'transferred_in', 'resumed')
    AND p.since <= ${to}::date AND p.valid_to > ${from}::date)`;

export async function findChildAgeLimit(db: Db, orgId: number): Promise<number> {
  const row = await db.selectFrom('welfare_settings').select('child_age_limit').where('org_id', '=', orgId).executeTakeFirst();
  return row?.child_age_limit ?? DEFAULT_CHILD_AGE_LIMIT;
}

export async function upsertChildAgeLimit(tx: Db, orgId: number, limit: number): Promise<void> {
  await tx.insertInto('welfare_settings').values({ org_id: orgId, child_age_limit: limit })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ child_age_limit: limit, updated_at: new Date() })).execute();
}

export interface MemberFacts { id: number; code: string; fullName: string; sex: 'male' | 'female'; active: boolean }

/** The given members of this union, and whether each was active at some time in the year. */
export async function findMembersInYear(db: Db, orgId: number, ids: readonly number[], year: number): Promise<Map<number, MemberFacts>> {
  if (ids.length === 0) {
    return new Map();
  }
  const { rows } = await sql<{ id: number; code: string; full_name: string; sex: 'male' | 'female'; active: boolean }>`
    SELECT m.id, m.code, m.full_name, m.sex, ${activeBetween(`${year}-01-01`, `${year}-12-31`)} AS active
    FROM members m WHERE m.org_id = ${orgId} AND m.id IN (${sql.join([...new Set(ids)])})`.execute(db);
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, fullName: r.full_name, sex: r.sex, active: r.active }]));
}

export async function findMemberName(db: Db, orgId: number, memberId: number): Promise<string | null> {
  const row = await db.selectFrom('members').select('full_name').where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
  return row?.full_name ?? null;
}

export interface ChildRow { id: number; memberId: number; fullName: string; birthDate: string }

export async function findChildren(db: Db, orgId: number, ids: readonly number[]): Promise<Map<number, ChildRow>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.selectFrom('member_children').select(['id', 'member_id', 'full_name', 'birth_date'])
    .where('org_id', '=', orgId).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, memberId: r.member_id, fullName: r.full_name, birthDate: r.birth_date }]));
}

export async function insertEvent(
  tx: Db, orgId: number, e: { kind: WelfareKind; eventDate: string; description: string; entryId: number }, userId: number | null,
  lines: readonly { memberId: number; childId: number | null; relativeName: string | null; relation: string | null; amount: number }[],
): Promise<number> {
  const { id } = await tx.insertInto('welfare_events').values({
    org_id: orgId, kind: e.kind, event_date: e.eventDate, description: e.description, ledger_entry_id: e.entryId, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('welfare_beneficiaries').values(lines.map((l) => ({
    org_id: orgId, event_id: id, member_id: l.memberId, child_id: l.childId, relative_name: l.relativeName, relation: l.relation, amount: l.amount,
  }))).execute();
  return id;
}

/** The sum of an event's lines and its payment's amount, as written (the service compares them before committing). */
export async function findEventTotals(tx: Db, orgId: number, eventId: number): Promise<{ lines: number; payment: number }> {
  const { rows } = await sql<{ lines: string; payment: string }>`
    SELECT (SELECT COALESCE(sum(b.amount), 0) FROM welfare_beneficiaries b WHERE b.event_id = w.id) AS lines, e.amount AS payment
    FROM welfare_events w JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
    WHERE w.org_id = ${orgId} AND w.id = ${eventId}`.execute(tx);
  return { lines: Number(rows[0].lines), payment: Number(rows[0].payment) };
}

interface EventRow {
  id: number; kind: WelfareKind; event_date: string; description: string; amount: string | number; entry_id: number;
  year: number; seq: number; fund_name: string; reversed: boolean;
}
interface LineRow {
  id: number; event_id: number; member_id: number; member_name: string; child_id: number | null;
  relative_name: string | null; relation: string | null; amount: string | number;
}

/** The events of a year (or the given ones), each with its payment's number and its lines: two queries. */
export async function findEvents(db: Db, orgId: number, q: { year?: number; ids?: readonly number[] }): Promise<WelfareEventView[]> {
  const { rows } = await sql<EventRow>`
    SELECT w.id, w.kind, w.event_date, w.description, e.amount, e.id AS entry_id, e.year, e.seq, f.name AS fund_name,
      EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id) AS reversed
    FROM welfare_events w JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id JOIN funds f ON f.org_id = e.org_id AND f.id = e.fund_id
    WHERE w.org_id = ${orgId}
      ${q.year ? sql`AND w.event_date BETWEEN make_date(${q.year}::int, 1, 1) AND make_date(${q.year}::int, 12, 31)` : sql``}
      ${q.ids ? (q.ids.length > 0 ? sql`AND w.id IN (${sql.join(q.ids)})` : sql`AND false`) : sql``}
    ORDER BY w.event_date, w.id`.execute(db);
  if (rows.length === 0) {
    return [];
  }
  const { rows: lines } = await sql<LineRow>`
    SELECT b.id, b.event_id, b.member_id, m.full_name AS member_name, b.child_id, b.relative_name, b.relation, b.amount
    FROM welfare_beneficiaries b JOIN members m ON m.org_id = b.org_id AND m.id = b.member_id
    WHERE b.org_id = ${orgId} AND b.event_id IN (${sql.join(rows.map((r) => r.id))})
    ORDER BY b.event_id, m.sort_key COLLATE "C", b.id`.execute(db);
  const byEvent = new Map<number, BeneficiaryView[]>();
  for (const l of lines) {
    const list = byEvent.get(l.event_id) ?? [];
    list.push({
      id: l.id, memberId: l.member_id, memberName: l.member_name, childId: l.child_id, relativeName: l.relative_name,
      relation: l.relation, amount: Number(l.amount),
    });
    byEvent.set(l.event_id, list);
  }
  return rows.map((r) => ({
    id: r.id, kind: r.kind, eventDate: r.event_date, description: r.description, amount: Number(r.amount), entryId: r.entry_id,
    entryNumber: voucherNumber('payment', r.year, r.seq), fundName: r.fund_name, reversed: r.reversed, beneficiaries: byEvent.get(r.id) ?? [],
  }));
}

/** Every line a member received (for themselves, a child or a relative), newest first. */
export async function findMemberLines(db: Db, orgId: number, memberId: number) {
  const { rows } = await sql<{
    event_id: number; kind: WelfareKind; event_date: string; description: string; year: number; seq: number;
    relative_name: string | null; relation: string | null; amount: string | number; reversed: boolean;
  }>`
    SELECT w.id AS event_id, w.kind, w.event_date, w.description, e.year, e.seq, b.relative_name, b.relation, b.amount,
      EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id) AS reversed
    FROM welfare_beneficiaries b JOIN welfare_events w ON w.org_id = b.org_id AND w.id = b.event_id JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
    WHERE b.org_id = ${orgId} AND b.member_id = ${memberId}
    ORDER BY w.event_date DESC, w.id DESC, b.id`.execute(db);
  return rows.map((r) => ({
    eventId: r.event_id, kind: r.kind, eventDate: r.event_date, description: r.description, entryNumber: voucherNumber('payment', r.year, r.seq),
    relativeName: r.relative_name, relation: r.relation, amount: Number(r.amount), reversed: r.reversed,
  }));
}

/**
 * "Chưa được thăm hỏi" in `year`: members active (đang sinh hoạt) at some time in the year who are the member of no
 * line of a visit (ốm đau, hiếu, hoạn nạn) dated in the year whose payment stands (not reversed) — whether the visit
 * was for themselves or for a relative. Gifts to everyone (Tết, 8/3) are not visits and do not count. With each,
 * the date of their last visit before the year's end, if any.
 */
export async function findNotVisited(db: Db, orgId: number, year: number): Promise<NotVisitedView['members']> {
  const visits = sql`
    SELECT b.member_id, w.event_date FROM welfare_beneficiaries b
    JOIN welfare_events w ON w.org_id = b.org_id AND w.id = b.event_id JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
    WHERE b.org_id = ${orgId} AND w.kind IN (${sql.join([...visitKinds])})
      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
      AND w.event_date <= make_date(${year}::int, 12, 31)`;
  const { rows } = await sql<{ id: number; code: string; full_name: string; last_visit_on: string | null }>`
    WITH v AS (${visits})
    SELECT m.id, m.code, m.full_name, (SELECT max(v.event_date) FROM v WHERE v.member_id = m.id) AS last_visit_on
    FROM members m
    WHERE m.org_id = ${orgId} AND ${activeBetween(`${year}-01-01`, `${year}-12-31`)}
      AND NOT EXISTS (SELECT 1 FROM v WHERE v.member_id = m.id AND v.event_date >= make_date(${year}::int, 1, 1))
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({ memberId: r.id, code: r.code, fullName: r.full_name, lastVisitOn: r.last_visit_on }));
}

/** Children of members active at some time in [from, to], with their parent member. */
export async function findChildrenOfActiveMembers(db: Db, orgId: number, from: string, to: string) {
  const { rows } = await sql<{ id: number; full_name: string; birth_date: string; member_id: number; member_name: string }>`
    SELECT c.id, c.full_name, c.birth_date, m.id AS member_id, m.full_name AS member_name
    FROM member_children c JOIN members m ON m.org_id = c.org_id AND m.id = c.member_id
    WHERE c.org_id = ${orgId} AND ${activeBetween(from, to)}
    ORDER BY m.sort_key COLLATE "C", m.id, c.birth_date, c.id`.execute(db);
  return rows.map((r) => ({ childId: r.id, fullName: r.full_name, birthDate: r.birth_date, memberId: r.member_id, memberName: r.member_name }));
}

/** Every child record of the union's members, by member (the Excel import names a child by name). */
export async function findChildrenByMember(db: Db, orgId: number): Promise<Map<number, { id: number; fullName: string }[]>> {
  const rows = await db.selectFrom('member_children').select(['id', 'member_id', 'full_name']).where('org_id', '=', orgId).orderBy('id').execute();
  const byMember = new Map<number, { id: number; fullName: string }[]>();
  for (const r of rows) {
    byMember.set(r.member_id, [...(byMember.get(r.member_id) ?? []), { id: r.id, fullName: r.full_name }]);
  }
  return byMember;
}
