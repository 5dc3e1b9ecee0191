import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Thi đua: titles registered for the year — members' registrations for a title (LĐTT, CSTĐCS: thiDua.dangKy.ldtt and
// .cstdcs; a registration for a staff rating is no title) and the collective registrations — and titles achieved: the
// members' titles decided (thiDua.dat.ldtt, .cstdcs) and the collective titles decided (thiDua.tapThe.*.danhHieu).

export const loadEmulation: RollupSource = async (db, orgIds, _date, year) => {
  // One array parameter however many unions (a list of ids would be one parameter each).
  const ids = sql`ANY(${[...orgIds]}::int[])`;
  const { rows } = await sql<{ org_id: number; registered: number; achieved: number }>`
    SELECT org_id, sum(registered)::int AS registered, sum(achieved)::int AS achieved FROM (
      SELECT org_id, count(*) AS registered, 0 AS achieved FROM emulation_registrations
        WHERE org_id = ${ids} AND year = ${year} AND title IN ('ldtt', 'cstdcs') GROUP BY org_id
      UNION ALL
      SELECT org_id, count(*), 0 FROM emulation_collective_registrations WHERE org_id = ${ids} AND year = ${year} GROUP BY org_id
      UNION ALL
      SELECT org_id, 0, count(*) FROM emulation_results WHERE org_id = ${ids} AND year = ${year} AND status = 'decided' GROUP BY org_id
      UNION ALL
      SELECT org_id, 0, count(*) FROM collective_awards
        WHERE org_id = ${ids} AND year = ${year} AND status = 'decided' AND kind = 'title' GROUP BY org_id
    ) t GROUP BY org_id`.execute(db);
  return byOrg(rows, (r) => ({ titlesRegistered: r.registered, titlesAchieved: r.achieved }));
};
