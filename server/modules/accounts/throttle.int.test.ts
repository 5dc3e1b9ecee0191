import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createApp } from '../../app.ts';
import { migrate } from '../../db/migrate.ts';
import { DEMO_PASSWORD } from '../../demo/load-demo.ts';
import { createTestApp, openEmptyDatabase, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const json = { 'Content-Type': 'application/json' };
const login = (app: ReturnType<typeof createApp>, username: string, password: string, from = '203.0.113.7') =>
  app.request('/api/auth/login', {
    method: 'POST', headers: { ...json, 'X-Forwarded-For': from }, body: JSON.stringify({ username, password }),
  });
/** Time passes: every wait is over. */
const waitsOver = () => sql`UPDATE auth_throttle SET next_allowed_at = now() - interval '1 second'`.execute(t.handle.db);

describe('guessing passwords', () => {
  it('counts fifty parallel guesses before checking them: at most five are checked', async () => {
    const app = createApp(t.handle.db, t.handle.engine, { trustProxy: true });
    const answers = await Promise.all(Array.from({ length: 50 }, (_v, i) => login(app, 'huongbinh.ketoan', `sai-${i}`)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(45);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = await answers.find((r) => r.status === 429)!.json();
    expect(refused.error.message).toMatch(/thử lại sau \d+ giây/);
  });

  it('lets the real user in from a new address after a short delay, not a lock-out', async () => {
    const app = createApp(t.handle.db, t.handle.engine, { trustProxy: true });
    // Ten wrong guesses, each let through: the delay reaches its cap (the clock of a slow machine plays no part).
    for (let i = 0; i < 10; i += 1) {
      await waitsOver();
      expect((await login(app, 'huongbinh.ketoan', `sai-lan-${i}`)).status).toBe(401);
    }
    expect((await login(app, 'huongbinh.ketoan', DEMO_PASSWORD, '198.51.100.20')).status).toBe(429);
    const row = await t.handle.db.selectFrom('auth_throttle').selectAll().where('key', '=', 'login:huongbinh.ketoan').executeTakeFirstOrThrow();
    expect(new Date(row.next_allowed_at).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    await waitsOver();
    expect((await login(app, 'huongbinh.ketoan', DEMO_PASSWORD, '198.51.100.20')).status).toBe(200);
    // the success starts the username afresh
    expect((await login(app, 'huongbinh.ketoan', 'sai-nua', '198.51.100.20')).status).toBe(401);
  });

  it('slows one address guessing many usernames', async () => {
    const app = createApp(t.handle.db, t.handle.engine, { trustProxy: true });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      statuses.push((await login(app, `khong.co.${i}`, 'sai-mat-khau', '192.0.2.99')).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // another address is not affected
    expect((await login(app, 'khong.co.nua', 'sai-mat-khau', '192.0.2.100')).status).toBe(401);
  });

  it('does not count an office\'s good logins behind one address', async () => {
    const app = createApp(t.handle.db, t.handle.engine, { trustProxy: true });
    for (let i = 0; i < 35; i += 1) {
      expect((await login(app, 'huongbinh.uyvien', DEMO_PASSWORD, '192.0.2.50')).status).toBe(200);
    }
  });

  it('throttles wrong current passwords on a password change', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await t.as('mayhuongson.uyvien').send('POST', '/api/auth/password', { currentPassword: `sai-${i}`, newPassword: 'mot-mat-khau-moi-dai' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('first-run setup under concurrency', () => {
  it('makes exactly one administrator out of twenty simultaneous setups', async () => {
    const handle = await openEmptyDatabase();
    try {
      await migrate(handle.db);
      const app = createApp(handle.db, handle.engine);
      const answers = await Promise.all(Array.from({ length: 20 }, (_v, i) => app.request('/api/setup', {
        method: 'POST', headers: json,
        body: JSON.stringify({ username: `quantri${i}`, fullName: 'Quản trị viên', password: 'mot-mat-khau-rat-dai' }),
      })));
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      expect(answers.filter((r) => r.status === 409)).toHaveLength(19);
      const admins = await handle.db.selectFrom('users').select('id').where('is_admin', '=', true).execute();
      expect(admins).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });
});

describe('the national member code', () => {
  it('is unique within a union, and another union may hold the same code', async () => {
    const body = { code: 'QL1', fullName: 'Nguyễn Văn Chuyển', sex: 'male', joinedOn: '2020-01-01', nationalCode: '46012345678' };
    const seed = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...body, category: 'can_bo_cong_chuc' });
    expect(seed.status).toBe(200);
    const again = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...body, code: 'QL2', category: 'can_bo_cong_chuc' });
    expect(again.status).toBe(409);
    const other = await t.as('mayhuongson.chutich').send('POST', `/api/orgs/${t.orgs.enterprise}/members`, { ...body, category: 'cong_nhan_lao_dong' });
    expect(other.status).toBe(200);
  });
});
