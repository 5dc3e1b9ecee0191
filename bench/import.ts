// npm run bench:import — the Excel import at factory scale. Writes a 100,000-row workbook with exceljs' streaming
// writer, imports it over HTTP into a fresh union on PGlite (on a temporary data directory) or on DATABASE_URL's
// server, while a second client keeps asking GET /api/health (the import must not stall other requests); then a file
// whose row 99,990 is bad must be refused with nothing written. Prints figures; nothing is asserted but the all-or-nothing check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { loadDemo } from '../server/demo/load-demo.ts';
import { SYSTEM_CALLER } from '../server/core/access.ts';
import type { ImportResult } from '../shared/contracts/members.contract.ts';
import { importMembers } from '../server/modules/members/members.excel.ts';
import { benchWorkbook } from './import-workbook.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BAD_ROW = ROWS - 10; // the Excel row number of data row ROWS - 11: "row 99,990" of 100,000
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// PGlite as `npm start` runs it: on a data directory (a temporary one, removed at the end). In memory, its file
// system grows by copying whole arrays, which costs an import of this size seconds that no installation pays.
const dataDir = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-bench-import-'));
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
await migrate(handle.db);
const ids = await loadDemo(handle.db);
console.log(`congdoan bench:import — ${handle.engine} (${dataDir ? 'data directory' : handle.location}), Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${mb(os.totalmem() / 1024)} RAM`);

let t0 = performance.now();
const good = await benchWorkbook(ROWS);
const bad = await benchWorkbook(ROWS, BAD_ROW);
console.log(`workbooks: ${ROWS} rows, ${(good.length / 1e6).toFixed(1)} MB each, written in ${seconds(t0)} (streaming writer)`);
const rssBefore = process.resourceUsage().maxRSS;

/** A new, empty enterprise union under the demo's ward union. */
async function freshUnion(code: string): Promise<number> {
  const org = await handle.db.insertInto('organisations').values({ code, established_on: '2015-01-01' }).returning('id').executeTakeFirstOrThrow();
  await handle.db.insertInto('org_versions').values({
    org_id: org.id, valid_from: '2015-01-01', name: `Công đoàn cơ sở Công ty May ${code}`, short_name: code,
    kind: 'private_enterprise', parent_id: ids.ward,
  }).execute();
  return org.id;
}

// The import service (what POST …/members/import calls) runs while GET /api/health goes through the HTTP app.
const app = createApp(handle.db, handle.engine);
const orgId = await freshUnion('BENCH-IMPORT-1');
const upload = async (file: Buffer, dryRun: boolean) => {
  const started = performance.now();
  const result = await importMembers(handle.db, SYSTEM_CALLER, orgId, file, { dryRun, mode: 'create' }).catch((e: unknown) => e);
  return { result, ms: performance.now() - started };
};

/** Asks /api/health every 50 ms while `work` runs; reports the slowest answer. */
async function whileAnswering<T>(work: () => Promise<T>): Promise<{ value: T; slowestMs: number; answered: number }> {
  let done = false;
  let slowestMs = 0;
  let answered = 0;
  const prober = (async () => {
    while (!done) {
      const t = performance.now();
      const res = await app.request('/api/health');
      await res.arrayBuffer();
      slowestMs = Math.max(slowestMs, performance.now() - t);
      answered += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const value = await work();
  done = true;
  await prober;
  return { value, slowestMs, answered };
}

t0 = performance.now();
const check = await whileAnswering(() => upload(good, true));
const checked = check.value.result as ImportResult;
if (!checked.valid) {
  console.log(checked.errors.slice(0, 5));
}
console.log(`check (dry run) of ${ROWS} rows: ${seconds(t0)} — valid ${checked.valid}, ${checked.created} to create; ` +
  `GET /api/health answered ${check.answered}× meanwhile, slowest ${check.slowestMs.toFixed(0)} ms`);

t0 = performance.now();
const run = await whileAnswering(() => upload(good, false));
const imported = run.value.result as ImportResult;
console.log(`import of ${ROWS} rows (check + write): ${seconds(t0)} — ${imported.imported} members written; ` +
  `GET /api/health answered ${run.answered}× meanwhile, slowest ${run.slowestMs.toFixed(0)} ms`);
const counted = await handle.db.selectFrom('members').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow();
const events = await handle.db.selectFrom('member_status_events').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow();
console.log(`  in the database: ${counted.n} members, ${events.n} admission events`);

const orgId2 = await freshUnion('BENCH-IMPORT-2');
t0 = performance.now();
const refused = await importMembers(handle.db, SYSTEM_CALLER, orgId2, bad, { dryRun: false, mode: 'create' }).catch((e: unknown) => e);
const details = (refused as { details?: ImportResult }).details;
const written = await handle.db.selectFrom('members').select((eb) => eb.fn.countAll<string>().as('n')).where('org_id', '=', orgId2).executeTakeFirstOrThrow();
console.log(`file with a bad row ${BAD_ROW}: refused in ${seconds(t0)} — ${details?.errors.map((e) => `dòng ${e.row}, cột "${e.column}": ${e.message}`).join(' | ') ?? String(refused)}; ` +
  `members written: ${written.n}`);
if (!details || details.errors[0]?.row !== BAD_ROW || Number(written.n) !== 0) {
  console.error('FAILED: the bad row was not reported, or something was written');
  process.exitCode = 1;
}
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)} (after writing the workbooks: ${mb(rssBefore)})`);
await handle.close();
if (dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
