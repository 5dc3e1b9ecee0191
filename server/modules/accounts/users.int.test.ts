import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/load-demo.ts';

let t: TestApp;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await createTestApp();
  app = createApp(t.handle.db, t.handle.engine);
});
afterAll(() => t.close());

const jsonHeaders = (cookie?: string) => ({ 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) });
const post = (path: string, body: unknown, cookie?: string) =>
  app.request(path, { method: 'POST', headers: jsonHeaders(cookie), body: JSON.stringify(body) });
const get = async (path: string, cookie: string) => app.request(path, { headers: { Cookie: cookie } });
const login = (username: string, password: string) => post('/api/auth/login', { username, password });
const sessionOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0];
const userId = async (username: string) =>
  (await t.handle.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const memberId = async (code: string) =>
  (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

const chair = () => t.as('huongbinh.chutich');
const code = (validDays = 7) => ({ kind: 'code', validDays });

describe('creating an account with a one-time code', () => {
  it('gives the code once, stores only its hash, and the person activates it once', async () => {
    const res = await chair().send('POST', '/api/users', {
      username: 'huongbinh.thuquy2', fullName: 'Lê Thị Thu', credential: code(), orgId: t.orgs.seed, role: 'treasurer',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.activation.code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(body.account).toMatchObject({ username: 'huongbinh.thuquy2', active: true, pendingActivation: { expired: false } });
    expect(body.account.roles).toEqual([expect.objectContaining({ role: 'treasurer', orgId: t.orgs.seed, current: true })]);
    const stored = await t.handle.db.selectFrom('activation_codes').selectAll().where('user_id', '=', body.account.id).executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(body.activation.code.replace('-', ''));
    const days = (new Date(stored.expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);

    expect((await login('huongbinh.thuquy2', 'anything-at-all')).status).toBe(401);
    const weak = await post('/api/activate', { username: 'huongbinh.thuquy2', code: body.activation.code, password: 'matkhau123' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.message).toMatch(/phổ biến/);
    const activated = await post('/api/activate', {
      username: 'huongbinh.thuquy2', code: body.activation.code.toLowerCase().replace('-', ' '), password: 'song-huong-nui-ngu',
    });
    expect(activated.status).toBe(200);
    const again = await post('/api/activate', { username: 'huongbinh.thuquy2', code: body.activation.code, password: 'mot-mat-khau-khac' });
    expect(again.status).toBe(400);
    const me = await login('huongbinh.thuquy2', 'song-huong-nui-ngu');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ mustChangePassword: false, roles: [{ role: 'treasurer', orgId: t.orgs.seed }] });
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'org_id']).where('entity', '=', 'user')
      .where('entity_id', '=', String(body.account.id)).orderBy('id').execute();
    expect(audit).toEqual([{ action: 'create', org_id: t.orgs.seed }]);
    // The activation is the person's own, of no union: the system's audit (migration 0035).
    const own = await t.handle.db.selectFrom('system_audit_log').select(['action', 'user_id']).where('entity', '=', 'user')
      .where('entity_id', '=', String(body.account.id)).execute();
    expect(own).toEqual([{ action: 'activate', user_id: body.account.id }]);
  });

  it('refuses an expired code', async () => {
    const res = await chair().send('POST', '/api/users', {
      username: 'huongbinh.hethan', fullName: 'Mã Hết Hạn', credential: code(1), orgId: t.orgs.seed, role: 'member',
    });
    const body = await res.json();
    await t.handle.db.updateTable('activation_codes').set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', body.account.id).execute();
    const listed = await (await chair().get(`/api/users?orgId=${t.orgs.seed}&q=het han`)).json();
    expect(listed).toEqual([expect.objectContaining({ username: 'huongbinh.hethan', pendingActivation: expect.objectContaining({ expired: true }) })]);
    const late = await post('/api/activate', { username: 'huongbinh.hethan', code: body.activation.code, password: 'mot-mat-khau-dai' });
    expect(late.status).toBe(400);
    expect((await late.json()).error.message).toMatch(/hết hạn/);
  });

  it('throttles guessing codes for a username', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await post('/api/activate', { username: 'huongbinh.doanvien', code: `AAAAA-AAAA${i}`, password: 'mot-mat-khau-dai' })).status).toBe(400);
    }
    expect((await post('/api/activate', { username: 'huongbinh.doanvien', code: 'AAAAA-AAAAA', password: 'mot-mat-khau-dai' })).status).toBe(429);
    expect((await login('huongbinh.doanvien', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('a temporary password', () => {
  it('must be changed before anything else', async () => {
    const res = await chair().send('POST', '/api/users', {
      username: 'huongbinh.uyvien2', fullName: 'Phan Văn Tạm', credential: { kind: 'password', password: 'tam-thoi-2026' },
      orgId: t.orgs.seed, role: 'committee',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).activation).toBeNull();
    const logged = await login('huongbinh.uyvien2', 'tam-thoi-2026');
    const session = sessionOf(logged);
    expect((await logged.json()).mustChangePassword).toBe(true);
    expect((await get('/api/auth/me', session)).status).toBe(200);
    const blocked = await get(`/api/orgs/${t.orgs.seed}/members`, session);
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(/đổi mật khẩu/) } });
    const same = await post('/api/auth/password', { currentPassword: 'tam-thoi-2026', newPassword: 'tam-thoi-2026' }, session);
    expect(same.status).toBe(400);
    const withName = await post('/api/auth/password', { currentPassword: 'tam-thoi-2026', newPassword: 'HUONGBINH.UYVIEN2-moi' }, session);
    expect((await withName.json()).error.message).toMatch(/tên đăng nhập/);
    expect((await post('/api/auth/password', { currentPassword: 'tam-thoi-2026', newPassword: 'bien-xanh-cat-trang' }, session)).status).toBe(200);
    expect((await get(`/api/orgs/${t.orgs.seed}/members`, session)).status).toBe(200);
    expect((await get('/api/auth/me', session).then((r) => r.json())).mustChangePassword).toBe(false);
  });

  it('follows the password rules when it is given', async () => {
    for (const [password, message] of [['congdoan123', /phổ biến/], ['xx.huongbinh.moi.xx', /tên đăng nhập/], ['ngan', /10 ký tự/]] as const) {
      const res = await chair().send('POST', '/api/users', {
        username: 'huongbinh.moi', fullName: 'Người Mới', credential: { kind: 'password', password }, orgId: t.orgs.seed, role: 'member',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(message);
    }
  });
});

describe('who sees and manages which account', () => {
  const usernames = async (who: string, query = '') =>
    ((await (await t.as(who).get(`/api/users${query}`)).json()) as { username: string }[]).map((a) => a.username);

  it('a chairperson sees their union\'s accounts only; an officer those below; an administrator all', async () => {
    const mine = await usernames('huongbinh.chutich');
    expect(mine).toEqual(expect.arrayContaining(['huongbinh.chutich', 'huongbinh.uyvien', 'huongbinh.ketoan', 'huongbinh.doanvien']));
    expect(mine.some((u) => u.startsWith('mayhuongson') || u.endsWith('canbo') || u === 'admin')).toBe(false);
    const ward = await usernames('phuong.canbo');
    expect(ward).toEqual(expect.arrayContaining(['phuong.canbo', 'mayhuongson.chutich', 'mayhuongson.doanvien']));
    expect(ward.some((u) => u.startsWith('huongbinh'))).toBe(false);
    const province = await usernames('tinh.canbo');
    expect(province).toEqual(expect.arrayContaining(['huongbinh.chutich', 'mayhuongson.chutich', 'phuong.canbo']));
    expect(province).not.toContain('admin');
    expect(await usernames('admin')).toContain('admin');
    expect(await usernames('huongbinh.uyvien')).toEqual([]);
    expect((await t.as('huongbinh.uyvien').get(`/api/users?orgId=${t.orgs.seed}`)).status).toBe(403);
    expect((await t.as('huongbinh.chutich').get(`/api/users?orgId=${t.orgs.enterprise}`)).status).toBe(404);
  });

  it('marks what the caller may change: not themselves, not the chair\'s peers above, not an administrator', async () => {
    const list = (await (await t.as('huongbinh.chutich').get('/api/users')).json()) as { username: string; manageable: boolean }[];
    const flag = Object.fromEntries(list.map((a) => [a.username, a.manageable]));
    expect(flag['huongbinh.chutich']).toBe(false);
    expect(flag['huongbinh.ketoan']).toBe(true);
    const admin = await userId('admin');
    expect((await t.as('tinh.canbo').send('POST', `/api/users/${admin}/deactivate`)).status).toBe(404);
    const officer = await userId('phuong.canbo');
    expect((await t.as('huongbinh.chutich').send('POST', `/api/users/${officer}/deactivate`)).status).toBe(404);
    expect((await t.as('phuong.canbo').send('POST', `/api/users/${officer}/deactivate`)).status).toBe(403);
  });

  it('refuses a username that exists anywhere without naming its organisation', async () => {
    const res = await chair().send('POST', '/api/users', {
      username: 'mayhuongson.ketoan', fullName: 'Trùng Tên', credential: code(), orgId: t.orgs.seed, role: 'member',
    });
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.message).toBe('Tên đăng nhập này đã được dùng; hãy chọn tên khác');
  });

  it('a non-administrator must give the new account a role they may grant', async () => {
    const base = { fullName: 'Người Thử', credential: code() };
    expect((await chair().send('POST', '/api/users', { ...base, username: 'thu.khongvaitro' })).status).toBe(400);
    expect((await chair().send('POST', '/api/users', { ...base, username: 'thu.chutich', orgId: t.orgs.seed, role: 'chair' })).status).toBe(403);
    expect((await chair().send('POST', '/api/users', { ...base, username: 'thu.khac', orgId: t.orgs.enterprise, role: 'member' })).status).toBe(404);
    expect((await t.as('tinh.canbo').send('POST', '/api/users', { ...base, username: 'thu.chutich', orgId: t.orgs.seed, role: 'chair' })).status).toBe(200);
    expect((await t.as('admin').send('POST', '/api/users', { ...base, username: 'thu.quantri' })).status).toBe(200);
  });
});

describe('roles', () => {
  it('a chairperson grants committee roles on their union and its tổ, never chair, never to themselves', async () => {
    const target = await userId('huongbinh.doanvien');
    const groups = await t.handle.db.selectFrom('org_versions').select('org_id').where('parent_id', '=', t.orgs.seed).where('kind', '=', 'union_group').execute();
    const ok = await chair().send('POST', `/api/users/${target}/roles`, { orgId: groups[0].org_id, role: 'committee', validFrom: '2026-01-01' });
    expect(ok.status).toBe(200);
    expect((await ok.json()).roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'committee', validFrom: '2026-01-01' })]));
    expect((await chair().send('POST', `/api/users/${target}/roles`, { orgId: groups[0].org_id, role: 'committee' })).status).toBe(409);
    expect((await chair().send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.seed, role: 'chair' })).status).toBe(403);
    expect((await chair().send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.seed, role: 'officer' })).status).toBe(403);
    expect((await chair().send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.province, role: 'member' })).status).toBe(404);
    const self = await chair().send('POST', `/api/users/${await userId('huongbinh.chutich')}/roles`, { orgId: t.orgs.seed, role: 'treasurer' });
    expect(self.status).toBe(403);
    expect((await self.json()).error.message).toMatch(/chính mình/);
    const bad = await chair().send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.seed, role: 'treasurer', validFrom: '2026-05-01', validTo: '2026-01-01' });
    expect(bad.status).toBe(400);
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'org_id']).where('action', '=', 'grant').execute();
    expect(audit).toEqual([{ action: 'grant', org_id: groups[0].org_id }]);
  });

  it('an officer grants chair roles below their organisation only', async () => {
    const target = await userId('huongbinh.uyvien');
    expect((await t.as('phuong.canbo').send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.seed, role: 'chair' })).status).toBe(404);
    const granted = await t.as('tinh.canbo').send('POST', `/api/users/${target}/roles`, { orgId: t.orgs.seed, role: 'chair' });
    expect(granted.status).toBe(200);
    // Now a chair: the union's own chairperson may no longer manage that account.
    expect((await chair().send('POST', `/api/users/${target}/deactivate`)).status).toBe(403);
    const roleId = (await granted.json()).roles.find((r: { role: string }) => r.role === 'chair').id;
    expect((await t.as('tinh.canbo').send('DELETE', `/api/users/${target}/roles/${roleId}`)).status).toBe(200);
    expect((await chair().get(`/api/orgs/${t.orgs.seed}/roles`).then((r) => r.json()))
      .filter((h: { userId: number; role: string }) => h.userId === target).map((h: { role: string }) => h.role)).toEqual(['committee']);
    const tinh = await userId('tinh.canbo');
    expect((await t.as('tinh.canbo').send('POST', `/api/users/${tinh}/roles`, { orgId: t.orgs.seed, role: 'officer' })).status).toBe(403);
  });

  it('holds only between its dates on the request day', async () => {
    const res = await t.as('admin').send('POST', '/api/users', {
      username: 'ketoan.cu', fullName: 'Kế Toán Cũ', credential: { kind: 'password', password: 'ke-toan-nam-xua' },
      orgId: t.orgs.seed, role: 'treasurer', validFrom: '2020-01-01', validTo: '2024-12-31',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).account.roles[0].current).toBe(false);
    const session = sessionOf(await login('ketoan.cu', 'ke-toan-nam-xua'));
    await post('/api/auth/password', { currentPassword: 'ke-toan-nam-xua', newPassword: 'ke-toan-nam-nay' }, session);
    expect((await get(`/api/orgs/${t.orgs.seed}/members`, session)).status).toBe(404);
    expect((await get('/api/auth/me', session).then((r) => r.json())).roles).toEqual([]);
    const future = await t.as('admin').send('POST', `/api/users/${await userId('ketoan.cu')}/roles`, {
      orgId: t.orgs.seed, role: 'committee', validFrom: '2099-01-01',
    });
    expect(future.status).toBe(200);
    expect((await get(`/api/orgs/${t.orgs.seed}/members`, session)).status).toBe(404);
  });

  it('lists who holds what on the union and its tổ', async () => {
    const holders = await (await chair().get(`/api/orgs/${t.orgs.seed}/roles`)).json();
    expect(holders).toEqual(expect.arrayContaining([
      expect.objectContaining({ username: 'huongbinh.chutich', role: 'chair', orgId: t.orgs.seed, current: true }),
      expect.objectContaining({ username: 'huongbinh.ketoan', role: 'treasurer' }),
    ]));
    expect(holders.some((h: { username: string }) => h.username.startsWith('mayhuongson'))).toBe(false);
    expect((await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/roles`)).status).toBe(403);
  });
});

describe('deactivation, reset and last login', () => {
  it('deactivation ends the sessions at once and blocks login until reactivated', async () => {
    const target = await userId('mayhuongson.uyvien');
    const session = sessionOf(await login('mayhuongson.uyvien', DEMO_PASSWORD));
    expect((await get('/api/auth/me', session)).status).toBe(200);
    const lastLogin = (await (await t.as('mayhuongson.chutich').get('/api/users?q=uyvien')).json())[0].lastLoginAt;
    expect(Date.now() - new Date(lastLogin).getTime()).toBeLessThan(60_000);
    const off = await t.as('mayhuongson.chutich').send('POST', `/api/users/${target}/deactivate`);
    expect((await off.json()).active).toBe(false);
    expect((await get('/api/auth/me', session)).status).toBe(401);
    const refused = await login('mayhuongson.uyvien', DEMO_PASSWORD);
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.message).toMatch(/khóa/);
    expect((await t.as('mayhuongson.chutich').send('POST', `/api/users/${target}/reactivate`)).status).toBe(200);
    expect((await login('mayhuongson.uyvien', DEMO_PASSWORD)).status).toBe(200);
  });

  it('reset gives a new code: the old password and sessions stop working', async () => {
    const target = await userId('mayhuongson.doanvien');
    const session = sessionOf(await login('mayhuongson.doanvien', DEMO_PASSWORD));
    const res = await t.as('phuong.canbo').send('POST', `/api/users/${target}/reset`, { credential: code() });
    expect(res.status).toBe(200);
    const { activation } = await res.json();
    expect((await get('/api/auth/me', session)).status).toBe(401);
    expect((await login('mayhuongson.doanvien', DEMO_PASSWORD)).status).toBe(401);
    expect((await post('/api/activate', { username: 'mayhuongson.doanvien', code: activation.code, password: 'cong-nhan-may-moi' })).status).toBe(200);
    expect((await login('mayhuongson.doanvien', 'cong-nhan-may-moi')).status).toBe(200);
    const temp = await t.as('phuong.canbo').send('POST', `/api/users/${target}/reset`, { credential: { kind: 'password', password: 'tam-thoi-nhe-123' } });
    expect((await temp.json()).account.mustChangePassword).toBe(true);
  });
});

describe('linking accounts to members', () => {
  it('links a member of a managed union, one account per member, and shows "my record" to a chairperson', async () => {
    const chairId = await userId('huongbinh.chutich');
    const hb01 = await memberId('HB01');
    expect((await chair().send('PUT', `/api/users/${chairId}/member`, { memberId: hb01 })).status).toBe(403);
    expect((await t.as('phuong.canbo').send('PUT', `/api/users/${chairId}/member`, { memberId: hb01 })).status).toBe(404);
    const linked = await t.as('tinh.canbo').send('PUT', `/api/users/${chairId}/member`, { memberId: hb01 });
    expect(linked.status).toBe(200);
    expect((await linked.json()).member).toMatchObject({ id: hb01, orgId: t.orgs.seed });
    expect((await t.as('huongbinh.chutich').get('/api/me/member')).status).toBe(200);

    const ketoan = await userId('huongbinh.ketoan');
    expect((await chair().send('PUT', `/api/users/${ketoan}/member`, { memberId: hb01 })).status).toBe(409);
    expect((await chair().send('PUT', `/api/users/${ketoan}/member`, { memberId: await memberId('MHS010') })).status).toBe(404);
    expect((await chair().send('PUT', `/api/users/${ketoan}/member`, { memberId: await memberId('HB05') })).status).toBe(200);
    const unlinked = await chair().send('DELETE', `/api/users/${ketoan}/member`);
    expect((await unlinked.json()).member).toBeNull();
    const actions = await t.handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'user')
      .where('entity_id', '=', String(ketoan)).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['link', 'unlink']);
  });
});

describe('accounts for members in bulk', () => {
  it('creates member accounts with one-time codes, skips those who have one, and prints the sheet', async () => {
    const ids = [await memberId('HB20'), await memberId('HB21'), await memberId('HB22'), await memberId('HB08'), await memberId('MHS010')];
    const res = await chair().send('POST', `/api/orgs/${t.orgs.seed}/member-accounts`, { memberIds: ids });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.created).toHaveLength(3);
    expect(body.skipped.map((s: { reason: string }) => s.reason)).toEqual([
      expect.stringMatching(/Đã có tài khoản huongbinh.doanvien/), expect.stringMatching(/Không phải đoàn viên/),
    ]);
    expect(body.skipped[1].fullName).toBe(`#${ids[4]}`);
    for (const entry of body.created) {
      expect(entry.username).toMatch(/^[a-z]+\.[a-z]+\d*$/);
      expect(entry.code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    }
    const accounts = await (await chair().get(`/api/users?orgId=${t.orgs.seed}`)).json();
    const made = accounts.filter((a: { username: string }) => body.created.some((c: { username: string }) => c.username === a.username));
    expect(made.map((a: { roles: { role: string }[]; member: unknown }) => [a.roles[0].role, a.member !== null])).toEqual([
      ['member', true], ['member', true], ['member', true],
    ]);

    const sheet = await chair().send('POST', `/api/orgs/${t.orgs.seed}/member-accounts/sheet.docx`, { entries: body.created });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(Buffer.from(await sheet.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const forged = await chair().send('POST', `/api/orgs/${t.orgs.seed}/member-accounts/sheet.docx`, {
      entries: [{ ...body.created[0], code: 'AAAAA-BBBBB' }],
    });
    expect(forged.status).toBe(400);
    expect((await t.as('mayhuongson.chutich').send('POST', `/api/orgs/${t.orgs.seed}/member-accounts/sheet.docx`, { entries: body.created })).status).toBe(404);

    const again = await (await chair().send('POST', `/api/orgs/${t.orgs.seed}/member-accounts`, { memberIds: ids.slice(0, 1) })).json();
    expect(again.created).toEqual([]);
    const first = body.created[0];
    expect((await post('/api/activate', { username: first.username, code: first.code, password: 'hoa-phuong-do-2026' })).status).toBe(200);
    const me = await login(first.username, 'hoa-phuong-do-2026');
    expect(await me.json()).toMatchObject({ memberId: ids[0], roles: [{ role: 'member' }] });
  });
});
