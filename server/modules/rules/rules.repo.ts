import type { Selectable } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { RuleSetParsed, RuleSetView } from '../../../shared/contracts/rules.contract.ts';
import type { RuleSetsTable } from './rules.tables.ts';

type Row = Selectable<RuleSetsTable> & { created_by_name: string | null };

const columns = [
  'rule_sets.id', 'rule_sets.key', 'rule_sets.version', 'rule_sets.kind', 'rule_sets.name', 'rule_sets.regulation_number',
  'rule_sets.regulation_date', 'rule_sets.regulation_article', 'rule_sets.regulation_title', 'rule_sets.valid_from',
  'rule_sets.valid_to', 'rule_sets.verified', 'rule_sets.content', 'rule_sets.source', 'rule_sets.change_note',
  'rule_sets.created_by', 'rule_sets.created_at', 'users.full_name as created_by_name',
] as const;

function toView(r: Row): RuleSetView {
  return {
    id: r.id,
    key: r.key,
    version: r.version,
    name: r.name,
    kind: r.kind as RuleSetView['kind'],
    regulation: { number: r.regulation_number, date: r.regulation_date, article: r.regulation_article, title: r.regulation_title },
    validFrom: r.valid_from,
    validTo: r.valid_to,
    verified: r.verified,
    source: r.source,
    changeNote: r.change_note,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    content: r.content as RuleSetView['content'],
  };
}

const selectRuleSets = (db: Db) =>
  db.selectFrom('rule_sets').leftJoin('users', 'users.id', 'rule_sets.created_by').select(columns);

/** The current version of every rule set (optionally of one kind), oldest validity first. */
export async function findCurrentRuleSets(db: Db, kind?: string): Promise<RuleSetView[]> {
  let query = selectRuleSets(db)
    .where(({ eb, selectFrom }) => eb('rule_sets.version', '=',
      selectFrom('rule_sets as later').select(({ fn }) => fn.max('later.version').as('v')).whereRef('later.key', '=', 'rule_sets.key')));
  if (kind) {
    query = query.where('rule_sets.kind', '=', kind);
  }
  const rows = await query.orderBy('rule_sets.valid_from').orderBy('rule_sets.key').execute();
  return rows.map(toView);
}

/** Every version of one key, newest first. */
export async function findRuleSetVersions(db: Db, key: string): Promise<RuleSetView[]> {
  const rows = await selectRuleSets(db).where('rule_sets.key', '=', key).orderBy('rule_sets.version', 'desc').execute();
  return rows.map(toView);
}

export interface NewVersion {
  set: RuleSetParsed;
  version: number;
  source: 'shipped' | 'admin';
  createdBy: number | null;
}

export async function insertRuleSetVersion(db: Db, { set, version, source, createdBy }: NewVersion): Promise<number> {
  const row = await db.insertInto('rule_sets').values({
    key: set.key,
    version,
    kind: set.kind,
    name: set.name,
    regulation_number: set.regulation.number,
    regulation_date: set.regulation.date,
    regulation_article: set.regulation.article,
    regulation_title: set.regulation.title,
    valid_from: set.validFrom,
    valid_to: set.validTo,
    verified: set.verified,
    content: JSON.stringify(set.content),
    source,
    change_note: set.note,
    created_by: createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
