import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEMO_PASSWORD } from '../demo/load-demo.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// Which requests read on DATABASE_READ_URL's replica: the app gets, as its `readDb`, the same database seen through a
// counting plugin, so the routes answer as usual and the count says whether they went through it. (The real replica:
// scripts/replica-test.sh and replica.int.test.ts.)
let t: TestApp;
let app: ReturnType<typeof createApp>;
let readQueries = 0;
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      readQueries += 1;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  app = createApp(t.handle.db, t.handle.engine, { readDb: t.handle.db.withPlugin(counting) });
});
afterAll(() => t.close());

async function readsOnReplica(user: string, method: string, path: string, body?: unknown): Promise<number> {
  if (!cookies.has(user)) {
    const login = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
    });
    cookies.set(user, login.headers.get('set-cookie')!.split(';')[0]);
  }
  const before = readQueries;
  const res = await app.request(path, {
    method,
    headers: { Cookie: cookies.get(user)!, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBe(200);
  return readQueries - before;
}

describe('the read replica (readDb) serves the roll-ups and their exports, nothing else', () => {
  it('reads the federation roll-up, its .xlsx and .docx, and Mẫu 2-HĐCĐ with its .xlsx on the replica', async () => {
    const province = t.orgs.province;
    for (const path of [
      `/api/orgs/${province}/subordinates?date=2023-12-31&year=2023`,
      `/api/orgs/${province}/rollup.xlsx?date=2023-12-31&year=2023`,
      `/api/orgs/${province}/rollup.docx?date=2023-12-31&year=2023`,
      `/api/orgs/${province}/statistical-form?date=2025-11-30`,
      `/api/orgs/${province}/statistical-form.xlsx?date=2025-11-30`,
    ]) {
      expect(await readsOnReplica('tinh.canbo', 'GET', path), path).toBeGreaterThan(0);
    }
  });

  it("keeps writes, and a union's own pages, on the primary", async () => {
    const seed = t.orgs.seed;
    expect(await readsOnReplica('huongbinh.chutich', 'POST', `/api/orgs/${seed}/members`, {
      code: 'RR01', fullName: 'Lê Thị Chính', sex: 'female', category: 'khong_chuyen_trach', joinedOn: '2024-03-01', partyMember: false,
    })).toBe(0);
    expect(await readsOnReplica('huongbinh.chutich', 'GET', `/api/orgs/${seed}/members?q=chinh`)).toBe(0);
    expect(await readsOnReplica('huongbinh.chutich', 'GET', `/api/orgs/${seed}`)).toBe(0);
    expect(await readsOnReplica('tinh.canbo', 'GET', '/api/auth/me')).toBe(0);
  });
});
