import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { OrgTreeNode, OrgView } from '../../../shared/contracts/orgs.contract.ts';
import type { MemberDetail, MemberStats } from '../../../shared/contracts/members.contract.ts';
import { addDays, todayIso } from '../../../shared/vi/dates.ts';
import ExcelJS from 'exceljs';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const orgAt = async (user: string, id: number, date: string) =>
  (await (await t.as(user).get(`/api/orgs/${id}?date=${date}`)).json()) as OrgView;

describe('the organisation tree has a history', () => {
  it('names the seed union\'s parent as it was on each date, and the province by its name of the day', async () => {
    expect((await orgAt('admin', t.orgs.seed, '2023-12-25')).parentName).toBe('Liên đoàn Lao động thị xã Hương Trà');
    expect((await orgAt('admin', t.orgs.seed, '2025-07-01')).parentName).toBe('Liên đoàn Lao động thành phố Huế');
    expect((await orgAt('admin', t.orgs.province, '2024-12-31')).name).toBe('Liên đoàn Lao động tỉnh Thừa Thiên Huế');
    expect((await orgAt('admin', t.orgs.province, '2025-01-01')).name).toBe('Liên đoàn Lao động thành phố Huế');
    expect((await orgAt('admin', t.orgs.enterprise, '2026-06-30')).parentName).toBe('Công đoàn phường Hương Sơn');
    expect((await orgAt('admin', t.orgs.enterprise, '2024-06-30')).parentName).toBe('Liên đoàn Lao động thị xã Hương Trà');
  });

  it('shows the ended district federation with its end date, and its history', async () => {
    const tree = (await (await t.as('admin').get('/api/orgs/tree')).json()) as OrgTreeNode[];
    const district = tree.find((n) => n.id === t.orgs.district)!;
    expect(district.endedOn).toBe('2025-07-01');
    const history = (await (await t.as('admin').get(`/api/orgs/${t.orgs.seed}/history`)).json()) as { validFrom: string; parentName: string }[];
    expect(history.map((h) => [h.validFrom, h.parentName])).toEqual([
      ['2003-05-01', 'Liên đoàn Lao động thị xã Hương Trà'],
      ['2025-07-01', 'Liên đoàn Lao động thành phố Huế'],
    ]);
  });

  it('shows an officer only the unions under their organisation on that day', async () => {
    const ward = (await (await t.as('phuong.canbo').get('/api/orgs/tree')).json()) as OrgTreeNode[];
    expect(ward.map((n) => n.code)).toEqual(expect.arrayContaining(['CD-PHUONG-HUONGSON', 'CDCS-MAYHUONGSON']));
    expect(ward.map((n) => n.code)).not.toContain('CDCS-HUONGBINH');
    const province = (await (await t.as('tinh.canbo').get('/api/orgs/tree')).json()) as OrgTreeNode[];
    expect(province.map((n) => n.code)).toEqual(expect.arrayContaining(['CDCS-HUONGBINH', 'CDCS-MAYHUONGSON', 'LDLD-HUONGTRA']));
    // The ended district federation's officer no longer sees the unions that moved away from it.
    expect((await t.as('huongtra.canbo').get(`/api/orgs/${t.orgs.seed}/members`)).status).toBe(404);
    expect((await t.as('phuong.canbo').get(`/api/orgs/${t.orgs.seed}/members`)).status).toBe(404);
  });

  it('moves a union under a new parent on a date: old parent before, new parent after, officers follow', async () => {
    const admin = t.as('admin');
    const created = await admin.send('POST', '/api/orgs', {
      code: 'CD-PHUONG-MOI', name: 'Công đoàn phường Kim Trà', shortName: 'Công đoàn phường Kim Trà',
      kind: 'commune_union', parentId: t.orgs.province, establishedOn: '2025-07-01',
    });
    expect(created.status).toBe(200);
    const newWard = ((await created.json()) as OrgView).id;
    await t.handle.db.insertInto('users').values({ username: 'kimtra.canbo', full_name: 'Cán bộ Kim Trà', password_hash: (await t.handle.db.selectFrom('users').select('password_hash').where('username', '=', 'phuong.canbo').executeTakeFirstOrThrow()).password_hash }).execute();
    const u = await t.handle.db.selectFrom('users').select('id').where('username', '=', 'kimtra.canbo').executeTakeFirstOrThrow();
    await t.handle.db.insertInto('role_assignments').values({ user_id: u.id, org_id: newWard, role: 'officer' }).execute();

    const moveOn = addDays(todayIso(), -10);
    const moved = await t.as('tinh.canbo').send('POST', `/api/orgs/${t.orgs.enterprise}/changes`, { from: moveOn, parentId: newWard, note: 'Điều chỉnh địa bàn' });
    expect(moved.status).toBe(200);

    expect((await orgAt('admin', t.orgs.enterprise, addDays(moveOn, -1))).parentName).toBe('Công đoàn phường Hương Sơn');
    expect((await orgAt('admin', t.orgs.enterprise, moveOn)).parentName).toBe('Công đoàn phường Kim Trà');
    // From that date the new parent's officer sees the union, its past years included; the old one no longer does.
    const stats = await t.as('kimtra.canbo').get(`/api/orgs/${t.orgs.enterprise}/members/stats?date=2024-12-31`);
    expect(stats.status).toBe(200);
    // 60 members today, less the 12 admitted in 2025–2026 (the demo's recruitment drive).
    expect(((await stats.json()) as MemberStats).total).toBe(48);
    expect((await t.as('phuong.canbo').get(`/api/orgs/${t.orgs.enterprise}/members`)).status).toBe(404);
    const history = (await (await admin.get(`/api/orgs/${t.orgs.enterprise}/history`)).json()) as unknown[];
    expect(history).toHaveLength(3);
  });

  it('refuses a move under the union\'s own descendant', async () => {
    const groups = (await (await t.as('admin').get(`/api/orgs/${t.orgs.seed}/groups`)).json()) as { id: number }[];
    const res = await t.as('admin').send('POST', `/api/orgs/${t.orgs.seed}/changes`, { from: '2026-01-01', parentId: groups[0].id });
    expect(res.status).toBe(400);
  });

  it('dissolves a union: memberships end that day, writes are refused, records still export', async () => {
    const admin = t.as('admin');
    const created = await admin.send('POST', '/api/orgs', {
      code: 'CDCS-GIAITHE', name: 'Công đoàn cơ sở Công ty Cổ phần Gạch Hương Văn', shortName: 'CĐCS Gạch Hương Văn',
      kind: 'private_enterprise', parentId: t.orgs.ward, establishedOn: '2025-08-01',
    });
    const orgId = ((await created.json()) as OrgView).id;
    const m = await admin.send('POST', `/api/orgs/${orgId}/members`, {
      code: 'G1', fullName: 'Lê Văn Gạch', sex: 'male', category: 'cong_nhan_lao_dong', joinedOn: '2025-08-01',
    });
    expect(m.status).toBe(200);
    const memberId = ((await m.json()) as MemberDetail).id;

    const end = await t.as('phuong.canbo').send('POST', `/api/orgs/${orgId}/end`, {
      on: '2026-03-01', reason: 'dissolved', decisionNumber: '15/QĐ-CĐP', decisionDate: '2026-02-25',
      decisionIssuer: 'Ban Thường vụ Công đoàn phường Hương Sơn',
    });
    expect(end.status).toBe(200);
    const ended = (await (await admin.get(`/api/orgs/${orgId}/members/${memberId}`)).json()) as MemberDetail;
    expect(ended.status).toBe('ended_with_union');
    expect(ended.history.at(-1)).toMatchObject({ kind: 'ended_with_union', onDate: '2026-03-01' });

    const write = await admin.send('POST', `/api/orgs/${orgId}/members`, {
      code: 'G2', fullName: 'Lê Văn Muộn', sex: 'male', category: 'cong_nhan_lao_dong', joinedOn: '2026-01-01',
    });
    expect(write.status).toBe(409);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe('ORG_ENDED');

    const exported = await t.as('phuong.canbo').get(`/api/orgs/${orgId}/members/export.xlsx?status=all`);
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('Lê Văn Gạch');

    const tree = (await (await t.as('phuong.canbo').get('/api/orgs/tree')).json()) as OrgTreeNode[];
    expect(tree.find((n) => n.id === orgId)?.endedOn).toBe('2026-03-01');
  });

  it('lets a chairperson edit the profile of their union but not move it', async () => {
    const chair = t.as('huongbinh.chutich');
    const res = await chair.send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { address: 'Thôn Bình Dương, xã Hương Bình', reportRecipients: ['LĐLĐ thành phố Huế', 'Lưu: VT'] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as OrgView).reportRecipients).toEqual(['LĐLĐ thành phố Huế', 'Lưu: VT']);
    expect((await chair.send('POST', `/api/orgs/${t.orgs.seed}/changes`, { from: '2026-01-01', name: 'Tên mới của công đoàn' })).status).toBe(403);
  });

  it('changes a kind and a name on a date: each date sees its own, the member categories follow the kind', async () => {
    const admin = t.as('admin');
    const created = await admin.send('POST', '/api/orgs', {
      code: 'CDCS-BENHVIEN', name: 'Công đoàn Bệnh viện Đa khoa Hương Sơn', shortName: 'CĐCS Bệnh viện Hương Sơn',
      kind: 'public_unit', parentId: t.orgs.province, establishedOn: '2010-01-01',
    });
    const id = ((await created.json()) as OrgView).id;
    const changed = await admin.send('POST', `/api/orgs/${id}/changes`, {
      from: '2024-01-01', kind: 'state_enterprise', name: 'Công đoàn Công ty Cổ phần Bệnh viện Hương Sơn', note: 'Cổ phần hóa',
    });
    expect(changed.status).toBe(200);
    const before = await orgAt('admin', id, '2023-12-31');
    const after = await orgAt('admin', id, '2024-01-01');
    expect([before.kind, before.name]).toEqual(['public_unit', 'Công đoàn Bệnh viện Đa khoa Hương Sơn']);
    expect([after.kind, after.name]).toEqual(['state_enterprise', 'Công đoàn Công ty Cổ phần Bệnh viện Hương Sơn']);
    expect(before.shortName).toBe(after.shortName);
    const categories = (await (await admin.get(`/api/orgs/${id}/categories`)).json()) as { code: string }[];
    expect(categories.map((c) => c.code)).toContain('cong_nhan_lao_dong');
    expect(categories.map((c) => c.code)).not.toContain('vien_chuc');
    expect((await admin.get(`/api/orgs/${id}?date=2009-12-31`)).status).toBe(404);
  });
});
