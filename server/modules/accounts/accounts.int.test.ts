import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { openDatabase, type DbHandle } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/load-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (app: { request: (p: string, i: RequestInit) => Response | Promise<Response> }, username: string, password: string) =>
  app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('accounts', () => {
  it('logs in with an HttpOnly SameSite cookie, knows the caller, and logs out', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    const res = await login(app, 'huongbinh.chutich', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0];
    const me = await app.request('/api/auth/me', { headers: { Cookie: session } });
    expect(await me.json()).toMatchObject({ username: 'huongbinh.chutich', roles: [{ role: 'chair', orgCode: 'CDCS-HUONGBINH' }] });
    await app.request('/api/auth/logout', { method: 'POST', headers: { Cookie: session } });
    expect((await app.request('/api/auth/me', { headers: { Cookie: session } })).status).toBe(401);
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    const wrong = await login(app, 'huongbinh.uyvien', 'not-the-password');
    const unknown = await login(app, 'nobody.here', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it('throttles a username after five failures, even with the right password', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    for (let i = 0; i < 5; i += 1) {
      expect((await login(app, 'huongbinh.ketoan', `wrong-${i}`)).status).toBe(401);
    }
    const blocked = await login(app, 'huongbinh.ketoan', DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.message).toMatch(/thử lại sau/);
  });

  it('changes a password: the old one stops working', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    const session = (await login(app, 'mayhuongson.ketoan', DEMO_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
    const short = await app.request('/api/auth/password', {
      method: 'POST', headers: { Cookie: session, 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: 'short' }),
    });
    expect(short.status).toBe(400);
    const changed = await app.request('/api/auth/password', {
      method: 'POST', headers: { Cookie: session, 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2026' }),
    });
    expect(changed.status).toBe(200);
    expect((await login(app, 'mayhuongson.ketoan', DEMO_PASSWORD)).status).toBe(401);
    expect((await login(app, 'mayhuongson.ketoan', 'mat-khau-moi-2026')).status).toBe(200);
  });

  it('serves the OpenAPI document and the health check', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/orgs/{orgId}/members', '/api/auth/login']));
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, engine: t.handle.engine });
    const unknown = await app.request('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('first start on an empty database', () => {
  let empty: DbHandle;
  beforeAll(async () => {
    empty = await openDatabase({});
    await migrate(empty.db);
  });
  afterAll(() => empty.close());

  it('has no account at all, offers the one-time setup, then refuses it', async () => {
    const app = createApp(empty.db, empty.engine);
    expect(await (await app.request('/api/setup')).json()).toEqual({ needed: true });
    expect((await login(app, 'admin', DEMO_PASSWORD)).status).toBe(401);
    const body = { username: 'quantri', fullName: 'Quản trị viên', password: 'mot-mat-khau-dai' };
    const first = await app.request('/api/setup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(first.status).toBe(200);
    const again = await app.request('/api/setup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, username: 'keothu' }) });
    expect(again.status).toBe(409);
    const me = await login(app, 'quantri', 'mot-mat-khau-dai');
    expect((await me.json()).isAdmin).toBe(true);
  });
});
