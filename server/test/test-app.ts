import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../app.ts';
import { openDatabase, type DbHandle } from '../db/client.ts';
import { DEMO_CODES, DEMO_PASSWORD } from '../demo/load-demo.ts';
import { withDatabase } from './global-setup.ts';

export type DemoOrg = keyof typeof DEMO_CODES;

/** A fresh copy of the migrated demo database for one test file, on the engine of this run. */
export async function openTestDatabase(): Promise<DbHandle> {
  if (process.env.TEST_ENGINE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const template = inject('templateDatabase');
    const name = `${template}_f${process.pid}_${Math.floor(Math.random() * 1e9)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name) });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await untilDisconnected(a, name);
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('templateDump'));
  return openDatabase({ loadDataDir: new Blob([dump]) });
}

/**
 * An empty, unmigrated database on the engine of this run (PGlite in memory, or a new PostgreSQL database);
 * closing it drops it.
 */
export async function openEmptyDatabase(): Promise<DbHandle> {
  if (process.env.TEST_ENGINE !== 'postgres') {
    return openDatabase({});
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `congdoan_empty_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const handle = await openDatabase({ databaseUrl: withDatabase(url, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await untilDisconnected(admin, name);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Lets a closed pool's connections say goodbye first, or a forced drop kills them mid-sentence (an unhandled error). */
async function untilDisconnected(admin: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database]);
    if (rows[0].n === 0) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface TestApp {
  handle: DbHandle;
  orgs: Record<DemoOrg, number>;
  /** A request as a logged-in demo user (or anonymous with null). */
  as(username: string | null): Requester;
  close(): Promise<void>;
}

export interface Requester {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown): Promise<Response>;
  upload(path: string, bytes: Uint8Array | Buffer): Promise<Response>;
  /** Any method, any body, any content type (the fuzz test). */
  raw(method: string, path: string, body?: string | Uint8Array, type?: string): Promise<Response>;
}

export async function createTestApp(): Promise<TestApp> {
  const handle = await openTestDatabase();
  const app = createApp(handle.db, handle.engine);
  const rows = await handle.db.selectFrom('organisations').select(['id', 'code']).execute();
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const orgs = Object.fromEntries(
    Object.entries(DEMO_CODES).map(([k, code]) => [k, byCode.get(code)!]),
  ) as Record<DemoOrg, number>;
  const cookies = new Map<string, string>();

  const cookieFor = async (username: string | null): Promise<string | undefined> => {
    if (username === null) {
      return undefined;
    }
    if (!cookies.has(username)) {
      const res = await app.request('/api/auth/login', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (res.status !== 200) {
        throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      }
      cookies.set(username, res.headers.get('set-cookie')!.split(';')[0]);
    }
    return cookies.get(username);
  };

  const as = (username: string | null): Requester => {
    const call = async (method: string, path: string, body?: BodyInit, type?: string) => {
      const cookie = await cookieFor(username);
      const headers: Record<string, string> = {};
      if (cookie) {
        headers.Cookie = cookie;
      }
      if (type) {
        headers['Content-Type'] = type;
      }
      return app.request(path, { method, headers, body });
    };
    return {
      get: (path) => call('GET', path),
      send: (method, path, body) =>
        call(method, path, body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), 'application/json'),
      upload: (path, bytes) =>
        call('POST', path, new Uint8Array(bytes), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      raw: (method, path, body, type) => call(method, path, typeof body === 'string' || body === undefined ? body : new Uint8Array(body), type),
    };
  };

  return { handle, orgs, as, close: () => handle.close() };
}
