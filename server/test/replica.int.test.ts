import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../app.ts';
import type { Db, DbHandle } from '../db/client.ts';
import type { SubordinatesView } from '../../shared/contracts/federation.contract.ts';

// Run by scripts/replica-test.sh, which starts a PostgreSQL primary and a hot standby of it on loopback and loads the
// demo on the primary. Skipped elsewhere (the ordinary suites have no replica), without loading the app.
const primaryUrl = process.env.REPLICA_PRIMARY_URL;
const standbyUrl = process.env.REPLICA_STANDBY_URL;

type App = ReturnType<typeof createApp>;

describe.skipIf(!primaryUrl || !standbyUrl)('the federation roll-up on a streaming replica (DATABASE_READ_URL)', () => {
  let handle: DbHandle;
  /** The app as deployed with a replica, and the same app reading everything on the primary. */
  let app: App;
  let primaryOnly: App;
  let province: number;
  let seed: number;
  const cookies = new Map<string, string>();

  let demoPassword: string;

  beforeAll(async () => {
    const [{ createApp }, { openDatabase }, { DEMO_CODES, DEMO_PASSWORD }] = await Promise.all([
      import('../app.ts'), import('../db/client.ts'), import('../demo/load-demo.ts'),
    ]);
    demoPassword = DEMO_PASSWORD;
    handle = await openDatabase({ databaseUrl: primaryUrl, readDatabaseUrl: standbyUrl });
    app = createApp(handle.db, handle.engine, { readDb: handle.readDb });
    primaryOnly = createApp(handle.db, handle.engine);
    const orgs = await handle.db.selectFrom('organisations').select(['id', 'code']).execute();
    const idOf = (code: string) => orgs.find((o) => o.code === code)!.id;
    province = idOf(DEMO_CODES.province);
    seed = idOf(DEMO_CODES.seed);
    await untilReplayed(handle.db, handle.readDb);
  });
  afterAll(async () => {
    await sql`SELECT pg_wal_replay_resume()`.execute(handle.readDb).catch(() => undefined);
    await handle.close();
  });

  const request = async (target: App, user: string, method: string, path: string, body?: unknown) => {
    if (!cookies.has(user)) {
      const login = await app.request('/api/auth/login', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: user, password: demoPassword }),
      });
      expect(login.status).toBe(200);
      cookies.set(user, login.headers.get('set-cookie')!.split(';')[0]);
    }
    const headers: Record<string, string> = { Cookie: cookies.get(user)! };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return target.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  const rollup = async (target: App = app, query = '') => {
    const res = await request(target, 'tinh.canbo', 'GET', `/api/orgs/${province}/subordinates${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as SubordinatesView;
  };
  const seedMembers = async (target: App = app) => (await rollup(target)).rows.find((r) => r.id === seed)!.members;
  const addMember = async (code: string) => {
    const res = await request(app, 'huongbinh.chutich', 'POST', `/api/orgs/${seed}/members`, {
      code, fullName: 'Nguyễn Thị Bản Sao', sex: 'female', category: 'khong_chuyen_trach', joinedOn: '2024-03-01', partyMember: false,
    });
    expect(res.status).toBe(200);
  };
  const runCode = Date.now().toString(36).toUpperCase();

  it('writes on the primary and reads the roll-ups on the standby', async () => {
    const inRecovery = async (db: Db) => (await sql<{ r: boolean }>`SELECT pg_is_in_recovery() AS r`.execute(db)).rows[0].r;
    expect(await inRecovery(handle.db)).toBe(false);
    expect(await inRecovery(handle.readDb)).toBe(true);
  });

  it('shows a member added on the primary in the roll-up read from the replica, once the standby has replayed it', async () => {
    const before = await seedMembers();
    await addMember(`RA${runCode}`);
    await untilReplayed(handle.db, handle.readDb);
    expect(await seedMembers()).toBe(before + 1);
  });

  it('reads the roll-up from the replica: while replay is paused it lags the primary, then catches up', async () => {
    const before = await seedMembers();
    await sql`SELECT pg_wal_replay_pause()`.execute(handle.readDb);
    try {
      await addMember(`RB${runCode}`);
      expect(await seedMembers(primaryOnly)).toBe(before + 1);
      // The officer sees the union as of the replica: the new member is not there yet.
      expect(await seedMembers()).toBe(before);
      // The files and Mẫu 2-HĐCĐ are read there too, and a paused standby still answers them.
      for (const path of ['rollup.xlsx', 'rollup.docx', 'statistical-form?date=2025-11-30', 'statistical-form.xlsx?date=2025-11-30']) {
        expect((await request(app, 'tinh.canbo', 'GET', `/api/orgs/${province}/${path}`)).status, path).toBe(200);
      }
    } finally {
      await sql`SELECT pg_wal_replay_resume()`.execute(handle.readDb);
    }
    await untilReplayed(handle.db, handle.readDb);
    expect(await seedMembers()).toBe(before + 1);
  });

  it('gives the same roll-up, figures and totals, from the replica as from the primary once caught up', async () => {
    await untilReplayed(handle.db, handle.readDb);
    for (const query of ['', '?date=2023-12-31&year=2023']) {
      expect(await rollup(app, query)).toEqual(await rollup(primaryOnly, query));
    }
  });

  it('refuses a write on the replica (read-only transaction)', async () => {
    await expect(
      handle.readDb.insertInto('organisations').values({ code: `RC${runCode}`, established_on: '2026-01-01' }).execute(),
    ).rejects.toMatchObject({ code: '25006', message: expect.stringMatching(/read-only transaction/) });
  });
});

/** Waits until the standby has replayed everything the primary has written so far (hot standby replay). */
async function untilReplayed(primary: Db, standby: Db): Promise<void> {
  const { lsn } = (await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(primary)).rows[0];
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await sql<{ done: boolean }>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS done`.execute(standby);
    if (rows[0].done) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the standby has not replayed ${lsn} after 10 s`);
}
