import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Tình hình lao động: the employees of the latest workforce figures on or before the date and not before the year began,
// as the annual report reads them (workforce.report.ts: laoDong.tong); none → null (the union keeps no figures).

export const loadWorkforce: RollupSource = async (db, orgIds, date, year) => {
  const { rows } = await sql<{ org_id: number; employees: number }>`
    SELECT DISTINCT ON (org_id) org_id, employees FROM workforce_figures
    WHERE org_id = ANY(${[...orgIds]}::int[]) AND as_of BETWEEN make_date(${year}::int, 1, 1) AND ${date}::date
    ORDER BY org_id, as_of DESC`.execute(db);
  return byOrg(rows, (r) => ({ employees: r.employees }));
};
