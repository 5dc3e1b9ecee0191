import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { findSoffice } from '../modules/reports/document/pdf-convert.ts';

// Every route × every kind of caller: the seed union's own roles, the other union's chairperson,
// the federation above it, an upper-level officer not above it, and anonymous.
const callers = {
  chair: 'huongbinh.chutich',
  committee: 'huongbinh.uyvien',
  treasurer: 'huongbinh.ketoan',
  member: 'huongbinh.doanvien',
  otherChair: 'mayhuongson.chutich',
  federation: 'tinh.canbo',
  otherOfficer: 'phuong.canbo',
  anonymous: null,
} as const;
type Who = keyof typeof callers;
type Expect = Record<Who, number>;

const read: Expect = { chair: 200, committee: 200, treasurer: 200, member: 403, otherChair: 404, federation: 200, otherOfficer: 404, anonymous: 401 };
const write: Expect = { chair: 200, committee: 200, treasurer: 403, member: 403, otherChair: 404, federation: 403, otherOfficer: 404, anonymous: 401 };
const chairOrFederation: Expect = { ...read, committee: 403, treasurer: 403 };
const federationOnly: Expect = { ...read, chair: 403, committee: 403, treasurer: 403 };
const chairOnly: Expect = { ...write, committee: 403 };
const officerOnly: Expect = { ...federationOnly, member: 403 };
const pdfOk = findSoffice() ? 200 : 400;
const everyone = (status: number): Expect => ({ chair: status, committee: status, treasurer: status, member: status, otherChair: status, federation: status, otherOfficer: status, anonymous: status });
const anyUser: Expect = { chair: 200, committee: 200, treasurer: 200, member: 200, otherChair: 200, federation: 200, otherOfficer: 200, anonymous: 401 };

interface Ctx { seed: number; memberId: number; ownMemberId: number; versionId: number; workbook: Buffer; seq: () => number }
interface RouteCase { name: string; expect: Expect; call(t: TestApp, who: Who, c: Ctx): Promise<Response> }

const memberBody = (code: string) => ({
  code, fullName: 'Đoàn Viên Thử', sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2024-01-01',
});

const routes: RouteCase[] = [
  { name: 'GET /auth/me', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/auth/me') },
  { name: 'GET /orgs/tree', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/orgs/tree') },
  { name: 'GET /orgs/{id}', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}`) },
  { name: 'GET /orgs/{id}/history', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/history`) },
  { name: 'GET /orgs/{id}/groups', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/groups`) },
  { name: 'GET /orgs/{id}/categories', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/categories`) },
  { name: 'PATCH /orgs/{id}/profile', expect: chairOrFederation,
    call: (t, w, c) => t.as(callers[w]).send('PATCH', `/api/orgs/${c.seed}/profile`, { address: 'Xã Hương Bình' }) },
  { name: 'POST /orgs (tổ công đoàn)', expect: chairOrFederation,
    call: (t, w, c) => t.as(callers[w]).send('POST', '/api/orgs', {
      code: `TO-${w}-${c.seq()}`, name: `Tổ công đoàn thử ${w}`, shortName: 'Tổ thử', kind: 'union_group', parentId: c.seed, establishedOn: '2026-01-01',
    }) },
  { name: 'POST /orgs/{id}/changes', expect: federationOnly,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/changes`, { from: '2026-01-01', shortName: 'CĐCS cơ quan xã Hương Bình' }) },
  { name: 'GET /orgs/{id}/members', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members`) },
  { name: 'POST /orgs/{id}/members', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/members`, memberBody(`T${c.seq()}`)) },
  { name: 'GET /orgs/{id}/members/stats', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/stats`) },
  { name: 'GET /orgs/{id}/members/template.xlsx', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/template.xlsx`) },
  { name: 'GET /orgs/{id}/members/export.xlsx', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/export.xlsx`) },
  { name: 'POST /orgs/{id}/members/import (dry run)', expect: write,
    call: (t, w, c) => t.as(callers[w]).upload(`/api/orgs/${c.seed}/members/import?dryRun=true`, c.workbook) },
  { name: 'GET /orgs/{id}/members/{m}', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/${c.memberId}`) },
  { name: 'GET /orgs/{id}/members/{own}', expect: { ...read, member: 200 },
    call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/${c.ownMemberId}`) },
  { name: 'PUT /orgs/{id}/members/{m}', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('PUT', `/api/orgs/${c.seed}/members/${c.memberId}`, {
      ...memberBody('HB30'), fullName: 'Mai Thị Yến', sex: 'female', category: 'khong_chuyen_trach', joinedOn: '2019-07-01',
    }) },
  { name: 'POST /orgs/{id}/members/{m}/status', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/members/${c.memberId}/status`, {
      kind: 'admitted', onDate: `2020-01-${String(c.seq() % 28 + 1).padStart(2, '0')}`,
    }) },
  { name: 'POST /orgs/{id}/members/{m}/children', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/members/${c.memberId}/children`, { fullName: 'Bé Thử', birthDate: '2020-01-01' }) },
  { name: 'DELETE /orgs/{id}/members/{m}/children/{c} (no such child)', expect: { ...write, chair: 404, committee: 404 },
    call: (t, w, c) => t.as(callers[w]).send('DELETE', `/api/orgs/${c.seed}/members/${c.memberId}/children/999999`) },
  { name: 'GET /orgs/{id}/audit', expect: chairOrFederation, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/audit`) },
  { name: 'GET /me/member', expect: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
    call: (t, w) => t.as(callers[w]).get('/api/me/member') },
  { name: 'POST /auth/password (wrong current password)', expect: { ...anyUser, chair: 400, committee: 400, treasurer: 400, member: 400, otherChair: 400, federation: 400, otherOfficer: 400 },
    call: (t, w) => t.as(callers[w]).send('POST', '/api/auth/password', { currentPassword: 'wrong-password', newPassword: 'a-new-password-123' }) },
  { name: 'GET /orgs/{id}/members/list.docx', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/members/list.docx`) },
  { name: 'GET /orgs/{id}/reports/annual/{year}', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/annual/2023`) },
  { name: 'GET /orgs/{id}/reports/annual/{year}/preview', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/annual/2023/preview`) },
  { name: 'GET /orgs/{id}/reports/annual/{year}/draft.docx', expect: read, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/annual/2023/draft.docx`) },
  { name: 'PUT /orgs/{id}/reports/annual/{year}/sections/{key}', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('PUT', `/api/orgs/${c.seed}/reports/annual/2025/sections/A.I.2`, { paragraphs: ['Đời sống ổn định.'] }) },
  { name: 'DELETE /orgs/{id}/reports/annual/{year}/sections/{key}', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('DELETE', `/api/orgs/${c.seed}/reports/annual/2025/sections/A.I.2`) },
  { name: 'PUT /orgs/{id}/reports/annual/{year}/settings', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('PUT', `/api/orgs/${c.seed}/reports/annual/2025/settings`, { issuedOn: '2025-12-20' }) },
  { name: 'POST /orgs/{id}/reports/annual/{year}/start-from-last-year', expect: write,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/reports/annual/2024/start-from-last-year`) },
  { name: 'POST /orgs/{id}/reports/annual/{year}/finalise', expect: chairOnly,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/reports/annual/2024/finalise`) },
  { name: 'GET /orgs/{id}/reports/versions/{v}/docx', expect: read,
    call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/versions/${c.versionId}/docx`) },
  { name: 'GET /orgs/{id}/reports/versions/{v}/pdf', expect: { ...read, chair: pdfOk, committee: pdfOk, treasurer: pdfOk, federation: pdfOk },
    call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/versions/${c.versionId}/pdf`) },
  { name: 'POST /orgs/{id}/reports/versions/{v}/submit', expect: chairOnly,
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/reports/versions/${c.versionId}/submit`) },
  { name: 'GET /orgs/{id}/reports/inbox', expect: officerOnly, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/reports/inbox`) },
  { name: 'GET /reports/pdf-available', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/reports/pdf-available') },
  { name: 'GET /setup', expect: everyone(200), call: (t, w) => t.as(callers[w]).get('/api/setup') },
  { name: 'POST /setup (already set up)', expect: everyone(409),
    call: (t, w) => t.as(callers[w]).send('POST', '/api/setup', { username: 'chiem.quyen', fullName: 'Chiếm Quyền', password: 'mot-mat-khau-dai' }) },
  { name: 'POST /auth/login (wrong password)', expect: everyone(401),
    call: (t, w) => t.as(callers[w]).send('POST', '/api/auth/login', { username: `khong.co.${w}`, password: 'sai-mat-khau' }) },
  // Last: it ends the union.
  { name: 'POST /orgs/{id}/end', expect: { ...federationOnly },
    call: (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/end`, {
      on: '2026-06-30', reason: 'dissolved', decisionNumber: '1/QĐ', decisionDate: '2026-06-01', decisionIssuer: 'LĐLĐ thành phố Huế',
    }) },
  { name: 'POST /auth/logout', expect: everyone(200), call: (t, w) => t.as(callers[w]).send('POST', '/api/auth/logout') },
];

let t: TestApp;
let ctx: Ctx;
beforeAll(async () => {
  t = await createTestApp();
  const ids = await t.handle.db.selectFrom('members').select(['id', 'code']).where('org_id', '=', t.orgs.seed).where('code', 'in', ['HB30', 'HB08']).execute();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đoàn viên');
  ws.addRow(['Mã đoàn viên', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Ngày vào công đoàn']);
  ws.addRow(['Z1', 'Nguyễn Văn Nhập', 'Nam', 'Cán bộ, công chức', '01/02/2024']);
  const finalised = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/reports/annual/2023/finalise`);
  let n = 0;
  ctx = {
    versionId: ((await finalised.json()) as { id: number }).id,
    seed: t.orgs.seed,
    memberId: ids.find((i) => i.code === 'HB30')!.id,
    ownMemberId: ids.find((i) => i.code === 'HB08')!.id,
    workbook: Buffer.from(await wb.xlsx.writeBuffer()),
    seq: () => (n += 1),
  };
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('covers every route of the OpenAPI document', async () => {
    const doc = (await (await t.as(null).get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const short = { orgId: 'id', memberId: 'm', childId: 'c', versionId: 'v' } as Record<string, string>;
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((method) =>
      `${method.toUpperCase()} ${p.replace(/^\/api/, '').replace(/\{(\w+)\}/g, (_m, k: string) => `{${short[k] ?? k}}`)}`));
    const covered = new Set(routes.map((r) => r.name.replace(/ \(.*\)$/, '').replace('{own}', '{m}')));
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    // The federation goes last so that an allowed end of the union comes after every other caller's refusal.
    const order = (Object.keys(callers) as Who[]).sort((a, b) => Number(a === 'federation') - Number(b === 'federation'));
    const got: Partial<Expect> = {};
    for (const who of order) {
      got[who] = (await route.call(t, who, ctx)).status;
    }
    expect(got).toEqual(route.expect);
  });
});
