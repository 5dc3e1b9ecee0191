// The real app for a browser test: an in-memory PGlite, migrated, with the demo loaded,
// served with the built web app (web/dist) on a free port of 127.0.0.1.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { openDatabase, type DbHandle } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { DEMO_CODES, loadDemo } from '../../server/demo/load-demo.ts';
import { ensureShippedRuleSets } from '../../server/modules/rules/rules.service.ts';

const webIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist/index.html');

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  handle: DbHandle;
  /** Organisation id by code (CDCS-HUONGBINH, LDLD-HUE, CDCS-MAYHUONGSON, …). */
  orgId(code: string): Promise<number>;
  close(): Promise<void>;
}

export const ORG = DEMO_CODES;

export async function startServer(): Promise<TestServer> {
  if (!fs.existsSync(webIndex)) {
    throw new Error('web/dist is missing: run `npm run test:e2e` (it builds the web app) or `npx vite build --config web/vite.config.ts` first');
  }
  const handle = await openDatabase({});
  await migrate(handle.db);
  await ensureShippedRuleSets(handle.db); // as server/main.ts does at boot: the law as data
  await loadDemo(handle.db);
  const app = createApp(handle.db, handle.engine);

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    async orgId(code: string) {
      const row = await handle.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}
