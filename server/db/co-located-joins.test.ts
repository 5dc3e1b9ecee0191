import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMigrations } from './migration-inventory.ts';
import { placementOf } from './table-placement.ts';

// On Citus (docs/scaling.md) a join between two tables distributed by org_id stays on one shard — or is allowed at
// all — only when its condition equates org_id on both sides: `JOIN ledger_entries e ON e.org_id = f.org_id AND
// e.fund_id = f.id`. This scans the server's SQL (tagged templates and Kysely joins) for joins of a distributed
// table to another distributed table (or to a derived set it cannot see into) without that equality. A LATERAL
// subquery counts as a join: its WHERE must tie org_id to the outer row's. Each row joined is already the same
// union's, so adding the equality changes no result.

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.join(here, '..');

/** Joins left without the equality (the scanner cannot judge them, or another change owns the file), by file and `table alias` as written, each with its reason. */
const ALLOWED: { file: string; join: string; why: string }[] = [];

const tables = readMigrations();
type Side = 'distributed' | 'reference' | 'local' | 'derived';
/** A name the migrations create gets its placement; anything else (a CTE, a subquery, a function) is derived. */
const sideOf = (table: string | undefined): Side => (table && tables.has(table) ? placementOf(table) : 'derived');

const KEYWORDS = new Set(['on', 'where', 'join', 'left', 'right', 'inner', 'full', 'cross', 'lateral', 'group', 'order',
  'limit', 'union', 'using', 'as', 'set', 'having', 'and', 'or', 'natural', 'window', 'returning', 'values', 'select']);

interface Declaration { alias: string; table: string; at: number }

/** `FROM t a`, `JOIN t AS a`, `FROM t` (alias = name), and Kysely's `'t as a'` / `'t'` in a query call. */
function declarations(text: string): Declaration[] {
  const found: Declaration[] = [];
  for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+(?!LATERAL\b)([a-z_][\w.]*)\b(?!\()(?:\s+(?:AS\s+)?([a-z_]\w*))?/gi)) {
    const alias = m[2] && !KEYWORDS.has(m[2].toLowerCase()) ? m[2] : m[1];
    found.push({ alias, table: m[1], at: m.index });
  }
  for (const m of text.matchAll(/(?:selectFrom|Join|updateTable|deleteFrom)\(\s*'([a-z_][\w.]*)(?:\s+as\s+(\w+))?'/g)) {
    found.push({ alias: m[2] ?? m[1], table: m[1], at: m.index });
  }
  return found;
}

/** The table an alias names at a position: the nearest declaration before it, else the first after. */
function resolve(decls: Declaration[], alias: string, at: number): string | undefined {
  const same = decls.filter((d) => d.alias === alias);
  return (same.filter((d) => d.at <= at).at(-1) ?? same.find((d) => d.at > at))?.table;
}

/** `alias.column` references, leaving out the template's `${…}` values (JavaScript, not SQL). */
const refsIn = (text: string) => [...text.replace(/\$\{[^}]*\}/g, '?').matchAll(/\b([a-z_]\w*)\.([a-z_]\w*)\b/gi)]
  .map((m) => ({ alias: m[1], column: m[2] })).filter((r) => r.alias !== 'sql');

/** Whether `a.org_id = b.org_id` (either order) ties one of `left` to one of `right`. */
function tiesOrgId(text: string, left: string[], right: string[]): boolean {
  return [...text.matchAll(/\b(\w+)\.org_id\s*=\s*(\w+)\.org_id\b/g)]
    .some(([, a, b]) => (left.includes(a) && right.includes(b)) || (left.includes(b) && right.includes(a)));
}

/** The text from `open` (just after an opening parenthesis) to its closing one. */
function untilClose(text: string, open: number): string {
  let depth = 1;
  for (let i = open; i < text.length; i += 1) {
    depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    if (depth === 0) {
      return text.slice(open, i);
    }
  }
  return text.slice(open);
}

interface Finding { file: string; line: number; join: string; condition: string }

function scanFile(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const decls = declarations(text);
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  /** A join of distributed `alias` needs org_id when a side it is compared with is distributed or derived. */
  const check = (at: number, table: string, alias: string, condition: string, resolveAt: (a: string) => string | undefined) => {
    if (sideOf(table) !== 'distributed') {
      return;
    }
    const others = [...new Set(refsIn(condition).map((r) => r.alias).filter((a) => a !== alias))];
    const needing = others.filter((a) => ['distributed', 'derived'].includes(sideOf(resolveAt(a))));
    if (needing.length > 0 && !tiesOrgId(condition, [alias], needing)) {
      findings.push({ file, line: lineAt(at), join: `${table} ${alias}`, condition: condition.replace(/\s+/g, ' ').trim() });
    }
  };
  // A tagged template's aliases are looked up within it (between the backticks around the join).
  const inTemplate = (at: number) => (a: string) => {
    const start = text.lastIndexOf('`', at);
    const end = text.indexOf('`', at);
    const window = text.slice(start + 1, end < 0 ? undefined : end);
    return resolve(declarations(window), a, at - start - 1);
  };
  const sqlJoin = /\bJOIN\s+(?!LATERAL\b)([a-z_][\w.]*)(?:\s+(?:AS\s+)?(?!ON\b)([a-z_]\w*))?\s+ON\s+([\s\S]*?)(?=\b(?:JOIN|WHERE|GROUP|ORDER|LEFT|INNER|CROSS|RIGHT|FULL|LIMIT|UNION|HAVING)\b|\)|`|$)/gi;
  for (const m of text.matchAll(sqlJoin)) {
    check(m.index, m[1], m[2] ?? m[1], m[3], inTemplate(m.index));
  }
  // Kysely: .innerJoin('t as a', 'a.x', 'b.y') or .leftJoin('t as a', (j) => j.onRef(…).onRef(…)).
  for (const m of text.matchAll(/\.(?:inner|left|right|full)Join\(\s*'([a-z_][\w.]*)(?:\s+as\s+(\w+))?'\s*,\s*/g)) {
    const args = untilClose(text, m.index + m[0].length - m[0].replace(/^[^(]*\(/, '').length);
    const pairs = [...args.matchAll(/'(\w+\.\w+)'\s*,\s*(?:'='\s*,\s*)?'(\w+\.\w+)'/g)].map(([, a, b]) => `${a} = ${b}`);
    check(m.index, m[1], m[2] ?? m[1], pairs.join(' AND '), (a) => resolve(decls, a, m.index));
  }
  // LATERAL (SELECT … FROM t x … WHERE x.member_id = m.id): the subquery's rows are joined to the outer row.
  for (const m of text.matchAll(/\bJOIN\s+LATERAL\s*\(/gi)) {
    const body = untilClose(text, m.index + m[0].length);
    const inner = declarations(body);
    const innerAliases = inner.filter((d) => sideOf(d.table) === 'distributed').map((d) => d.alias);
    const declared = new Set(inner.map((d) => d.alias));
    const outer = [...new Set(refsIn(body).map((r) => r.alias).filter((a) => !declared.has(a)))]
      .filter((a) => ['distributed', 'derived'].includes(sideOf(inTemplate(m.index)(a))));
    if (innerAliases.length > 0 && outer.length > 0 && !tiesOrgId(body, innerAliases, outer)) {
      findings.push({ file, line: lineAt(m.index), join: `LATERAL ${inner[0].table} ${inner[0].alias}`, condition: `(${body.replace(/\s+/g, ' ').trim()})` });
    }
  }
  return findings;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      return e.name === 'test' ? [] : sourceFiles(full);
    }
    return /\.ts$/.test(e.name) && !/\.test\.ts$|test-helper\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('joins between union tables (Citus co-location by org_id, docs/scaling.md)', () => {
  const findings = sourceFiles(serverDir).flatMap((f) => scanFile(path.relative(serverDir, f), fs.readFileSync(f, 'utf8')));
  const allowed = (f: Finding) => ALLOWED.some((a) => a.file === f.file && a.join === f.join);

  it('flags a join without org_id and passes one with it', () => {
    const joins = (text: string) => scanFile('x.ts', text).map((f) => f.join);
    expect(joins('sql`FROM funds f JOIN ledger_entries e ON e.fund_id = f.id`')).toEqual(['ledger_entries e']);
    expect(joins('sql`FROM funds f JOIN ledger_entries e ON e.org_id = f.org_id AND e.fund_id = f.id`')).toEqual([]);
    expect(joins('sql`FROM ledger_entries e LEFT JOIN users u ON u.id = e.recorded_by`')).toEqual([]);
    expect(joins('sql`) x JOIN members m ON m.id = x.member_id`')).toEqual(['members m']);
    expect(joins('sql`FROM workplace_meetings w JOIN meeting_issues i ON i.meeting_id = ${meeting.id}`')).toEqual([]);
    expect(joins("db.selectFrom('dues_payments as d').innerJoin('members as m', 'm.id', 'd.member_id')")).toEqual(['members m']);
    expect(joins("db.selectFrom('dues_payments as d').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'd.org_id').onRef('m.id', '=', 'd.member_id'))"))
      .toEqual([]);
    expect(joins('sql`FROM members m LEFT JOIN LATERAL (SELECT p.status FROM derived.member_status_periods p WHERE p.member_id = m.id) s ON true`'))
      .toEqual(['LATERAL derived.member_status_periods p']);
    expect(joins('sql`FROM members m LEFT JOIN LATERAL (SELECT p.status FROM derived.member_status_periods p WHERE p.org_id = m.org_id AND p.member_id = m.id) s ON true`'))
      .toEqual([]);
  });

  it('reads the server’s source files', () => {
    expect(sourceFiles(serverDir).length).toBeGreaterThan(100);
  });

  it('ties org_id in every join between two union tables', () => {
    const missing = findings.filter((f) => !allowed(f)).map((f) => `${f.file}:${f.line} JOIN ${f.join}${f.join.startsWith('LATERAL') ? ' ' : ' ON '}${f.condition}`);
    expect(missing, 'add `a.org_id = b.org_id` to these joins').toEqual([]);
  });

  it('keeps no allow-list entry that matches no join', () => {
    const stale = ALLOWED.filter((a) => !findings.some((f) => f.file === a.file && f.join === a.join));
    expect(stale.map((a) => `${a.file} ${a.join}`)).toEqual([]);
  });
});
