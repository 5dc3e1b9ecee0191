import type { Db } from '../../../db/client.ts';
import type { UnionFigures } from '../../../../shared/contracts/federation.contract.ts';
import type { RollupSource } from './source.types.ts';
import { noFigures } from '../../../../shared/federation/rollup-totals.ts';
import { loadWorkforce } from './workforce.source.ts';
import { loadEmulation } from './emulation.source.ts';
import { loadClassification } from './classification.source.ts';
import { loadDues } from './dues.source.ts';
import { loadWelfare } from './welfare.source.ts';
import { loadAgreements } from './agreements.source.ts';
import { loadDialogue } from './dialogue.source.ts';

// One line per module that adds figures to the roll-up (members are counted apart: every row has them).
const sources: readonly RollupSource[] = [loadWorkforce, loadEmulation, loadClassification, loadDues, loadWelfare, loadAgreements, loadDialogue];

/** Every union's figures for the date and year, each source once over all of them. */
export async function loadUnionFigures(db: Db, orgIds: readonly number[], date: string, year: number): Promise<Map<number, UnionFigures>> {
  const out = new Map(orgIds.map((id) => [id, noFigures()]));
  if (orgIds.length === 0) {
    return out;
  }
  for (const part of await Promise.all(sources.map((load) => load(db, orgIds, date, year)))) {
    for (const [orgId, figures] of part) {
      const f = out.get(orgId);
      if (f) {
        Object.assign(f, figures);
      }
    }
  }
  return out;
}
