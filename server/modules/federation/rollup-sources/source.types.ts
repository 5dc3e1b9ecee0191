import type { Db } from '../../../db/client.ts';
import type { UnionFigures } from '../../../../shared/contracts/federation.contract.ts';

/**
 * One module's part of the roll-up: its figures for every union of `orgIds` at once (set-based: a fixed number of
 * queries whatever the number of unions), on `date` and for `year`, computed as the module's own report section
 * computes them for one union. A union without records may be left out of the map (the defaults stand).
 */
export type RollupSource = (db: Db, orgIds: readonly number[], date: string, year: number) => Promise<Map<number, Partial<UnionFigures>>>;

/** `a`'s rows as a map by org id. */
export function byOrg<R extends { org_id: number }>(rows: readonly R[], figures: (r: R) => Partial<UnionFigures>): Map<number, Partial<UnionFigures>> {
  return new Map(rows.map((r) => [r.org_id, figures(r)]));
}
