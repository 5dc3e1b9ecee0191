// npm run bench — the main reads at a federation's size, each beside its floor (the bare SQL it sends, run directly).
//   npm run bench                                   PGlite in memory, generates 1.000 unions / 100.000 members
//   npm run bench -- --database-url URL             PostgreSQL; uses the federation bench:data made there, or
//                                                   generates one (--unions, --members) into an empty database
//   npm run bench -- --data-dir DIR                 PGlite on a data directory (same rule)
//   --runs N (default 20; the roll-ups run N/2 or --rollup-runs), --only TEXT / --skip 'TEXT|TEXT' (operations by label), --explain (EXPLAIN (ANALYZE, BUFFERS) of each operation's slowest query)
// Prints a markdown table; nothing is asserted. Not part of the tests.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { floorRunner, recordQueries, type RecordedQuery } from './floors.ts';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { ensureShippedRuleSets } from '../server/modules/rules/rules.service.ts';
import { SYSTEM_CALLER } from '../server/core/access.ts';
import { listMembers } from '../server/modules/members/members.service.ts';
import { annualDraftDocx } from '../server/modules/reports/reports.service.ts';
import { rollupOf } from '../server/modules/federation/federation.service.ts';
import { getYear } from '../server/modules/emulation/emulation.service.ts';
import { getBalances } from '../server/modules/finance/ledger.service.ts';
import { generateFederation } from './generate/federation.ts';
import { findGenerated } from './generate/find.ts';

const { values: a } = parseArgs({
  options: {
    'database-url': { type: 'string', default: process.env.DATABASE_URL },
    'data-dir': { type: 'string' },
    unions: { type: 'string', default: '1000' },
    members: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    explain: { type: 'boolean', default: false },
    only: { type: 'string' },
    skip: { type: 'string' },
    'rollup-runs': { type: 'string' },
  },
});
const RUNS = Number(a.runs);

const handle = await openDatabase({ databaseUrl: a['database-url'], dataDir: a['data-dir'] });
await migrate(handle.db);
// The rules the server loads at boot (main.ts): without them no dues are owed and the dues figures cost nothing.
await ensureShippedRuleSets(handle.db);
let fed = await findGenerated(handle.db);
let generated = '';
if (!fed) {
  const g = await generateFederation(handle.db, { unions: Number(a.unions), members: Number(a.members), log: () => undefined });
  generated = ` (generated here in ${g.seconds.toFixed(0)} s)`;
  fed = (await findGenerated(handle.db))!;
}
const floors = await floorRunner({ databaseUrl: a['database-url'], pglite: handle.pglite });
const { rootId, year, asOf } = fed;
const big = fed.unions[0];
const typical = fed.unions[Math.floor(fed.unions.length / 2)];
console.log(`congdoan bench — ${handle.engine}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`data: ${fed.unions.length} grassroots unions, ${fed.members} members${generated}; largest union ${big.id} (${big.members} members), `
  + `median union ${typical.id} (${typical.members}); date ${asOf}, year ${year}\n`);

interface Line { label: string; median: number; p95: number; floor: number; floorP95: number; queries: number; runs: number }
const lines: Line[] = [];
const explains: string[] = [];
const stats = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
};

async function measure(label: string, runs: number, fn: () => Promise<unknown>) {
  if ((a.only && !a.only.split('|').some((x) => label.includes(x))) || (a.skip && a.skip.split('|').some((x) => label.includes(x)))) {
    return;
  }
  const queries = await recordQueries(fn); // also the warm-up
  await floors.run(queries);
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let t0 = performance.now();
    await fn();
    app.push(performance.now() - t0);
    t0 = performance.now();
    await floors.run(queries);
    bare.push(performance.now() - t0);
  }
  const s = stats(app);
  const f = stats(bare);
  lines.push({ label, median: s.median, p95: s.p95, floor: f.median, floorP95: f.p95, queries: queries.length, runs });
  console.error(`  ${label}: ${s.median.toFixed(1)} ms (floor ${f.median.toFixed(1)} ms, ${queries.length} queries)`);
  if (a.explain) {
    explains.push(`### ${label}\n${await slowest(queries)}`);
  }
}

/** The slowest of an operation's queries, explained. */
async function slowest(queries: readonly RecordedQuery[]): Promise<string> {
  let worst: { q: RecordedQuery; ms: number } | null = null;
  for (const q of queries) {
    const t0 = performance.now();
    await floors.run([q]);
    const ms = performance.now() - t0;
    if (!worst || ms > worst.ms) {
      worst = { q, ms };
    }
  }
  if (!worst) {
    return '(no query)';
  }
  const params = JSON.stringify(worst.q.values).slice(0, 300);
  return `${worst.ms.toFixed(1)} ms of ${queries.length} queries\n\`\`\`sql\n${worst.q.text.trim()}\n-- ${params}\n\`\`\`\n\`\`\`\n${await floors.explain(worst.q)}\n\`\`\``;
}

const page = { page: 1, pageSize: 25, status: 'active' as const, sort: 'name' as const, dir: 'asc' as const };
const rollupRuns = Number(a['rollup-runs'] ?? Math.max(3, Math.floor(RUNS / 2)));
await measure(`federation roll-up, all ${fed.unions.length} unions (rollupOf)`, rollupRuns, () => rollupOf(handle.db, rootId, asOf, year));
const communeUnions = fed.unions.filter((u) => u.parentId === big.parentId);
await measure(`commune roll-up, ${communeUnions.length} unions, ${communeUnions.reduce((x, u) => x + u.members, 0)} members (rollupOf)`, rollupRuns,
  () => rollupOf(handle.db, big.parentId, asOf, year));
await measure(`annual report ${year} .docx, largest union (${big.members})`, RUNS, () => annualDraftDocx(handle.db, SYSTEM_CALLER, big.id, year));
await measure(`annual report ${year} .docx, median union (${typical.members})`, RUNS, () => annualDraftDocx(handle.db, SYSTEM_CALLER, typical.id, year));
await measure('member search without diacritics ("nguyen thi lan"), largest union', RUNS, () =>
  listMembers(handle.db, SYSTEM_CALLER, big.id, { ...page, q: 'nguyen thi lan', status: 'all' }));
await measure('member search, one code ("dv01234"), largest union', RUNS, () =>
  listMembers(handle.db, SYSTEM_CALLER, big.id, { ...page, q: 'dv01234', status: 'all' }));
await measure('member list, page 1 by name, largest union', RUNS, () => listMembers(handle.db, SYSTEM_CALLER, big.id, page));
await measure('member list, middle page by name, largest union', RUNS, () =>
  listMembers(handle.db, SYSTEM_CALLER, big.id, { ...page, page: Math.max(1, Math.floor(big.members / 50)) }));
await measure('emulation year (registrations, titles), largest union', RUNS, () => getYear(handle.db, SYSTEM_CALLER, big.id, year));
await measure('ledger balances on the date, largest union', RUNS, () => getBalances(handle.db, SYSTEM_CALLER, big.id, asOf));

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
console.log(`| operation (${handle.engine}, ${fed.members} members) | median | p95 | floor (median / p95) | ratio | queries | runs |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const l of lines) {
  console.log(`| ${l.label} | ${ms(l.median)} | ${ms(l.p95)} | ${ms(l.floor)} / ${ms(l.floorP95)} | ${(l.median / l.floor).toFixed(2)} | ${l.queries} | ${l.runs} |`);
}
if (explains.length > 0) {
  console.log(`\n${explains.join('\n\n')}`);
}
await floors.close();
await handle.close();
