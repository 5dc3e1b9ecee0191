// npm run bench — measures the main reads on a union of realistic size and a federation of many unions.
// Prints figures; nothing here is asserted. Engine: PGlite (in memory), or DATABASE_URL's server.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { loadDemo } from '../server/demo/load-demo.ts';
import { SYSTEM_CALLER } from '../server/core/access.ts';
import { listMembers, getMemberStats } from '../server/modules/members/members.service.ts';
import { getOrgTree } from '../server/modules/orgs/orgs.service.ts';
import { annualDraftDocx } from '../server/modules/reports/reports.service.ts';
import { addScaleData } from './scale-data.ts';

const UNIONS = Number(process.env.BENCH_UNIONS ?? 200);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 500);

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))];
  console.log(`${label.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   (${runs} runs)`);
}

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
await migrate(handle.db);
const ids = await loadDemo(handle.db);
const t0 = performance.now();
const bench = await addScaleData(handle.db, ids.ward, UNIONS, MEMBERS);
console.log(`congdoan bench — ${handle.engine}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
console.log(`data: ${UNIONS} unions × ${MEMBERS} members = ${UNIONS * MEMBERS} members, loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const big = bench[0];
const q = { page: 1, pageSize: 25, status: 'active' as const, sort: 'name' as const, dir: 'asc' as const };
await time(`member list, page 1 by name (${MEMBERS} members)`, 30, () => listMembers(handle.db, SYSTEM_CALLER, big, q));
await time('member list, last page by name', 30, () => listMembers(handle.db, SYSTEM_CALLER, big, { ...q, page: Math.ceil(MEMBERS / 25) }));
await time('member search without diacritics ("nguyen thi lan")', 30, () => listMembers(handle.db, SYSTEM_CALLER, big, { ...q, q: 'nguyen thi lan' }));
await time('member statistics at a date', 30, () => getMemberStats(handle.db, SYSTEM_CALLER, big, '2025-12-31'));
await time(`organisation tree of the whole province (${UNIONS + 10} orgs)`, 30, () => getOrgTree(handle.db, SYSTEM_CALLER, '2026-11-25'));
await time('annual report 2023 of the seed union, composed + .docx', 10, () => annualDraftDocx(handle.db, SYSTEM_CALLER, ids.seed, 2023));
await handle.close();
