import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

// Input that once reached PostgreSQL or a document writer and came back as a 500.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const member = { code: 'X1', fullName: 'Nguyễn Văn Thử', sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2024-01-01' };

describe('input no document can carry', () => {
  it.each([['NUL', 'Nguyễn\u0000Văn'], ['U+FFFE', 'Nguyễn\uFFFEVăn'], ['U+FFFF', 'Nguyễn\uFFFFVăn']])(
    'refuses %s in a name with a Vietnamese 400 and writes nothing', async (_n, fullName) => {
      const res = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...member, fullName });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/ký tự không hợp lệ/) });
      const list = await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members?q=X1`)).json();
      expect(list.total).toBe(0);
    });

  it('refuses NUL in the login and in a query string', async () => {
    const login = await t.as(null).send('POST', '/api/auth/login', { username: 'a\u0000b', password: 'x' });
    expect(login.status).toBe(400);
    const search = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members?q=%00`);
    expect(search.status).toBe(400);
  });

  it('answers 400, not 500, to an id beyond a 32-bit integer in a body', async () => {
    const res = await t.as('tinh.canbo').send('POST', '/api/orgs', {
      code: 'TOO-BIG', name: 'Tổ chức thử', shortName: 'Thử', kind: 'commune_union', parentId: 3_000_000_000, establishedOn: '2026-01-01',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^parentId: Tối đa 2147483647/);
  });

  it('explains every refused field in Vietnamese, English nowhere in the details', async () => {
    const res = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, {
      code: '', fullName: 1, sex: 'x', category: 'khong', joinedOn: '2024-02-30', email: 'khong-phai-email', extra: 1,
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; details: { issues: { path: string; message: string }[] } } };
    expect(error.details.issues.length).toBeGreaterThan(3);
    for (const text of [error.message, ...error.details.issues.map((i) => i.message)]) {
      expect(text).not.toMatch(/\b(Invalid|expected|received|Too|Unrecognized)\b/);
    }
  });

  it('still accepts Vietnamese text with new lines', async () => {
    const res = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...member, code: 'X2', position: 'Công chức\nVăn phòng' });
    expect(res.status).toBe(200);
  });
});
