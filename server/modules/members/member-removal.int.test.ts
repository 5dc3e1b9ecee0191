import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { MemberDetail, MemberListResponse } from '../../../shared/contracts/members.contract.ts';
import type { AuditPage } from '../../../shared/contracts/audit.contract.ts';

// A member entered by mistake: deleted by the chairperson with its whole record kept in the audit log, and restored.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; message: string; details?: { suggest?: string } } };
const membersUrl = () => `/api/orgs/${t.orgs.seed}/members`;
const chair = () => t.as('huongbinh.chutich');
const body = (code: string, fullName = 'Nguyễn Văn Nhầm') => ({
  code, fullName, sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2022-02-01', birthDate: '1990-01-01',
});

async function create(code: string, fullName?: string): Promise<MemberDetail> {
  const res = await chair().send('POST', membersUrl(), body(code, fullName));
  expect(res.status).toBe(200);
  return (await res.json()) as MemberDetail;
}

describe('deleting a member entered by mistake', () => {
  it('deletes the member with its events and children, and restores all of it with the same id', async () => {
    const m = await create('X1');
    await chair().send('POST', `${membersUrl()}/${m.id}/children`, { fullName: 'Nguyễn Thị Bé', birthDate: '2020-05-05', sex: 'female' });
    await chair().send('POST', `${membersUrl()}/${m.id}/status`, { kind: 'suspended', onDate: '2024-01-01', reason: 'Tạm hoãn hợp đồng' });
    const full = (await (await chair().get(`${membersUrl()}/${m.id}`)).json()) as MemberDetail;

    const del = await chair().send('DELETE', `${membersUrl()}/${m.id}`);
    expect(del.status).toBe(200);
    const { auditId } = (await del.json()) as { auditId: number };
    expect((await chair().get(`${membersUrl()}/${m.id}`)).status).toBe(404);
    const events = await t.handle.db.selectFrom('member_status_events').select('id').where('member_id', '=', m.id).execute();
    expect(events).toEqual([]);

    const audit = (await (await chair().get(`/api/orgs/${t.orgs.seed}/audit`)).json()) as AuditPage;
    expect(audit.items[0]).toMatchObject({ id: auditId, action: 'delete', entity: 'member', entityName: 'Nguyễn Văn Nhầm' });

    const restored = await chair().send('POST', `${membersUrl()}/restore`, { auditId });
    expect(restored.status).toBe(200);
    const back = (await restored.json()) as MemberDetail;
    expect(back).toEqual(full);

    const again = await chair().send('POST', `${membersUrl()}/restore`, { auditId });
    expect(again.status).toBe(409);
    const log = (await (await chair().get(`/api/orgs/${t.orgs.seed}/audit`)).json()) as AuditPage;
    expect(log.items[0]).toMatchObject({ action: 'restore', entity: 'member', entityName: 'Nguyễn Văn Nhầm' });
  });

  it('lets only the chairperson (and an administrator) delete; the committee and the federation may not', async () => {
    const m = await create('X2');
    expect((await t.as('huongbinh.uyvien').send('DELETE', `${membersUrl()}/${m.id}`)).status).toBe(403);
    expect((await t.as('tinh.canbo').send('DELETE', `${membersUrl()}/${m.id}`)).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').send('DELETE', `${membersUrl()}/${m.id}`)).status).toBe(404);
    expect((await chair().get(`${membersUrl()}/${m.id}`)).status).toBe(200);
    expect((await t.as('admin').send('DELETE', `${membersUrl()}/${m.id}`)).status).toBe(200);
  });

  it('refuses to delete a member linked to an account, suggesting "thôi sinh hoạt", and deletes nothing', async () => {
    const own = ((await (await chair().get(`${membersUrl()}?q=HB08`)).json()) as MemberListResponse).items[0];
    const res = await chair().send('DELETE', `${membersUrl()}/${own.id}`);
    expect(res.status).toBe(409);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.message).toMatch(/tài khoản đăng nhập huongbinh\.doanvien.*Thôi sinh hoạt/);
    expect(err.error.details?.suggest).toBe('left');
    expect((await chair().get(`${membersUrl()}/${own.id}`)).status).toBe(200);
  });

  it('refuses to restore when the member code has been given to someone else since', async () => {
    const m = await create('X3');
    const { auditId } = (await (await chair().send('DELETE', `${membersUrl()}/${m.id}`)).json()) as { auditId: number };
    await create('X3', 'Trần Văn Đúng');
    const res = await chair().send('POST', `${membersUrl()}/restore`, { auditId });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/mã đoàn viên "X3" nay đã dùng cho Trần Văn Đúng/);
  });

  it('restores only a member deletion of this union', async () => {
    const audit = (await (await chair().get(`/api/orgs/${t.orgs.seed}/audit`)).json()) as AuditPage;
    const notADeletion = audit.items.find((i) => i.action !== 'delete')!;
    expect((await chair().send('POST', `${membersUrl()}/restore`, { auditId: notADeletion.id })).status).toBe(404);
    const m = await create('X4');
    const { auditId } = (await (await chair().send('DELETE', `${membersUrl()}/${m.id}`)).json()) as { auditId: number };
    const other = await t.as('mayhuongson.chutich').send('POST', `/api/orgs/${t.orgs.enterprise}/members/restore`, { auditId });
    expect(other.status).toBe(404);
  });
});

describe('audit entries name what they changed', () => {
  it('shows the member\'s current name instead of an id, on every entry about it', async () => {
    const m = await create('X5', 'Đỗ Thị Tên');
    await chair().send('PUT', `${membersUrl()}/${m.id}`, { ...body('X5', 'Đỗ Thị Tên Mới') });
    const audit = (await (await chair().get(`/api/orgs/${t.orgs.seed}/audit?pageSize=100`)).json()) as AuditPage;
    const forMember = audit.items.filter((i) => i.entity === 'member' && i.entityId === String(m.id));
    expect(forMember.map((i) => i.entityName)).toEqual(['Đỗ Thị Tên Mới', 'Đỗ Thị Tên Mới']);
    expect(audit.items.every((i) => i.entity !== 'member' || i.entityName !== null)).toBe(true);
  });
});
