// Each union's roll-up figures kept between requests (migration 0031): read the kept rows still current, compute the
// others set-based in one go, keep them. A write to a union's records bumps its version, so its row is computed again.
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { today } from '../../core/clock.ts';
import type { UnionFigures } from '../../../shared/contracts/federation.contract.ts';
import { loadMemberCounts } from './rollup-sources/members.source.ts';
import { noFigures } from '../../../shared/federation/rollup-totals.ts';
import { loadUnionFigures } from './rollup-sources/rollup-sources.ts';

export interface UnionRollupFigures {
  members: number;
  women: number;
  suspended: number;
  figures: UnionFigures;
}

// A streaming replica cannot keep anything; two roll-ups keeping the same unions at once may deadlock: either way the
// figures are computed and returned, only not kept.
const NOT_KEPT = new Set(['25006', '40P01']);

/**
 * The figures of every union of `orgIds` on `date` for `year`: kept ones when still current, the rest computed. `keepIn`
 * is the primary when `db` is a streaming replica: computed from the replica's (older) records with the replica's
 * (older) versions, a kept row is at worst stale on the primary, never wrong.
 */
export async function unionRollupFigures(db: Db, orgIds: readonly number[], date: string, year: number, keepIn: Db = db): Promise<Map<number, UnionRollupFigures>> {
  const out = new Map<number, UnionRollupFigures>();
  if (orgIds.length === 0) {
    return out;
  }
  const day = today();
  const ids = [...orgIds];
  const { rows: kept } = await sql<{ org_id: number; figures: UnionRollupFigures }>`
    SELECT c.org_id, c.figures FROM derived.union_figures c
    LEFT JOIN derived.union_versions v ON v.org_id = c.org_id
    WHERE c.org_id = ANY(${ids}::int[]) AND c.as_of = ${date}::date AND c.year = ${year}::int AND c.computed_on = ${day}::date
      AND c.version = COALESCE(v.version, 0)`.execute(db);
  for (const row of kept) {
    out.set(row.org_id, row.figures);
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length === 0) {
    return out;
  }
  // The versions before computing: a write committed meanwhile leaves the kept row behind its union's version.
  const { rows: versions } = await sql<{ org_id: number; version: string }>`
    SELECT org_id, version FROM derived.union_versions WHERE org_id = ANY(${missing}::int[])`.execute(db);
  const versionOf = new Map(versions.map((v) => [v.org_id, v.version]));
  const [counts, figures] = await Promise.all([loadMemberCounts(db, missing, date), loadUnionFigures(db, missing, date, year)]);
  missing.sort((a, b) => a - b);
  for (const id of missing) {
    const c = counts.get(id) ?? { members: 0, women: 0, suspended: 0 };
    out.set(id, { members: c.members, women: c.women, suspended: c.suspended, figures: figures.get(id) ?? noFigures() });
  }
  await keep(keepIn, missing, versionOf, out, date, year, day);
  return out;
}

async function keep(db: Db, ids: readonly number[], versionOf: Map<number, string>, figures: Map<number, UnionRollupFigures>,
  date: string, year: number, day: string): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      // Rows of earlier days are stale anyway: forgotten as these unions are kept again.
      await sql`DELETE FROM derived.union_figures WHERE org_id = ANY(${[...ids]}::int[]) AND computed_on < ${day}::date`.execute(trx);
      await sql`
        INSERT INTO derived.union_figures (org_id, as_of, year, version, computed_on, figures)
        SELECT k.org_id, ${date}::date, ${year}::int, k.version, ${day}::date, k.figures
        FROM unnest(${[...ids]}::int[], ${ids.map((id) => versionOf.get(id) ?? '0')}::bigint[],
          ${ids.map((id) => JSON.stringify(figures.get(id)))}::jsonb[]) AS k(org_id, version, figures)
        ON CONFLICT (org_id, as_of, year) DO UPDATE
          SET version = EXCLUDED.version, computed_on = EXCLUDED.computed_on, figures = EXCLUDED.figures`.execute(trx);
    });
  } catch (err) {
    if (!NOT_KEPT.has((err as { code?: string }).code ?? '')) {
      throw err;
    }
  }
}
