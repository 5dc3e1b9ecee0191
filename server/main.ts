import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type DbHandle } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { lockDataDir } from './db/data-dir-lock.ts';

/** Opens the database the configuration names and brings its schema up to date. */
export async function openAndMigrate(config: Config, dataDir = config.dataDir): Promise<DbHandle> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir });
  const applied = await migrate(handle.db);
  const engine = handle.engine === 'pglite' ? 'PGlite (PostgreSQL nhúng)' : 'PostgreSQL';
  console.log(`Cơ sở dữ liệu / database: ${engine} — ${handle.location}`);
  if (applied.length > 0) {
    console.log(`Đã áp dụng migration / applied: ${applied.join(', ')}`);
  }
  return handle;
}

export function startServer(handle: DbHandle, port: number): Promise<{ close(): Promise<void> }> {
  const app = createApp(handle.db, handle.engine);
  if (handle.pglite && handle.location !== 'memory://') {
    lockDataDir(handle.location);
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: '0.0.0.0' }, (info) => {
      console.log(`congdoan đang chạy tại / running at http://localhost:${info.port}`);
      resolve({
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    const shutdown = async () => {
      server.close();
      await handle.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
  });
}
