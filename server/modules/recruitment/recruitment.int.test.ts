import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { prospectBody } from '../../test/recruitment-route-cases.ts';
import { todayIso } from '../../../shared/vi/dates.ts';
import type { ProspectListView, ProspectView, RecruitmentYearView } from '../../../shared/contracts/recruitment.contract.ts';

// Phát triển đoàn viên: the enterprise demo's targets and admissions month by month, the consent every prospect needs
// (Nghị định 13/2023), the erasure a withdrawal makes, joining linked to a member of the same union only, writes by
// role with their audit, the Vietnamese words of refusals, the report's figures.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = (path: string, orgId = t.orgs.enterprise) => `/api/orgs/${orgId}/recruitment${path}`;
const chair = () => t.as('mayhuongson.chutich');
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const auditOf = (entity: string, id: number | string) => t.handle.db.selectFrom('audit_log').select(['action', 'before', 'after'])
  .where('entity', '=', entity).where('entity_id', '=', String(id)).orderBy('id').execute();
const yearView = async (year: number) => (await (await chair().get(api(`?year=${year}`))).json()) as RecruitmentYearView;
const created = async (body: Record<string, unknown> = prospectBody) => {
  const res = await chair().send('POST', api('/prospects'), body);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ProspectView;
};

describe('member recruitment', () => {
  it('shows the enterprise demo\'s 2025 and 2026: target, admissions per month from the member records, percent, prospects', async () => {
    const y2025 = await yearView(2025);
    expect(y2025).toMatchObject({ asOf: '2025-12-31', target: { newMembers: 8 }, admitted: 5, percentOfTarget: 62.5 });
    expect(y2025.admittedByMonth).toEqual([0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    expect(y2025.prospectsByStatus).toEqual({ new: 0, contacted: 0, joined: 0, declined: 1, withdrawn: 0 });
    const y2026 = await yearView(2026);
    expect(y2026).toMatchObject({ asOf: todayIso() < '2026-12-31' ? todayIso() : '2026-12-31', target: { newMembers: 10 }, admitted: 7, percentOfTarget: 70 });
    expect(y2026.admittedByMonth).toEqual([2, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0]);
    expect(y2026.prospectsByStatus).toEqual({ new: 1, contacted: 2, joined: 1, declined: 1, withdrawn: 1 });
    const none = await yearView(2024);
    expect(none).toMatchObject({ target: null, percentOfTarget: null });
    // Still 60 members today: the recruited ones are among them.
    const stats = (await (await chair().get(`/api/orgs/${t.orgs.enterprise}/members/stats`)).json()) as { total: number };
    expect(stats.total).toBe(60);
  });

  it('charges the demo\'s recruited members dues only from the first month they were members on its first day', async () => {
    const early = await t.handle.db.selectFrom('dues_payments as p').innerJoin('members as m', 'm.id', 'p.member_id')
      .select(['m.code', 'p.month', 'm.joined_on']).where('m.org_id', '=', t.orgs.enterprise).whereRef('p.month', '<', 'm.joined_on').execute();
    expect(early).toEqual([]);
    const months = await t.handle.db.selectFrom('dues_payments as p').innerJoin('members as m', 'm.id', 'p.member_id').select('p.month')
      .where('m.code', '=', 'MHS048').orderBy('p.month').execute();
    // Admitted on 03/03/2025: a member on the first day of April, not of March.
    expect(months[0].month).toBe('2025-04-01');
  });

  it('lists the prospects with their consent; the withdrawn one holds nothing personal; the joined one names its member', async () => {
    const { prospects } = (await (await t.as('mayhuongson.ketoan').get(api('/prospects'))).json()) as ProspectListView;
    expect(prospects).toHaveLength(6);
    expect(prospects.every((p) => p.consentOn !== '')).toBe(true);
    const withdrawn = prospects.filter((p) => p.consentWithdrawnOn !== null);
    expect(withdrawn).toEqual([expect.objectContaining({ fullName: null, phone: null, note: null, consentWithdrawnOn: '2026-06-10' })]);
    const joined = prospects.find((p) => p.status === 'joined')!;
    expect(joined.memberName).toBe(joined.fullName);
    const member = await t.handle.db.selectFrom('members').select(['id', 'joined_on']).where('code', '=', 'MHS059').executeTakeFirstOrThrow();
    expect([joined.memberId, member.joined_on]).toEqual([member.id, '2026-08-03']);
  });

  it('fills the placeholders of the enterprise\'s reports, and says when there is no target', async () => {
    const figures = async (as: string, orgId: number, year: number) =>
      ((await (await t.as(as).get(`/api/orgs/${orgId}/reports/annual/${year}`)).json()) as { figures: Record<string, { value: unknown }> }).figures;
    const r2026 = await figures('mayhuongson.chutich', t.orgs.enterprise, 2026);
    const v = (key: string) => r2026[key].value;
    expect([v('phatTrien.chiTieu'), v('phatTrien.ketNap'), v('phatTrien.tyLeChiTieu'), v('phatTrien.tiepCan'), v('phatTrien.chuaVao')])
      .toEqual([10, 7, 0.7, 4, 3]);
    const r2025 = await figures('mayhuongson.chutich', t.orgs.enterprise, 2025);
    expect(['chiTieu', 'ketNap', 'tyLeChiTieu', 'tiepCan', 'chuaVao'].map((k) => r2025[`phatTrien.${k}`].value)).toEqual([8, 5, 0.625, 1, 0]);
    const seed = await figures('huongbinh.chutich', t.orgs.seed, 2023);
    expect([seed['phatTrien.chiTieu'].value, seed['phatTrien.tyLeChiTieu'].value]).toEqual(['chưa có chỉ tiêu', 'chưa có chỉ tiêu']);
  });

  it('keeps no worker without consent: the contract refuses, and so does the database', async () => {
    const { consentOn: _c, ...noConsent } = prospectBody;
    for (const body of [noConsent, { ...prospectBody, consentOn: null }, { ...prospectBody, consentOn: '' }]) {
      const res = await chair().send('POST', api('/prospects'), body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(/consentOn: Cần ngày người lao động đồng ý cho lưu thông tin/);
    }
    const insert = (values: Record<string, unknown>) => t.handle.db.insertInto('recruitment_prospects')
      .values({ org_id: t.orgs.enterprise, team: 'Tổ thử', status: 'new', full_name: 'Người Thử', consent_on: '2026-01-01', ...values } as never).execute();
    await expect(insert({ consent_on: null })).rejects.toThrow();
    // A withdrawn row with contact data left, or a named row without consent kept: both refused.
    await expect(insert({ consent_withdrawn_on: '2026-02-01', phone: '0905123456', full_name: null })).rejects.toThrow();
    await expect(insert({ consent_withdrawn_on: '2026-02-01' })).rejects.toThrow();
    await expect(insert({ status: 'joined' })).rejects.toThrow();
  });

  it('erases the name, phone and note when consent is withdrawn, keeps the row as a count, and no audit entry holds them', async () => {
    const p = await created();
    expect(p).toMatchObject({ fullName: prospectBody.fullName, phone: '0905123456', note: prospectBody.note });
    const before = (await yearView(2026)).prospectsByStatus;
    const res = await t.as('mayhuongson.uyvien').send('POST', api(`/prospects/${p.id}/withdrawal`), { withdrawnOn: '2026-04-01' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ id: p.id, fullName: null, phone: null, note: null, consentWithdrawnOn: '2026-04-01', team: prospectBody.team });
    const row = await t.handle.db.selectFrom('recruitment_prospects').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect([row.full_name, row.phone, row.note]).toEqual([null, null, null]);
    const after = (await yearView(2026)).prospectsByStatus;
    expect([after.contacted, after.withdrawn]).toEqual([before.contacted - 1, before.withdrawn + 1]);
    const audit = await auditOf('recruitment_prospect', p.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'status']);
    expect(JSON.stringify(audit)).not.toMatch(/Tiếp Cận|0905123456|Hẹn trao đổi/);
    // Nothing left to edit; a second withdrawal is refused too.
    const edit = await chair().send('PUT', api(`/prospects/${p.id}`), prospectBody);
    expect((await errorOf(edit)).message).toMatch(/đã rút lại sự đồng ý/);
    const early = await created();
    const tooEarly = await chair().send('POST', api(`/prospects/${early.id}/withdrawal`), { withdrawnOn: '2026-01-01' });
    expect((await errorOf(tooEarly)).message).toMatch(/withdrawnOn: Ngày rút lại sự đồng ý không trước ngày đồng ý/);
  });

  it('links a joined prospect to a member of the same union only, once', async () => {
    const p = await created();
    const seedMember = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.seed).executeTakeFirstOrThrow();
    const foreign = await chair().send('POST', api(`/prospects/${p.id}/joined`), { memberId: seedMember.id });
    expect(foreign.status).toBe(400);
    expect((await errorOf(foreign)).message).toMatch(/memberId: Không tìm thấy đoàn viên này trong công đoàn/);
    const taken = await t.handle.db.selectFrom('members').select('id').where('code', '=', 'MHS059').executeTakeFirstOrThrow();
    const twice = await chair().send('POST', api(`/prospects/${p.id}/joined`), { memberId: taken.id });
    expect((await errorOf(twice)).message).toMatch(/memberId: Đoàn viên này đã được gắn với một người lao động khác/);
    const own = await t.handle.db.selectFrom('members').select(['id', 'full_name']).where('code', '=', 'MHS058').executeTakeFirstOrThrow();
    const linked = await chair().send('POST', api(`/prospects/${p.id}/joined`), { memberId: own.id });
    expect(linked.status, await linked.clone().text()).toBe(200);
    expect(await linked.json()).toMatchObject({ status: 'joined', memberId: own.id, memberName: own.full_name });
    // Typing 'joined' is refused: joining is a link; changing the status back unlinks.
    const typed = await chair().send('POST', api('/prospects'), { ...prospectBody, status: 'joined' });
    expect((await errorOf(typed)).message).toMatch(/status: Chọn «Đã vào công đoàn»/);
    const undone = await chair().send('PUT', api(`/prospects/${p.id}`), { ...prospectBody, status: 'contacted' });
    expect(await undone.json()).toMatchObject({ status: 'contacted', memberId: null });
    expect((await auditOf('recruitment_prospect', p.id)).map((a) => a.action)).toEqual(['create', 'link', 'update']);
  });

  it('lets the chairperson and the committee write with an audit entry; refuses the treasurer, members and another union', async () => {
    const target = await chair().send('PUT', api('/targets/2027'), { newMembers: 12, note: 'Theo nghị quyết đại hội' });
    expect(await target.json()).toEqual({ year: 2027, newMembers: 12, note: 'Theo nghị quyết đại hội' });
    const again = await t.as('mayhuongson.uyvien').send('PUT', api('/targets/2027'), { newMembers: 14 });
    expect(((await again.json()) as { newMembers: number }).newMembers).toBe(14);
    expect((await auditOf('recruitment_target', 2027)).map((a) => a.action)).toEqual(['create', 'update']);
    expect((await t.as('mayhuongson.ketoan').send('PUT', api('/targets/2027'), { newMembers: 1 })).status).toBe(403);
    expect((await t.as('mayhuongson.ketoan').send('POST', api('/prospects'), prospectBody)).status).toBe(403);
    expect((await t.as('mayhuongson.doanvien').get(api('?year=2026'))).status).toBe(403);
    expect((await t.as('mayhuongson.doanvien').send('POST', api('/prospects'), prospectBody)).status).toBe(403);
    expect((await t.as('huongbinh.chutich').get(api('?year=2026'))).status).toBe(404);
    expect((await t.as('huongbinh.chutich').get(api('/prospects'))).status).toBe(404);
    const p = await created();
    expect((await t.as('huongbinh.chutich').send('DELETE', api(`/prospects/${p.id}`))).status).toBe(404);
    expect((await chair().send('DELETE', api(`/prospects/${p.id}`))).status).toBe(200);
    expect((await auditOf('recruitment_prospect', p.id)).map((a) => a.action)).toEqual(['create', 'delete']);
    expect((await chair().send('DELETE', api(`/prospects/${p.id}`))).status).toBe(404);
  });

  it('refuses impossible records with Vietnamese words naming the field', async () => {
    const cases: [string, string, Record<string, unknown>, RegExp][] = [
      ['PUT', '/targets/2028', { newMembers: 0 }, /newMembers: Chỉ tiêu kết nạp từ 1 đoàn viên/],
      ['PUT', '/targets/2028', { newMembers: 2.5 }, /newMembers: Chỉ tiêu là số nguyên/],
      ['POST', '/prospects', { ...prospectBody, fullName: 'A' }, /fullName: Họ tên từ 2 ký tự/],
      ['POST', '/prospects', { ...prospectBody, team: '' }, /team: Bắt buộc nhập tổ, bộ phận/],
      ['POST', '/prospects', { ...prospectBody, phone: '12345' }, /phone: Số điện thoại không hợp lệ/],
      ['POST', '/prospects', { ...prospectBody, status: 'maybe' }, /status/],
      ['POST', '/prospects', { ...prospectBody, consentOn: '2099-01-01' }, /consentOn: Ngày đồng ý không sau hôm nay/],
      ['POST', '/prospects', { ...prospectBody, consentOn: '2026-02-30' }, /consentOn: Ngày không tồn tại/],
    ];
    for (const [method, path, body, message] of cases) {
      const res = await chair().send(method, api(path), body);
      expect(res.status, path).toBe(400);
      expect((await errorOf(res)).message, JSON.stringify(body)).toMatch(message);
    }
  });
});
