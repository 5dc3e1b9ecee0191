import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { findSoffice } from '../modules/reports/document/pdf-convert.ts';
import { emulationRouteCases } from './emulation-route-cases.ts';
import { emulationMeetingRouteCases } from './emulation-meeting-route-cases.ts';
import { financeLedgerRouteCases } from './finance-ledger-route-cases.ts';
import { financeWelfareRouteCases } from './finance-welfare-route-cases.ts';
import { financeDuesRouteCases } from './finance-dues-route-cases.ts';
import { financeContributionRouteCases } from './finance-contributions-route-cases.ts';
import { documentRouteCases } from './documents-route-cases.ts';
import { activitiesRouteCases } from './activities-route-cases.ts';
import { planRouteCases } from './plans-route-cases.ts';
import { yearWorkbookRouteCases } from './year-workbook-route-cases.ts';
import { safetyRouteCases } from './safety-route-cases.ts';
import { agreementRouteCases } from './agreements-route-cases.ts';
import { dialogueRouteCases } from './dialogue-route-cases.ts';
import { workforceRouteCases } from './workforce-route-cases.ts';
import { statisticalFormRouteCases } from './statistical-form-route-cases.ts';
import { recruitmentRouteCases } from './recruitment-route-cases.ts';
import { federationRouteCases } from './federation-route-cases.ts';
import { submissionsRouteCases } from './submissions-route-cases.ts';
import { finaliseConfirmed } from './report-finalise.ts';

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

interface Ctx { seed: number; memberId: number; ownMemberId: number; versionId: number; workbook: Buffer; backup: Uint8Array; seq: () => number }
interface RouteCase { name: string; expect: Expect; call(t: TestApp, who: Who, c: Ctx): Promise<Response> }

const memberBody = (code: string) => ({
  code, fullName: 'Đoàn Viên Thử', sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2024-01-01',
});

/** A member created by the chairperson for one call (its status changed, or deleted), so calls do not collide. */
async function freshMember(t: TestApp, c: Ctx): Promise<number> {
  const res = await t.as(callers.chair).send('POST', `/api/orgs/${c.seed}/members`, memberBody(`F${c.seq()}`));
  return ((await res.json()) as { id: number }).id;
}

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
    call: async (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/members/${await freshMember(t, c)}/status`, {
      kind: 'suspended', onDate: '2025-01-01', reason: 'Tạm hoãn hợp đồng lao động',
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
    // The demo's 2023 draft has no gap (2024's part B waits for a 2025 plan); a second version is fine.
    call: (t, w, c) => finaliseConfirmed(t.as(callers[w]), c.seed, 2023) },
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
  ...federationRouteCases<Who>({ officer: officerOnly, upper: { ...everyone(404), federation: 200, anonymous: 401 } })
    .map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  { name: 'DELETE /orgs/{id}/members/{m}', expect: chairOnly,
    call: async (t, w, c) => t.as(callers[w]).send('DELETE', `/api/orgs/${c.seed}/members/${await freshMember(t, c)}`) },
  { name: 'POST /orgs/{id}/members/restore', expect: chairOnly,
    call: async (t, w, c) => {
      const deleted = await t.as(callers.chair).send('DELETE', `/api/orgs/${c.seed}/members/${await freshMember(t, c)}`);
      const { auditId } = (await deleted.json()) as { auditId: number };
      return t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/members/restore`, { auditId });
    } },
  { name: 'GET /users', expect: chairOrFederation, call: (t, w, c) => t.as(callers[w]).get(`/api/users?orgId=${c.seed}`) },
  { name: 'POST /users', expect: chairOrFederation,
    call: (t, w, c) => t.as(callers[w]).send('POST', '/api/users', {
      username: `mt.${w.toLowerCase()}.${c.seq()}`, fullName: 'Tài khoản mới', credential: { kind: 'code' }, orgId: c.seed, role: 'member',
    }) },
  { name: 'PATCH /users/{userId}', expect: chairOrFederation,
    call: async (t, w) => t.as(callers[w]).send('PATCH', `/api/users/${await accountTarget(t)}`, { fullName: 'Tài khoản thử quyền' }) },
  { name: 'POST /users/{userId}/reset', expect: chairOrFederation,
    call: async (t, w) => t.as(callers[w]).send('POST', `/api/users/${await accountTarget(t)}/reset`, { credential: { kind: 'code', validDays: 3 } }) },
  { name: 'POST /users/{userId}/deactivate', expect: chairOrFederation,
    call: async (t, w) => t.as(callers[w]).send('POST', `/api/users/${await accountTarget(t)}/deactivate`) },
  { name: 'POST /users/{userId}/reactivate', expect: chairOrFederation,
    call: async (t, w) => t.as(callers[w]).send('POST', `/api/users/${await accountTarget(t)}/reactivate`) },
  { name: 'PUT /users/{userId}/member', expect: chairOrFederation,
    call: async (t, w, c) => t.as(callers[w]).send('PUT', `/api/users/${await accountTarget(t)}/member`, { memberId: c.memberId }) },
  { name: 'DELETE /users/{userId}/member', expect: chairOrFederation,
    call: async (t, w) => t.as(callers[w]).send('DELETE', `/api/users/${await accountTarget(t)}/member`) },
  { name: 'POST /users/{userId}/roles', expect: chairOrFederation,
    call: async (t, w, c) => {
      const id = await accountTarget(t);
      await t.handle.db.deleteFrom('role_assignments').where('user_id', '=', id).where('role', '=', 'treasurer').execute();
      return t.as(callers[w]).send('POST', `/api/users/${id}/roles`, { orgId: c.seed, role: 'treasurer', validFrom: '2026-01-01' });
    } },
  { name: 'DELETE /users/{userId}/roles/{roleId}', expect: chairOrFederation,
    call: async (t, w, c) => {
      const id = await accountTarget(t);
      const role = await t.handle.db.insertInto('role_assignments').values({ user_id: id, org_id: c.seed, role: 'committee', valid_from: null, valid_to: null })
        .onConflict((oc) => oc.columns(['user_id', 'org_id', 'role']).doUpdateSet({ valid_to: null })).returning('id').executeTakeFirstOrThrow();
      return t.as(callers[w]).send('DELETE', `/api/users/${id}/roles/${role.id}`);
    } },
  { name: 'GET /orgs/{id}/roles', expect: chairOrFederation, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/roles`) },
  { name: 'POST /orgs/{id}/member-accounts', expect: chairOrFederation,
    call: async (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/member-accounts`, {
      memberIds: [(await t.handle.db.selectFrom('members').select('id').where('org_id', '=', c.seed).where('code', '=', 'HB26').executeTakeFirstOrThrow()).id],
    }) },
  { name: 'POST /orgs/{id}/member-accounts/sheet.docx', expect: chairOrFederation,
    call: async (t, w, c) => t.as(callers[w]).send('POST', `/api/orgs/${c.seed}/member-accounts/sheet.docx`, { entries: await activationEntries(t) }) },
  { name: 'POST /activate (wrong code)', expect: everyone(400),
    call: (t, w) => t.as(callers[w]).send('POST', '/api/activate', { username: `khong.co.${w.toLowerCase()}`, code: 'AAAAA-BBBBB', password: 'mot-mat-khau-dai' }) },
  { name: 'GET /org-kinds', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/org-kinds') },
  { name: 'POST /orgs (top level: administrators only)', expect: { ...everyone(403), anonymous: 401 },
    call: (t, w, c) => t.as(callers[w]).send('POST', '/api/orgs', {
      code: `TOP-${w}-${c.seq()}`, name: 'Liên đoàn Lao động thử', shortName: 'LĐLĐ thử', kind: 'provincial_federation', parentId: null, establishedOn: '2026-01-01',
    }) },
  { name: 'POST /orgs/{id}/changes (rename a tổ công đoàn)', expect: chairOrFederation,
    call: async (t, w) => {
      const group = await t.handle.db.selectFrom('organisations').select('id').where('code', '=', 'CDCS-HUONGBINH-T2').executeTakeFirstOrThrow();
      return t.as(callers[w]).send('POST', `/api/orgs/${group.id}/changes`, { from: '2026-01-01', shortName: 'Tổ Chính quyền' });
    } },
  { name: 'POST /orgs/{id}/end (a tổ công đoàn)', expect: chairOrFederation,
    call: async (t, w, c) => {
      const group = await t.as('admin').send('POST', '/api/orgs', {
        code: `TO-END-${c.seq()}`, name: 'Tổ công đoàn sẽ kết thúc', shortName: 'Tổ tạm', kind: 'union_group', parentId: c.seed, establishedOn: '2026-01-01',
      });
      const id = ((await group.json()) as { id: number }).id;
      return t.as(callers[w]).send('POST', `/api/orgs/${id}/end`, {
        on: '2026-02-01', reason: 'dissolved', decisionNumber: '2/QĐ', decisionDate: '2026-01-25', decisionIssuer: 'BCH CĐCS',
      });
    } },
  { name: 'GET /admin/backup', expect: { ...everyone(403), anonymous: 401 }, call: (t, w) => t.as(callers[w]).get('/api/admin/backup') },
  { name: 'POST /setup/restore (the install holds data)', expect: everyone(409),
    call: (t, w, c) => t.as(callers[w]).raw('POST', '/api/setup/restore', c.backup, 'application/gzip') },
  ...emulationRouteCases<Who>({
    read, write, chairOnly, chairOrOfficer: chairOrFederation, upperOfficerOnly: { ...everyone(404), federation: 200, anonymous: 401 }, ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...emulationMeetingRouteCases<Who>({ read, write, chairOnly }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...financeLedgerRouteCases<Who>({
    read, post: { ...write, committee: 403, treasurer: 200 }, members: { ...read, member: 200 },
    ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  })
    .map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...financeWelfareRouteCases<Who>({
    read, post: { ...write, committee: 403, treasurer: 200 },
    ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...financeDuesRouteCases<Who>({
    read, post: { ...write, committee: 403, treasurer: 200 },
    ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...financeContributionRouteCases<Who>({
    read, post: { ...write, committee: 403, treasurer: 200 },
    ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...documentRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...planRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...yearWorkbookRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...safetyRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...agreementRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...dialogueRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...workforceRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...statisticalFormRouteCases<Who>({ read, upper: { ...everyone(404), federation: 200, anonymous: 401 } }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...recruitmentRouteCases<Who>({ read, write }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...submissionsRouteCases<Who>({ read, officer: officerOnly, upper: { ...everyone(404), federation: 200, anonymous: 401 } })
    .map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  ...activitiesRouteCases<Who>({
    read, write, ownOnly: { ...anyUser, chair: 404, committee: 404, treasurer: 404, otherChair: 404, federation: 404, otherOfficer: 404 },
  }).map((e): RouteCase => ({ ...e, call: (t, w, c) => e.call(t, callers[w], c) })),
  { name: 'GET /rules', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/rules') },
  { name: 'GET /rules/{key}', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/rules/individual-titles-nd91-2017') },
  { name: 'GET /orgs/{id}/rules', expect: { ...read, member: 200 }, call: (t, w, c) => t.as(callers[w]).get(`/api/orgs/${c.seed}/rules?date=2023-12-31`) },
  { name: 'POST /rules/judge', expect: anyUser,
    call: (t, w) => t.as(callers[w]).send('POST', '/api/rules/judge', { date: '2024-12-15', title: 'CSTDCS', facts: { titles: ['LDTT'], rating: 'HTXSNV' } }) },
  { name: 'POST /rules/caps', expect: anyUser,
    call: (t, w) => t.as(callers[w]).send('POST', '/api/rules/caps', { date: '2023-12-15', counts: { LDTT: 19, CSTDCS: 2 } }) },
  { name: 'GET /rules/rewards/{title}', expect: anyUser, call: (t, w) => t.as(callers[w]).get('/api/rules/rewards/LDTT?date=2024-12-20') },
  // Rules are national: only administrators change them.
  { name: 'POST /rules (administrators only)', expect: { ...everyone(403), anonymous: 401 },
    call: (t, w, c) => t.as(callers[w]).send('POST', '/api/rules', {
      key: `auth-test-${c.seq()}`, name: 'Bộ quy định thử quyền', kind: 'other', validFrom: '2027-01-01',
      regulation: { number: '1/2027/TT', title: 'Văn bản thử quyền' }, content: { notes: ['Thử'] },
    }) },
  { name: 'POST /rules/{key}/verify (administrators only)', expect: { ...everyone(403), anonymous: 401 },
    call: (t, w) => t.as(callers[w]).send('POST', '/api/rules/union-classification-1294/verify', { note: 'Thử quyền' }) },
  { name: 'POST /rules/{key}/end (administrators only)', expect: { ...everyone(403), anonymous: 401 },
    call: (t, w) => t.as(callers[w]).send('POST', '/api/rules/individual-titles-nd152-2025/end', { validTo: '2026-12-31', note: 'Thử quyền' }) },
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
  const finalised = await finaliseConfirmed(t.as('huongbinh.chutich'), t.orgs.seed, 2023);
  let n = 0;
  ctx = {
    versionId: ((await finalised.json()) as { id: number }).id,
    seed: t.orgs.seed,
    memberId: ids.find((i) => i.code === 'HB30')!.id,
    ownMemberId: ids.find((i) => i.code === 'HB08')!.id,
    workbook: Buffer.from(await wb.xlsx.writeBuffer()),
    backup: new TextEncoder().encode('congdoan-backup'),
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

/** The account the account routes act on: a member of the seed union, none of the callers (a reset would log them out). */
async function accountTarget(t: TestApp): Promise<number> {
  const db = t.handle.db;
  const found = await db.selectFrom('users').select('id').where('username', '=', 'ma-tran.dich').executeTakeFirst();
  if (found) {
    return found.id;
  }
  const { id } = await db.insertInto('users').values({ username: 'ma-tran.dich', full_name: 'Tài khoản thử quyền', password_hash: '!' })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('role_assignments').values({ user_id: id, org_id: t.orgs.seed, role: 'member', valid_from: null, valid_to: null }).execute();
  return id;
}

let sheetEntries: unknown[] | undefined;
/** One-time codes just made by the administrator, for the printable sheet. */
async function activationEntries(t: TestApp): Promise<unknown[]> {
  if (!sheetEntries) {
    const member = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.seed).where('code', '=', 'HB27').executeTakeFirstOrThrow();
    const res = await t.as('admin').send('POST', `/api/orgs/${t.orgs.seed}/member-accounts`, { memberIds: [member.id] });
    sheetEntries = ((await res.json()) as { created: unknown[] }).created;
  }
  return sheetEntries;
}
