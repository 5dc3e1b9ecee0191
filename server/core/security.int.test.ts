import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_PASSWORD } from '../demo/load-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('browser protections', () => {
  it('sends the security headers on pages and API answers', async () => {
    const res = await t.as(null).get('/api/health');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('refuses a state-changing request from another site, accepts one from the app itself or without Origin', async () => {
    const app = createApp(t.handle.db, t.handle.engine);
    const login = (origin?: string) => app.request('http://congdoan.local/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: 'congdoan.local', ...(origin ? { Origin: origin } : {}) },
      body: JSON.stringify({ username: 'khong.co', password: 'sai-mat-khau' }),
    });
    const foreign = await login('https://evil.example');
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.message).toMatch(/trang khác/);
    expect((await login('http://congdoan.local')).status).toBe(401);
    expect((await login()).status).toBe(401);
  });

  it('behind a TLS proxy it believes the forwarded host and sends HSTS', async () => {
    const app = createApp(t.handle.db, t.handle.engine, { trustProxy: true });
    const res = await app.request('http://127.0.0.1:3000/api/auth/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json', Host: '127.0.0.1:3000', 'X-Forwarded-Host': 'congdoan.example.vn',
        'X-Forwarded-Proto': 'https', Origin: 'https://congdoan.example.vn',
      },
      body: JSON.stringify({ username: 'khong.co', password: 'sai-mat-khau' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('sets a Secure session cookie behind a TLS proxy, not on plain HTTP', async () => {
    const login = (app: ReturnType<typeof createApp>, proto: string) => app.request('http://127.0.0.1:3000/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': proto },
      body: JSON.stringify({ username: 'huongbinh.chutich', password: DEMO_PASSWORD }),
    });
    const proxied = await login(createApp(t.handle.db, t.handle.engine, { trustProxy: true }), 'https');
    expect(proxied.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await login(createApp(t.handle.db, t.handle.engine, { trustProxy: false }), 'https');
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});
