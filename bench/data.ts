// npm run bench:data -- --unions 10000 --members 1000000 [--database-url URL | --data-dir DIR] [--provinces N] [--seed N]
// Creates a realistic federation (bench/generate/) in a fresh database: migrates it, generates, prints rows/second per
// table and the total time. Refuses a database that already holds a generated federation.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { ensureShippedRuleSets } from '../server/modules/rules/rules.service.ts';
import { generateFederation } from './generate/federation.ts';
import { findGenerated } from './generate/find.ts';

const { values: a } = parseArgs({
  options: {
    unions: { type: 'string', default: '100' },
    members: { type: 'string', default: '10000' },
    provinces: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    year: { type: 'string', default: '2026' },
    batch: { type: 'string', default: '100000' },
    'dues-months': { type: 'string', default: '11' },
    'attendance-months': { type: 'string', default: '3' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL },
    'data-dir': { type: 'string' },
  },
});

const handle = await openDatabase({ databaseUrl: a['database-url'], dataDir: a['data-dir'] });
try {
  await migrate(handle.db);
  // The rules the server loads at boot (main.ts): without them no dues are owed and the dues figures cost nothing.
  await ensureShippedRuleSets(handle.db);
  if (await findGenerated(handle.db)) {
    throw new Error(`${handle.location} đã có một liên đoàn do bench:data tạo; hãy dùng một cơ sở dữ liệu mới`);
  }
  console.log(`bench:data — ${handle.engine} (${handle.location}), Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
  const t0 = performance.now();
  const g = await generateFederation(handle.db, {
    unions: Number(a.unions), members: Number(a.members), provinces: Number(a.provinces), seed: Number(a.seed), year: Number(a.year),
    batchMembers: Number(a.batch), duesMonths: Number(a['dues-months']), attendanceMonths: Number(a['attendance-months']),
  });
  const sorted = [...g.sizes].sort((x, y) => x - y);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  console.log(`union sizes: min ${sorted[0]}, median ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${sorted.at(-1)}; `
    + `${sorted.filter((s) => s >= 1000).length} unions of 1.000+ hold ${sorted.filter((s) => s >= 1000).reduce((x, y) => x + y, 0)} members`);
  console.log(`| table | rows | seconds | rows/s |\n|---|---:|---:|---:|`);
  let rows = 0;
  for (const t of g.tables) {
    rows += t.rows;
    console.log(`| ${t.table} | ${t.rows} | ${t.seconds.toFixed(1)} | ${t.rows > 0 ? Math.round(t.rows / t.seconds) : ''} |`);
  }
  const total = (performance.now() - t0) / 1000;
  console.log(`total: ${rows} rows in ${total.toFixed(1)} s (${Math.round(rows / total)} rows/s); root ${g.rootId}, largest union ${g.largestUnionId}`);
} finally {
  await handle.close();
}
