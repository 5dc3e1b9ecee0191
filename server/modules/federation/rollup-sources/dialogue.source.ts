import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Đối thoại tại nơi làm việc: the periodic and requested dialogues held in the year (doiThoai.dinhKy + doiThoai.dotXuat;
// the workers' conference is not a dialogue).

export const loadDialogue: RollupSource = async (db, orgIds, _date, year) => {
  const { rows } = await sql<{ org_id: number; held: number }>`
    SELECT org_id, count(*)::int AS held FROM workplace_meetings
    WHERE org_id = ANY(${[...orgIds]}::int[]) AND kind IN ('periodic', 'requested')
      AND held_on BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
    GROUP BY org_id`.execute(db);
  return byOrg(rows, (r) => ({ dialoguesHeld: r.held }));
};
