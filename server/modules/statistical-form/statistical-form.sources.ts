import { agreementsKeys, loadAgreementFigures } from './sources/agreements.source.ts';
import { dialogueKeys, loadDialogueFigures } from './sources/dialogue.source.ts';
import { disputesKeys, loadDisputeFigures } from './sources/disputes.source.ts';
import { loadMemberFigures, membersKeys } from './sources/members.source.ts';
import { loadSafetyFigures, safetyKeys } from './sources/safety.source.ts';
import type { Figure, SourceContext, SourceLoader } from './sources/source.types.ts';
import { loadWorkforceFigures, workforceKeys } from './sources/workforce.source.ts';

// The registry of named figures the form's rows draw on: "<record kind>.<figure>", e.g. workforce.employees. Each
// record kind is loaded once, through its module, only when some row asks for it.

const sources = {
  workforce: { keys: workforceKeys, load: loadWorkforceFigures },
  members: { keys: membersKeys, load: loadMemberFigures },
  disputes: { keys: disputesKeys, load: loadDisputeFigures },
  agreements: { keys: agreementsKeys, load: loadAgreementFigures },
  dialogue: { keys: dialogueKeys, load: loadDialogueFigures },
  safety: { keys: safetyKeys, load: loadSafetyFigures },
} as const;

type Sources = typeof sources;
type Kind = keyof Sources;
export type SourceKey = { [K in Kind]: `${K}.${Sources[K]['keys'][number]}` }[Kind];

/** Every named figure there is (for the docs and the tests). */
export const sourceKeys: SourceKey[] = (Object.keys(sources) as Kind[])
  .flatMap((kind) => sources[kind].keys.map((k) => `${kind}.${k}` as SourceKey));

/** The figures the keys name, each record kind loaded once. */
export async function loadFigures(ctx: SourceContext, keys: readonly SourceKey[]): Promise<Map<SourceKey, Figure>> {
  const kinds = [...new Set(keys.map((k) => k.split('.')[0] as Kind))];
  const loaded = await Promise.all(kinds.map(async (kind) => {
    const load = sources[kind].load as SourceLoader<string>;
    return Object.entries(await load(ctx)).map(([k, f]) => [`${kind}.${k}` as SourceKey, f] as const);
  }));
  return new Map(loaded.flat());
}
