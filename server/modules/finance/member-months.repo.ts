import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';

// Who is due on a date, shared by dues, voluntary funds and campaigns: a member is asked to pay for a month (or to give
// to a campaign) when active on its first day (on the campaign's date). Members and their status are read, never
// written (a read-only join on the members module's tables, as emulation.repo.ts does).

const ACTIVE_KINDS = sql`('admitted', 'transferred_in', 'resumed')`;

export interface MemberDatesRow { id: number; code: string; fullName: string; active: boolean[] }

/**
 * The members of the union with, for each of `dates` (ISO), whether they were active on it: those active on one of
 * them, and those `alsoWhen` holds for (a condition on `m.id`, e.g. "has a payment in the year": a payment must show
 * even if the status changed later).
 */
export async function findMembersActiveOn(
  db: Db, orgId: number, dates: readonly string[], opts: { memberId?: number; alsoWhen?: RawBuilder<unknown> } = {},
): Promise<MemberDatesRow[]> {
  if (dates.length === 0) {
    return [];
  }
  const days = sql.join(dates.map((d, i) => sql`(${i + 1}::int, ${d}::date)`));
  const activeOn = sql`COALESCE(s.kind IN ${ACTIVE_KINDS} AND s.since <= n.d, false)`;
  const { rows } = await sql<{ id: number; code: string; full_name: string; active: boolean[] }>`
    SELECT m.id, m.code, m.full_name, array_agg(${activeOn} ORDER BY n.i) AS active
    FROM members m
    CROSS JOIN (VALUES ${days}) AS n(i, d)
    -- A member's periods tile time (-infinity … infinity): the one holding the date, read once per member, not per date.
    LEFT JOIN derived.member_status_periods s ON s.org_id = m.org_id AND s.member_id = m.id AND s.valid_from <= n.d AND s.valid_to > n.d
    WHERE m.org_id = ${orgId} ${opts.memberId === undefined ? sql`` : sql`AND m.id = ${opts.memberId}`}
    GROUP BY m.org_id, m.id, m.code, m.full_name, m.sort_key
    HAVING bool_or(${activeOn}) ${opts.alsoWhen ? sql`OR ${opts.alsoWhen}` : sql``}
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => ({ id: r.id, code: r.code, fullName: r.full_name, active: r.active }));
}
