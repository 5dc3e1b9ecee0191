import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { RequestOrderGate } from './request-order.ts';
import type { Database } from './schema.ts';

// Same driver (node-postgres) and same JS types on both engines:
// dates stay ISO strings, int8 (sums, money) becomes a number when it is safe.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) {
    throw new Error(`Số nguyên vượt giới hạn an toàn: ${v}`);
  }
  return n;
});

export type Db = Kysely<Database>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  /**
   * Where read-only requests that may lag behind (the federation roll-up, its exports) read: a streaming replica's
   * pool when DATABASE_READ_URL is set on PostgreSQL, otherwise the same handle as `db`.
   */
  readDb: Db;
  engine: Engine;
  /** Where the data lives, for the boot message (a path or a URL without password). */
  location: string;
  /** The embedded instance, when the engine is PGlite (tests dump it as a template). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PostgreSQL only: a hot standby (streaming replica) of `databaseUrl` for the roll-ups and exports. */
  readDatabaseUrl?: string;
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (tests clone a migrated template). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const db = openPostgres(options.databaseUrl);
    if (!options.readDatabaseUrl) {
      return { db, readDb: db, engine: 'postgres', location: redactUrl(options.databaseUrl), close: () => db.destroy() };
    }
    const readDb = openPostgres(options.readDatabaseUrl);
    return {
      db,
      readDb,
      engine: 'postgres',
      location: `${redactUrl(options.databaseUrl)} (đọc / reads: ${redactUrl(options.readDatabaseUrl)})`,
      close: async () => {
        await Promise.all([db.destroy(), readDb.destroy()]);
      },
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  // One session: the adapter hands every pool client the same connection object, so one client, kept for good.
  const pool = inRequestOrderPool(new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 }), 1, true);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    readDb: db,
    engine: 'pglite',
    location: dataDir ?? 'memory://',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

const POOL_SIZE = 10;

function openPostgres(url: string): Db {
  const pool = inRequestOrderPool(new pg.Pool({ connectionString: url, max: POOL_SIZE }), POOL_SIZE, false);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Connections go to the oldest request first (request-order.ts) instead of pg-pool's first come, first served.
 * PGlite also runs each query on the main thread and answers through promises alone; under many users the chain of
 * queries never lets Node read new requests, so there each query first yields to I/O.
 */
function inRequestOrderPool(pool: pg.Pool, size: number, yieldFirst: boolean): pg.Pool {
  const gate = new RequestOrderGate(size);
  const wrapped = new WeakSet<pg.PoolClient>();
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  (pool as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
    await gate.enter();
    let client: pg.PoolClient;
    try {
      client = await connect();
    } catch (err) {
      gate.leave();
      throw err;
    }
    // pg-pool gives the client a new release() at each checkout.
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      release(err);
      gate.leave();
    };
    if (yieldFirst && !wrapped.has(client)) {
      wrapped.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      (client as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
        await new Promise((resolve) => setImmediate(resolve));
        return query(...args);
      };
    }
    return client;
  };
  return pool;
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
