import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { ensureShippedRuleSets } from '../modules/rules/rules.service.ts';

// Migrate and load the demo once per run; each test file then clones this template
// (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
declare module 'vitest' {
  export interface ProvidedContext {
    templateDump: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const engine = process.env.TEST_ENGINE ?? project.config.env?.TEST_ENGINE;
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `congdoan_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name) });
    await migrate(handle.db);
    await ensureShippedRuleSets(handle.db);
    await loadDemo(handle.db);
    await handle.close();
    project.provide('templateDatabase', name);
    project.provide('templateDump', '');
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [name, `${name}_f%`]);
      for (const r of rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      }
      await admin.end();
    };
  }
  const handle = await openDatabase({});
  await migrate(handle.db);
  await ensureShippedRuleSets(handle.db);
  await loadDemo(handle.db);
  const pglite = handle.pglite;
  if (!pglite) {
    throw new Error('PGlite handle expected');
  }
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-tpl-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('templateDump', file);
  project.provide('templateDatabase', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
