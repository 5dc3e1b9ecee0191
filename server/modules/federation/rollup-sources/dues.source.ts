import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/client.ts';
import type { UnionFigures } from '../../../../shared/contracts/federation.contract.ts';
import { today } from '../../../core/clock.ts';
import { loadRuleSets } from '../../rules/rules.service.ts';
import { monthsOf } from '../../finance/dues-calc.ts';
import { duesAmountSql, duesMonthTerms, duesTermsTable, type DuesMonthTerms } from '../../finance/dues-calc.sql.ts';
import { monthNow } from '../../finance/month-collection.ts';
import type { RollupSource } from './source.types.ts';

// Đoàn phí as the dues grid of each union counts it (dues.service.ts → taiChinh.doanPhi.phaiThu, .daThu, .daNopCapTren):
//   duesExpected  what the months due came to: a member active on a month's first day, not exempt, with a dues base
//                 in force, by the rules of the union's kind that month; a month not begun yet counts once paid
//   duesCollected the dues lines of the year whose receipt is not reversed
//   remitted      the year's ledger entries of category 'remittance' (a reversal nets out)
// The months due are priced and summed per union in SQL (dues-calc.sql.ts: the rules of each kind and month read by
// the grid's own functions, the same integer rounding), so a million members send one row per union, not a row per
// member and month.

/**
 * What the member-months of the year came to per union: active on their first day (the status period in force that
 * day is an active one begun by then: member-months.repo.ts), not exempt, with the dues base in force, by the terms of
 * the union's kind that month. A member-month is priced by its base and its union's terms and own rate, which change
 * only a few times a year: so each span of a member (an active period met with a base, as a range of month numbers)
 * is priced once per run of months with the same terms (`runs`) and counted by the months they share. The months
 * counted apart — exempt ones taken off, months not begun yet but paid added — are priced one by one (`sparse`).
 */
async function expectedDues(db: Db, orgIds: readonly number[], year: number, currentMonth: string, terms: readonly DuesMonthTerms[]): Promise<{ org_id: number; amount: string }[]> {
  // One array parameter however many unions (a list of ids would be one parameter each).
  const ids = sql`ANY(${[...orgIds]}::int[])`;
  // Months 1..lastCounted have begun; the later ones count only once paid.
  const lastCounted = monthsOf(year).filter((m) => m <= currentMonth).length;
  // The number of the first month of the year whose first day is on or after `d` (13: none; infinity dates work).
  const firstMonthFrom = (d: RawBuilder<unknown>) => sql`(CASE WHEN ${d} <= make_date(${year}::int, 1, 1) THEN 1
    WHEN ${d} > make_date(${year}::int, 12, 1) THEN 13 ELSE extract(month FROM ${d})::int + (extract(day FROM ${d}) > 1)::int END)`;
  const price = (terms: string, base: string) => duesAmountSql(terms, {
    baseKind: sql.ref(`${base}.kind`), baseAmount: sql.ref(`${base}.amount`), unionRateBp: sql.ref(`${terms}.union_bp`), unionCap: sql.ref(`${terms}.union_cap`),
  });
  const { rows } = await sql<{ org_id: number; amount: string }>`
    WITH months AS (SELECT n, make_date(${year}::int, n, 1) AS month FROM generate_series(1, 12) AS n),
    union_rates AS (
      SELECT DISTINCT ON (r.org_id, mo.n) r.org_id, mo.n, r.rate_bp, r.cap_amount
      FROM dues_union_rates r JOIN months mo ON r.from_month <= mo.month
      WHERE r.org_id = ${ids}
      ORDER BY r.org_id, mo.n, r.from_month DESC
    ),
    org_months AS (
      SELECT v.org_id, mo.n, terms.rate_bp, terms.cap, terms.fixed_minimum, terms.union_rate_allowed,
        u.rate_bp AS union_bp, u.cap_amount AS union_cap
      FROM months mo CROSS JOIN LATERAL org_versions_at(mo.month) v
      JOIN ${duesTermsTable(terms)} ON terms.kind = v.kind AND terms.month = mo.month
      LEFT JOIN union_rates u ON u.org_id = v.org_id AND u.n = mo.n
      WHERE v.org_id = ${ids}
    ),
    runs AS (
      SELECT org_id, min(n) AS first_n, max(n) AS last_n, rate_bp, cap, fixed_minimum, union_rate_allowed, union_bp, union_cap
      FROM (
        SELECT *, n - row_number() OVER (PARTITION BY org_id, rate_bp, cap, fixed_minimum, union_rate_allowed, union_bp, union_cap ORDER BY n) AS island
        FROM org_months
      ) m
      GROUP BY org_id, island, rate_bp, cap, fixed_minimum, union_rate_allowed, union_bp, union_cap
    ),
    -- Month numbers [first_n, end_n) of the year: a period's months begin on or after it started and the member's
    -- since; a base's from its month until the next base.
    periods AS (
      SELECT org_id, member_id, greatest(${firstMonthFrom(sql`valid_from`)}, ${firstMonthFrom(sql`since`)}) AS first_n,
        ${firstMonthFrom(sql`valid_to`)} AS end_n
      FROM derived.member_status_periods
      WHERE org_id = ${ids} AND kind IN ('admitted', 'transferred_in', 'resumed')
        AND valid_from <= make_date(${year}::int, 12, 1) AND valid_to > make_date(${year}::int, 1, 1)
    ),
    bases AS (
      SELECT member_id, kind, amount, ${firstMonthFrom(sql`from_month`)} AS first_n,
        ${firstMonthFrom(sql`COALESCE(lead(from_month) OVER (PARTITION BY member_id ORDER BY from_month), 'infinity'::date)`)} AS end_n
      FROM member_dues_bases WHERE org_id = ${ids} AND from_month <= make_date(${year}::int, 12, 1)
    ),
    -- Materialised: met by member first (a hash join of the two), then with the few runs of their union.
    spans AS MATERIALIZED (
      SELECT p.org_id, b.kind, b.amount, greatest(p.first_n, b.first_n) AS first_n, least(p.end_n, b.end_n, ${lastCounted + 1}::int) - 1 AS last_n
      FROM periods p JOIN bases b ON b.member_id = p.member_id AND b.first_n < p.end_n AND p.first_n < b.end_n
    ),
    exempt AS (
      SELECT DISTINCT e.org_id, e.member_id, mo.n, mo.month FROM dues_exemptions e
      JOIN months mo ON mo.month >= e.from_month AND (e.to_month IS NULL OR mo.month <= e.to_month)
      WHERE e.org_id = ${ids}
    ),
    paid AS (
      SELECT DISTINCT d.org_id, d.member_id, date_part('month', d.month)::int AS n, d.month FROM dues_payments d
        JOIN ledger_entries e ON e.org_id = d.org_id AND e.id = d.ledger_entry_id
      WHERE d.org_id = ${ids} AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
        AND d.month > ${currentMonth}::date
        AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
    ),
    sparse AS (
      SELECT org_id, member_id, n, month, -1 AS sign FROM exempt WHERE n <= ${lastCounted}::int
      UNION ALL
      SELECT org_id, member_id, n, month, 1 FROM paid p
      WHERE NOT EXISTS (SELECT 1 FROM exempt x WHERE x.org_id = p.org_id AND x.member_id = p.member_id AND x.n = p.n)
    ),
    priced AS (
      SELECT s.org_id, ${price('r', 's')} * (least(s.last_n, r.last_n) - greatest(s.first_n, r.first_n) + 1) AS amount
      FROM spans s JOIN runs r ON r.org_id = s.org_id AND r.first_n <= s.last_n AND r.last_n >= s.first_n
      WHERE s.first_n <= s.last_n
      UNION ALL
      SELECT p.org_id, x.sign * ${price('t', 'b')}
      FROM sparse x
      JOIN derived.member_status_periods p ON p.org_id = x.org_id AND p.member_id = x.member_id AND x.month >= p.valid_from
        AND x.month < p.valid_to AND x.month >= p.since AND p.kind IN ('admitted', 'transferred_in', 'resumed')
      JOIN LATERAL (
        SELECT mb.kind, mb.amount FROM member_dues_bases mb
        WHERE mb.org_id = x.org_id AND mb.member_id = x.member_id AND mb.from_month <= x.month ORDER BY mb.from_month DESC LIMIT 1
      ) b ON true
      JOIN org_months t ON t.org_id = p.org_id AND t.n = x.n
    )
    SELECT org_id, sum(amount) AS amount FROM priced GROUP BY org_id`.execute(db);
  return rows;
}

export const loadDues: RollupSource = async (db, orgIds, _date, year) => {
  // One array parameter however many unions (a list of ids would be one parameter each).
  const ids = sql`ANY(${[...orgIds]}::int[])`;
  // Months not begun yet are not owed unless paid in advance (the grid's 'upcoming').
  const currentMonth = monthNow(today());
  const terms = duesMonthTerms(await loadRuleSets(db), monthsOf(year));
  const [expected, collected, remitted] = await Promise.all([
    expectedDues(db, orgIds, year, currentMonth, terms),
    sql<{ org_id: number; amount: string }>`
      SELECT d.org_id, sum(d.amount) AS amount FROM dues_payments d JOIN ledger_entries e ON e.org_id = d.org_id AND e.id = d.ledger_entry_id
      WHERE d.org_id = ${ids} AND d.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1)
        AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
      GROUP BY d.org_id`.execute(db),
    sql<{ org_id: number; amount: string }>`
      SELECT org_id, sum(amount) AS amount FROM ledger_entries
      WHERE org_id = ${ids} AND category = 'remittance'
        AND entry_date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
      GROUP BY org_id`.execute(db),
  ]);
  const out = new Map<number, Partial<UnionFigures>>();
  const figuresOf = (orgId: number) => {
    const f = out.get(orgId) ?? { duesExpected: 0, duesCollected: 0, remitted: 0 };
    out.set(orgId, f);
    return f;
  };
  for (const r of expected) {
    figuresOf(r.org_id).duesExpected = Number(r.amount ?? 0);
  }
  for (const r of collected.rows) {
    figuresOf(r.org_id).duesCollected = Number(r.amount);
  }
  for (const r of remitted.rows) {
    figuresOf(r.org_id).remitted = Number(r.amount);
  }
  return out;
};
