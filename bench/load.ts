// npm run bench:load — many users at once: the real app over HTTP on loopback, a union of LOAD_MEMBERS members,
// LOAD_CLIENTS concurrent clients for LOAD_SECONDS over the main read routes. Prints requests/s, errors and
// latency percentiles per route, and how long the server's event loop was blocked. Nothing is asserted.
// Engine: PGlite in memory, or DATABASE_URL's server (use a database made for the run: the demo is loaded into it).
// `--database-url URL` (or --data-dir) of a database made by `npm run bench:data` uses that federation as it is:
// chairs of its largest union (member list, search, the dashboard's calls) and officers of the province (the commune
// union's and the province's roll-up); nothing is generated, the accounts are added once.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'kysely';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { ensureShippedRuleSets } from '../server/modules/rules/rules.service.ts';
import { loadDemo } from '../server/demo/load-demo.ts';
import { createUser } from '../server/modules/accounts/accounts.service.ts';
import { addScaleData } from './scale-data.ts';
import { findGenerated } from './generate/find.ts';
import { loadClientSource, type LoadResult, type RoutePick } from './load-client.ts';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const SECONDS = Math.min(Number(process.env.LOAD_SECONDS ?? 60), 600);
const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 5000);
const USERS = Number(process.env.LOAD_USERS ?? 20);
/** Weight of the province's whole roll-up among the officers' requests (a pre-generated federation only). */
const PROVINCE_WEIGHT = Number(process.env.LOAD_PROVINCE_WEIGHT ?? 4);
const PASSWORD = 'tai-khoan-do-tai-2026';

const { values: args } = parseArgs({
  options: { 'database-url': { type: 'string', default: process.env.DATABASE_URL }, 'data-dir': { type: 'string' } },
});
const handle = await openDatabase({ databaseUrl: args['database-url'], dataDir: args['data-dir'] });
await migrate(handle.db);
// The rules the server loads at boot (main.ts): without them no dues are owed and the dues figures cost nothing.
await ensureShippedRuleSets(handle.db);
const t0 = performance.now();
// A database made by bench:data: its largest union and the federation above it, as they are (nothing generated).
const fed = await findGenerated(handle.db);
let big: number;
let routes: RoutePick[];
let dataLine: string;
if (fed) {
  big = fed.unions[0].id;
  const commune = fed.unions[0].parentId;
  const { year, asOf } = fed;
  // Half the accounts chair the largest union; the other half are officers of the province (they read its roll-up and
  // the commune union's, and may open the union's pages).
  for (let i = 0; i < USERS; i += 1) {
    const username = `tai.${i}`;
    if (!(await handle.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())) {
      await createUser(handle.db, {
        username, fullName: `Người dùng thử tải ${i}`, password: PASSWORD,
        roles: [i % 2 === 0 ? { orgId: big, role: 'chair' } : { orgId: fed.rootId, role: 'officer' }],
      });
    }
  }
  const pages = Math.ceil(fed.unions[0].members / 25);
  routes = [
    { name: 'member list by name', weight: 20, paths: Array.from({ length: pages }, (_, p) => `/api/orgs/${big}/members?page=${p + 1}&pageSize=25&sort=name`) },
    { name: 'member search', weight: 10, paths: ['nguyen thi lan', 'tran', 'dv012', 'hoang van', 'yen'].map((q) =>
      `/api/orgs/${big}/members?q=${encodeURIComponent(q)}&status=all`) },
    { name: 'dashboard: member stats', weight: 10, paths: [`/api/orgs/${big}/members/stats?date=${asOf}`] },
    { name: 'dashboard: union', weight: 8, paths: [`/api/orgs/${big}?date=${asOf}`] },
    { name: 'dashboard: emulation year', weight: 6, paths: [`/api/orgs/${big}/emulation/${year}`] },
    { name: 'dashboard: report reminders', weight: 6, paths: [`/api/orgs/${big}/reports/reminders?year=${year}`] },
    { name: 'dashboard: agreements', weight: 6, paths: [`/api/orgs/${big}/agreements?date=${asOf}`] },
    { name: 'dashboard: dialogue flags', weight: 6, paths: [`/api/orgs/${big}/dialogue/flags?year=${year}`] },
    { name: 'federation: commune roll-up', weight: 12, paths: [`/api/orgs/${commune}/subordinates?date=${asOf}&year=${year}`] },
    { name: 'federation: province roll-up', weight: PROVINCE_WEIGHT, paths: [`/api/orgs/${fed.rootId}/subordinates?date=${asOf}&year=${year}`] },
    { name: 'auth/me', weight: 6, paths: ['/api/auth/me'] },
  ];
  dataLine = `data: bench:data federation, ${fed.unions.length} unions, ${fed.members} members; largest union ${big} (${fed.unions[0].members} members)`;
} else {
  const ids = await loadDemo(handle.db);
  [big] = await addScaleData(handle.db, ids.ward, 1, MEMBERS);
  // A realistic status history: some members suspended (and some of them back), some gone.
  await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date)
    SELECT org_id, id, 'suspended', '2025-06-01' FROM members WHERE org_id = ${big} AND id % 20 = 0`.execute(handle.db);
  await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date)
    SELECT org_id, id, 'resumed', '2026-01-15' FROM members WHERE org_id = ${big} AND id % 40 = 0`.execute(handle.db);
  await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date)
    SELECT org_id, id, 'left', '2024-09-01' FROM members WHERE org_id = ${big} AND id % 33 = 0 AND id % 20 <> 0`.execute(handle.db);
  // Half the accounts hold office in the big union, half in the ward union above it (they read the subordinates).
  for (let i = 0; i < USERS; i += 1) {
    await createUser(handle.db, {
      username: `tai.${i}`, fullName: `Người dùng thử tải ${i}`, password: PASSWORD,
      roles: [i % 2 === 0 ? { orgId: big, role: 'chair' } : { orgId: ids.ward, role: 'officer' }],
    });
  }
  const pages = Math.ceil(MEMBERS / 25);
  routes = [
    { name: 'member list by name', weight: 25, paths: Array.from({ length: pages }, (_, p) => `/api/orgs/${big}/members?page=${p + 1}&pageSize=25&sort=name`) },
    { name: 'member list, other sort', weight: 10, paths: ['code', 'joinedOn', 'birthDate'].flatMap((s) => ['asc', 'desc'].map((d) =>
      `/api/orgs/${big}/members?page=${1 + (s.length % 7)}&pageSize=25&sort=${s}&dir=${d}&status=current`)) },
    { name: 'member search', weight: 10, paths: ['nguyen thi lan', 'tran', 'M12', 'hoang van', 'yen'].map((q) =>
      `/api/orgs/${big}/members?q=${encodeURIComponent(q)}&status=all`) },
    { name: 'member stats', weight: 15, paths: ['2024-12-31', '2025-12-31', '2026-11-30'].map((d) => `/api/orgs/${big}/members/stats?date=${d}`) },
    { name: 'dashboard org', weight: 10, paths: [`/api/orgs/${big}`] },
    { name: 'federation subordinates', weight: 10, paths: [`/api/orgs/${ids.ward}/subordinates`, `/api/orgs/${ids.ward}/subordinates?date=2025-12-31`] },
    { name: 'annual report draft', weight: 10, paths: [`/api/orgs/${big}/reports/annual/2025`] },
    { name: 'auth/me', weight: 10, paths: ['/api/auth/me'] },
  ];
  dataLine = `data: demo + 1 union of ${MEMBERS} members`;
}
const loadedIn = (performance.now() - t0) / 1000;

const app = createApp(handle.db, handle.engine);
const server = await new Promise<ServerType>((resolve, reject) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  s.once('error', reject);
});
const address = server.address();
if (address === null || typeof address === 'string') {
  throw new Error('no TCP address');
}
const baseUrl = `http://127.0.0.1:${address.port}`;


// The clients run in a worker thread, so their own work does not count as the server's event-loop delay.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const worker = new Worker(loadClientSource, {
  eval: true,
  workerData: {
    baseUrl, routes, clients: CLIENTS, seconds: SECONDS, password: PASSWORD,
    usernames: Array.from({ length: USERS }, (_, i) => `tai.${i}`),
    // Federation officers only read what the ward sees; chairs only their union.
    federationUsers: Array.from({ length: USERS }, (_, i) => i % 2 === 1),
  },
});
const result = await new Promise<LoadResult>((resolve, reject) => {
  worker.once('message', (m: LoadResult) => {
    loopDelay.disable();
    resolve(m);
  });
  worker.once('error', reject);
});
await worker.terminate();
await new Promise<void>((resolve) => server.close(() => resolve()));
await handle.close();

const pct = (sorted: number[], p: number) => sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
console.log(`congdoan bench:load — ${handle.engine}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
console.log(`${dataLine} (ready in ${loadedIn.toFixed(1)} s); ${USERS} accounts, ${CLIENTS} clients, ${result.seconds.toFixed(1)} s`);
console.log(`login: ${result.loginErrors} errors`);
const all: number[] = [];
let errors = 0;
console.log(`${'route'.padEnd(26)} ${'requests'.padStart(8)} ${'req/s'.padStart(7)} ${'errors'.padStart(6)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}`);
const line = (name: string, lat: number[], errs: number) => {
  const s = [...lat].sort((a, b) => a - b);
  console.log(`${name.padEnd(26)} ${String(s.length).padStart(8)} ${(s.length / result.seconds).toFixed(1).padStart(7)} ${String(errs).padStart(6)} `
    + `${ms(pct(s, 0.5))} ${ms(pct(s, 0.95))} ${ms(pct(s, 0.99))} ${ms(s.at(-1) ?? 0)}`);
};
for (const r of result.routes) {
  line(r.name, r.latencies, r.errors);
  all.push(...r.latencies);
  errors += r.errors;
}
line('all', all, errors);
for (const e of result.errorSamples) {
  console.log(`  error: ${e}`);
}
const nsToMs = (v: number) => v / 1e6;
console.log(`server event loop blocked: p50 ${nsToMs(loopDelay.percentile(50)).toFixed(1)} ms, p99 ${nsToMs(loopDelay.percentile(99)).toFixed(1)} ms, `
  + `max ${nsToMs(loopDelay.max).toFixed(1)} ms (monitorEventLoopDelay, 10 ms resolution)`);
