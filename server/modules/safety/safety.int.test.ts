import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { accidentBody, disputeBody, inspectionBody, officerBody } from '../../test/safety-route-cases.ts';
import type { SafetyYearView, WorkAccidentView } from '../../../shared/contracts/safety.contract.ts';

// An toàn vệ sinh lao động and tranh chấp lao động (issue 14, items 4 and 5): the enterprise demo's records, writes by
// role with their audit, references only within the union, the constraints' Vietnamese words, the report's figures.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = (path: string, orgId = t.orgs.enterprise) => `/api/orgs/${orgId}/${path}`;
const chair = () => t.as('mayhuongson.chutich');
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const auditOf = (entity: string, id: number) => t.handle.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', entity)
  .where('entity_id', '=', String(id)).orderBy('id').execute();

describe('safety and disputes', () => {
  it('keeps the enterprise demo\'s network, 2026 inspections, supported accident and 2025 dispute', async () => {
    const y2026 = (await (await t.as('mayhuongson.ketoan').get(api('safety?year=2026'))).json()) as SafetyYearView;
    expect(y2026.officers).toHaveLength(5);
    expect(y2026.inspections.map((i) => i.inspectedOn)).toEqual(['2026-05-12', '2026-10-08']);
    expect(y2026.accidents).toHaveLength(1);
    expect(y2026.accidents[0]).toMatchObject({ severity: 'minor', daysLost: 5, supportPaid: 1_000_000 });
    expect(y2026.disputes).toEqual([]);
    const welfare = (await (await chair().get(api('welfare/events?year=2026'))).json()) as { events: { id: number; amount: number; entryNumber: string }[] };
    const event = welfare.events.find((e) => e.id === y2026.accidents[0].welfareEventId);
    expect(event).toMatchObject({ amount: 1_000_000 });
    const y2025 = (await (await chair().get(api('safety?year=2025'))).json()) as SafetyYearView;
    expect(y2025.disputes).toHaveLength(1);
    expect(y2025.disputes[0]).toMatchObject({ kind: 'individual', status: 'resolved', stoppage: false, workersInvolved: 1 });
  });

  it('offers the Tháng hành động ATVSLĐ as a kind of activity', async () => {
    const kinds = (await (await chair().get(api('activities/kinds'))).json()) as { code: string; name: string }[];
    expect(kinds.find((k) => k.code === 'atvsld')?.name).toBe('Tháng hành động ATVSLĐ');
  });

  it('fills the placeholders of the enterprise\'s 2026 report', async () => {
    const report = (await (await chair().get(api('reports/annual/2026'))).json()) as { figures: Record<string, { value: unknown }> };
    const value = (key: string) => report.figures[key].value;
    expect([value('anToan.soVu'), value('anToan.nang'), value('anToan.ngayCongMat'), value('anToan.hoTro')]).toEqual([1, 0, 5, 1_000_000]);
    expect([value('anToan.soKiemTra'), value('anToan.mangLuoi')]).toEqual([2, 5]);
    expect([value('tranhChap.soVu'), value('tranhChap.ngungViec'), value('tranhChap.daGiaiQuyet')]).toEqual([0, 0, 0]);
    const y2025 = (await (await chair().get(api('reports/annual/2025'))).json()) as { figures: Record<string, { value: unknown }> };
    expect([y2025.figures['tranhChap.soVu'].value, y2025.figures['tranhChap.daGiaiQuyet'].value]).toEqual([1, 1]);
  });

  it('lets the chairperson and the committee write with an audit entry, and refuses the treasurer and members', async () => {
    const made = await chair().send('POST', api('safety/inspections'), inspectionBody);
    expect(made.status, await made.clone().text()).toBe(200);
    const { id } = (await made.json()) as { id: number };
    const edited = await t.as('mayhuongson.uyvien').send('PUT', api(`safety/inspections/${id}`), { ...inspectionBody, doneOn: '2026-05-20' });
    expect(((await edited.json()) as { doneOn: string }).doneOn).toBe('2026-05-20');
    expect((await t.as('mayhuongson.ketoan').send('POST', api('safety/inspections'), inspectionBody)).status).toBe(403);
    expect((await t.as('mayhuongson.doanvien').get(api('safety?year=2026'))).status).toBe(403);
    expect((await t.as('huongbinh.chutich').send('POST', api('disputes'), disputeBody)).status).toBe(404);
    expect((await chair().send('DELETE', api(`safety/inspections/${id}`))).status).toBe(200);
    expect((await auditOf('safety_inspection', id)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    const officer = await chair().send('POST', api('safety/officers'), await officerBody(t, t.orgs.enterprise));
    expect(officer.status, await officer.clone().text()).toBe(200);
    const dispute = await chair().send('POST', api('disputes'), {
      ...disputeBody, kind: 'collective', stoppage: true, workersInvolved: 40, endedOn: null, status: 'open',
    });
    expect(dispute.status, await dispute.clone().text()).toBe(200);
    expect((await auditOf('labour_dispute', ((await dispute.json()) as { id: number }).id)).map((a) => a.action)).toEqual(['create']);
  });

  it('links an accident to the union\'s own welfare event only', async () => {
    const other = await t.handle.db.selectFrom('welfare_events').select('id').where('org_id', '=', t.orgs.seed).executeTakeFirstOrThrow();
    const refused = await chair().send('POST', api('safety/accidents'), { ...accidentBody, welfareEventId: other.id });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toMatch(/welfareEventId: Không tìm thấy khoản chăm lo/);
    const seedMember = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.seed).executeTakeFirstOrThrow();
    const wrongMember = await chair().send('POST', api('safety/accidents'), { ...accidentBody, memberId: seedMember.id });
    expect((await errorOf(wrongMember)).message).toMatch(/memberId: Không tìm thấy đoàn viên/);
    const demo = (await (await chair().get(api('safety?year=2026'))).json()) as SafetyYearView;
    const taken = await chair().send('POST', api('safety/accidents'), { ...accidentBody, welfareEventId: demo.accidents[0].welfareEventId });
    expect((await errorOf(taken)).message).toMatch(/welfareEventId: Khoản hỗ trợ này đã gắn với một vụ tai nạn lao động khác/);
    const injured = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.enterprise).where('code', '=', 'MHS030').executeTakeFirstOrThrow();
    const fund = await t.handle.db.selectFrom('funds').select('id').where('org_id', '=', t.orgs.enterprise).where('code', '=', 'quy-cong-doan').executeTakeFirstOrThrow();
    const paid = await t.as('mayhuongson.ketoan').send('POST', api('welfare/events'), {
      kind: 'sickness', eventDate: '2026-04-02', description: 'Thăm hỏi đoàn viên bị tai nạn lao động', fundId: fund.id, amount: 2_000_000,
      beneficiaries: [{ memberId: injured.id, amount: 2_000_000 }],
    });
    expect(paid.status, await paid.clone().text()).toBe(200);
    const { id: eventId, entryId } = (await paid.json()) as { id: number; entryId: number };
    const linked = await chair().send('POST', api('safety/accidents'), {
      ...accidentBody, occurredOn: '2026-04-01', memberId: injured.id, welfareEventId: eventId, severity: 'serious',
    });
    expect(linked.status, await linked.clone().text()).toBe(200);
    const view = (await linked.json()) as WorkAccidentView;
    expect(view.supportPaid).toBe(2_000_000);
    const edited = await chair().send('PUT', api(`safety/accidents/${view.id}`), { ...accidentBody, memberId: injured.id, welfareEventId: eventId, daysLost: 9 });
    expect(((await edited.json()) as WorkAccidentView)).toMatchObject({ daysLost: 9, supportPaid: 2_000_000 });
    // A payment reversed in the ledger was, in the end, not paid.
    const reversed = await t.as('mayhuongson.ketoan').send('POST', api(`finance/entries/${entryId}/reverse`), { entryDate: '2026-04-03', reason: 'Chi nhầm đối tượng' });
    expect(reversed.status, await reversed.clone().text()).toBe(200);
    const after = (await (await chair().get(api('safety?year=2026'))).json()) as SafetyYearView;
    expect(after.accidents.find((a) => a.id === view.id)?.supportPaid).toBe(0);
  });

  it('refuses impossible records with Vietnamese words naming the field', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['safety/accidents', { ...accidentBody, daysLost: -1 }, /daysLost.*không âm/],
      ['safety/accidents', { ...accidentBody, severity: 'deadly' }, /severity/],
      ['disputes', { ...disputeBody, workersInvolved: 0 }, /workersInvolved.*từ 1/],
      ['disputes', { ...disputeBody, status: 'open' }, /endedOn.*đã giải quyết/],
      ['disputes', { ...disputeBody, stoppage: true }, /stoppage.*tập thể/],
      ['safety/inspections', { ...inspectionBody, doneOn: '2026-01-01' }, /doneOn.*không trước ngày kiểm tra/],
      ['safety/officers', { memberId: 1, area: 'Tổ', appointedOn: '2025-03-01', endedOn: '2024-01-01' }, /endedOn.*không trước/],
    ];
    for (const [path, body, message] of cases) {
      const res = await chair().send('POST', api(path), body);
      expect(res.status, path).toBe(400);
      expect((await errorOf(res)).message, JSON.stringify(body)).toMatch(message);
    }
  });
});
