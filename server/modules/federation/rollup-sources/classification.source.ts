import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Xếp loại CĐCS: the grade the upper level decided for the year (thiDua.xepLoai); a self-assessment alone is no
// classification yet.

export const loadClassification: RollupSource = async (db, orgIds, _date, year) => {
  const { rows } = await sql<{ org_id: number; grade: string }>`
    SELECT org_id, decided_grade AS grade FROM union_classifications
    WHERE org_id = ANY(${[...orgIds]}::int[]) AND year = ${year} AND decided_grade IS NOT NULL`.execute(db);
  return byOrg(rows, (r) => ({ classification: r.grade }));
};
