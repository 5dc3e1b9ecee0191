import { sql } from 'kysely';
import type { Db } from '../../../db/client.ts';
import type { UnionFigures } from '../../../../shared/contracts/federation.contract.ts';
import { today } from '../../../core/clock.ts';
import { loadRuleSets } from '../../rules/rules.service.ts';
import { memberMonthDues, monthsOf, type DuesBaseKind, type UnionRate } from '../../finance/dues-calc.ts';
import { monthNow } from '../../finance/month-collection.ts';
import type { RollupSource } from './source.types.ts';

// Đoàn phí as the dues grid of each union counts it (dues.service.ts → taiChinh.doanPhi.phaiThu, .daThu, .daNopCapTren):
//   duesExpected  what the months due came to: a member active on a month's first day, not exempt, with a dues base
//                 in force, by the rules of the union's kind that month; a month not begun yet counts once paid
//   duesCollected the dues lines of the year whose receipt is not reversed
//   remitted      the year's ledger entries of category 'remittance' (a reversal nets out)
// The active member-months are grouped in SQL by everything the amount depends on (union, month, base, exempt, paid),
// and the pure rule (dues-calc.ts) prices each group once: the same function as the grid, so the same amount.

interface GroupRow {
  org_id: number; n: number; base_kind: DuesBaseKind | null; base_amount: string | null; exempt: boolean; paid: boolean; members: number;
}

/**
 * The member-months of the year active on their first day (the status period in force that day is an active one begun
 * by then: member-months.repo.ts), with the dues base in force, exempt or not, paid or not, counted per group. Built
 * from ranges (periods, bases, exemptions cut into the year's months) and hash joins, not a lookup per member-month.
 */
async function memberMonthGroups(db: Db, orgIds: readonly number[], year: number, currentMonth: string): Promise<GroupRow[]> {
  // One array parameter however many unions (a list of ids would be one parameter each).
  const ids = sql`ANY(${[...orgIds]}::int[])`;
  // Whether a month is paid matters only for the months not begun yet (paid in advance): for the others no lookup.
  const { rows } = await sql<GroupRow>`
    WITH months AS (SELECT n, make_date(${year}::int, n, 1) AS month FROM generate_series(1, 12) AS n),
    active AS (
      SELECT p.org_id, p.member_id, mo.n, mo.month
      FROM derived.member_status_periods p
      JOIN months mo ON mo.month >= p.valid_from AND mo.month < p.valid_to AND mo.month >= p.since
      WHERE p.org_id = ${ids} AND p.kind IN ('admitted', 'transferred_in', 'resumed')
        AND p.valid_from <= make_date(${year}::int, 12, 1) AND p.valid_to > make_date(${year}::int, 1, 1)
    ),
    bases AS (
      SELECT member_id, kind, amount, from_month,
        COALESCE(lead(from_month) OVER (PARTITION BY member_id ORDER BY from_month), 'infinity'::date) AS to_month
      FROM member_dues_bases WHERE org_id = ${ids} AND from_month <= make_date(${year}::int, 12, 1)
    ),
    exempt AS (
      SELECT DISTINCT e.member_id, mo.month FROM dues_exemptions e
      JOIN months mo ON mo.month >= e.from_month AND (e.to_month IS NULL OR mo.month <= e.to_month)
      WHERE e.org_id = ${ids}
    ),
    paid AS (
      SELECT DISTINCT d.member_id, d.month FROM dues_payments d JOIN ledger_entries e ON e.id = d.ledger_entry_id
      WHERE d.org_id = ${ids} AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
        AND d.month > ${currentMonth}::date
        AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)
    )
    SELECT a.org_id, a.n, b.kind AS base_kind, b.amount AS base_amount, (x.member_id IS NOT NULL) AS exempt,
      (p.member_id IS NOT NULL) AS paid, count(*)::int AS members
    FROM active a
    LEFT JOIN bases b ON b.member_id = a.member_id AND a.month >= b.from_month AND a.month < b.to_month
    LEFT JOIN exempt x ON x.member_id = a.member_id AND x.month = a.month
    LEFT JOIN paid p ON p.member_id = a.member_id AND p.month = a.month
    GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);
  return rows;
}

export const loadDues: RollupSource = async (db, orgIds, _date, year) => {
  // One array parameter however many unions (a list of ids would be one parameter each).
  const ids = sql`ANY(${[...orgIds]}::int[])`;
  // Months not begun yet are not owed unless paid in advance (the grid's 'upcoming').
  const currentMonth = monthNow(today());
  const [groups, sets, kinds, rates, collected, remitted] = await Promise.all([
    memberMonthGroups(db, orgIds, year, currentMonth),
    loadRuleSets(db),
    sql<{ org_id: number; n: number; kind: string }>`
      SELECT v.org_id, mo.n, v.kind FROM generate_series(1, 12) AS mo(n)
      CROSS JOIN LATERAL org_versions_at(make_date(${year}::int, mo.n, 1)) v WHERE v.org_id = ${ids}`.execute(db),
    sql<{ org_id: number; from_month: string; rate_bp: number; cap_amount: string | null }>`
      SELECT org_id, from_month, rate_bp, cap_amount FROM dues_union_rates
      WHERE org_id = ${ids} AND from_month <= make_date(${year}::int, 12, 1)`.execute(db),
    sql<{ org_id: number; amount: string }>`
      SELECT d.org_id, sum(d.amount) AS amount FROM dues_payments d JOIN ledger_entries e ON e.id = d.ledger_entry_id
      WHERE d.org_id = ${ids} AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
        AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)
      GROUP BY d.org_id`.execute(db),
    sql<{ org_id: number; amount: string }>`
      SELECT org_id, sum(amount) AS amount FROM ledger_entries
      WHERE org_id = ${ids} AND category = 'remittance'
        AND entry_date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
      GROUP BY org_id`.execute(db),
  ]);
  const months = monthsOf(year);
  const kindOf = new Map(kinds.rows.map((r) => [`${r.org_id}|${r.n}`, r.kind]));
  const ratesOf = new Map<number, UnionRate[]>();
  for (const r of rates.rows) {
    const list = ratesOf.get(r.org_id) ?? [];
    list.push({ fromMonth: r.from_month, rateBp: r.rate_bp, capAmount: r.cap_amount === null ? null : Number(r.cap_amount) });
    ratesOf.set(r.org_id, list);
  }
  const out = new Map<number, Partial<UnionFigures>>();
  const figuresOf = (orgId: number) => {
    const f = out.get(orgId) ?? { duesExpected: 0, duesCollected: 0, remitted: 0 };
    out.set(orgId, f);
    return f;
  };
  for (const g of groups) {
    const month = months[g.n - 1];
    if (!g.paid && month > currentMonth) {
      continue;
    }
    const d = memberMonthDues(sets, {
      month, orgKind: kindOf.get(`${g.org_id}|${g.n}`) ?? null, active: true,
      bases: g.base_kind === null ? [] : [{ fromMonth: month, kind: g.base_kind, amount: Number(g.base_amount) }],
      // Which reason does not change the amount (none is due).
      exemptions: g.exempt ? [{ fromMonth: month, toMonth: month, reason: 'no_income' }] : [],
      unionRates: ratesOf.get(g.org_id) ?? [],
    });
    if (d.status === 'due') {
      figuresOf(g.org_id).duesExpected! += d.amount * g.members;
    }
  }
  for (const r of collected.rows) {
    figuresOf(r.org_id).duesCollected = Number(r.amount);
  }
  for (const r of remitted.rows) {
    figuresOf(r.org_id).remitted = Number(r.amount);
  }
  return out;
};
