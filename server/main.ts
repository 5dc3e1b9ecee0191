import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type DbHandle } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { hasAnyUser } from './modules/accounts/accounts.service.ts';
import { ensureShippedRuleSets } from './modules/rules/rules.service.ts';

/** Opens the database the configuration names and brings its schema up to date. */
export async function openAndMigrate(config: Config, dataDir = config.dataDir): Promise<DbHandle> {
  if (config.databaseReadUrl && !config.databaseUrl) {
    console.warn('DATABASE_READ_URL bị bỏ qua: bản sao chỉ đọc chỉ dùng cùng DATABASE_URL (PostgreSQL) / ignored without DATABASE_URL.');
  }
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, readDatabaseUrl: config.databaseReadUrl, dataDir });
  const applied = await migrate(handle.db);
  const engine = handle.engine === 'pglite' ? 'PGlite (PostgreSQL nhúng)' : 'PostgreSQL';
  console.log(`Cơ sở dữ liệu / database: ${engine} — ${handle.location}`);
  if (applied.length > 0) {
    console.log(`Đã áp dụng migration / applied: ${applied.join(', ')}`);
  }
  const rules = await ensureShippedRuleSets(handle.db);
  if (rules.added.length + rules.updated.length > 0) {
    console.log(`Bộ quy định kèm theo / shipped rule sets: ${[...rules.added, ...rules.updated].join(', ')}`);
  }
  return handle;
}

const SETUP_POLL_MS = 3000;

function listen(app: ReturnType<typeof createApp>, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Listens on `host` (HOST), or on every interface once an administrator exists. Before the first-run setup, and
 * unless HOST says otherwise, only this machine may connect: nobody on the network can claim the new install; the
 * server opens to the network as soon as the setup is done.
 */
export async function startServer(handle: DbHandle, port: number, host?: string): Promise<{ close(): Promise<void> }> {
  const app = createApp(handle.db, handle.engine, { readDb: handle.readDb });
  if (handle.pglite && handle.location !== 'memory://') {
    lockDataDir(handle.location);
  }
  const waitingForSetup = host === undefined && !(await hasAnyUser(handle.db));
  let server = await listen(app, port, host ?? (waitingForSetup ? '127.0.0.1' : '0.0.0.0'));
  console.log(`congdoan đang chạy tại / running at http://localhost:${port}`);
  let poll: NodeJS.Timeout | undefined;
  if (waitingForSetup) {
    console.log('Chưa thiết lập: chỉ nhận kết nối từ máy này cho đến khi tạo tài khoản quản trị / listening on localhost until the first-run setup is done.');
    poll = setInterval(() => {
      void hasAnyUser(handle.db).then(async (done) => {
        if (!done || !poll) {
          return;
        }
        clearInterval(poll);
        poll = undefined;
        await new Promise<void>((closed) => server.close(() => closed()));
        server = await listen(app, port, '0.0.0.0');
        console.log('Đã thiết lập: máy chủ mở cho mạng nội bộ / setup done: listening on every interface.');
      });
    }, SETUP_POLL_MS);
  }
  const close = () => {
    clearInterval(poll);
    return new Promise<void>((done) => server.close(() => done()));
  };
  const shutdown = async () => {
    await close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  return { close };
}
