import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { documentBody, multipartFile } from '../../test/documents-route-cases.ts';
import { today } from '../../core/clock.ts';
import { addDays } from '../../../shared/vi/dates.ts';
import type { AttachmentView } from '../../../shared/contracts/attachments.contract.ts';
import type { DocumentListView, DocumentSummaryView, DocumentView } from '../../../shared/contracts/documents.contract.ts';

// Văn bản chỉ đạo đến (issue 13, item 4): the register with its file, deadline, assignee and completion; overdue and
// due-soon lists; the on-time rate; every write with its audit entry; references only within the union.

let t: TestApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const r of await t.handle.db.selectFrom('members').select(['id', 'code']).where('org_id', '=', t.orgs.seed).execute()) {
    ids[r.code] = r.id;
  }
});
afterAll(() => t.close());

const base = (path = '', orgId = t.orgs.seed) => `/api/orgs/${orgId}/documents${path}`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const create = (body: Record<string, unknown>, who = 'huongbinh.uyvien') => t.as(who).send('POST', base(), { ...documentBody(1), ...body });
const auditOf = (id: number) => t.handle.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', 'directive_document')
  .where('entity_id', '=', String(id)).orderBy('id').execute();

describe('directive documents', () => {
  it('keeps the demo union\'s 2023 documents, all done on time, and the 2023 report\'s placeholders', async () => {
    const list = (await (await t.as('huongbinh.ketoan').get(base('?year=2023'))).json()) as DocumentListView;
    expect(list.documents).toHaveLength(6);
    expect(list.documents.every((d) => d.status === 'done' && d.completedOn! <= d.deadline!)).toBe(true);
    expect(list.documents.at(-1)!.attachment?.fileName).toMatch(/05-KH-LĐLĐ/);
    const summary = (await (await t.as('tinh.canbo').get(base('/summary?year=2023'))).json()) as DocumentSummaryView;
    expect(summary).toMatchObject({ year: 2023, asOf: '2023-12-31', total: 6, done: 6, dueInPeriod: 6, doneOnTime: 6, onTimeRate: 1 });
    const report = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as
      { figures: Record<string, { value: unknown; text: string }> };
    expect(report.figures['vanBan.tongSo'].text).toBe('06');
    expect(report.figures['vanBan.dungHan'].text).toBe('06');
    expect(report.figures['vanBan.tyLeDungHan'].text).toBe('100%');
    const none = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2022`)).json()) as
      { figures: Record<string, { value: unknown; text: string }> };
    expect(none.figures['vanBan.tyLeDungHan'].text).toBe('chưa có số liệu');
  });

  it('lists this year\'s overdue and due-soon documents for the dashboard', async () => {
    const year = Number(today().slice(0, 4));
    const summary = (await (await t.as('huongbinh.chutich').get(base(`/summary?year=${year}`))).json()) as DocumentSummaryView;
    expect(summary.overdue.map((d) => d.numberSymbol)).toContain('97/CV-LĐLĐ');
    expect(summary.dueSoon.map((d) => d.numberSymbol)).toContain('104/HD-LĐLĐ');
    expect(summary.overdue.every((d) => d.overdue)).toBe(true);
    expect(summary.dueSoon.every((d) => !d.overdue && d.deadline! <= addDays(today(), 7))).toBe(true);
  });

  it('lets the chairperson and the committee write, the treasurer read, and refuses others', async () => {
    const made = await create({ assigneeMemberId: ids.HB04 }, 'huongbinh.chutich');
    expect(made.status, await made.clone().text()).toBe(200);
    const doc = (await made.json()) as DocumentView;
    expect(doc).toMatchObject({ status: 'pending', assigneeName: 'Hoàng Thị Lan', overdue: true });
    expect((await create({}, 'huongbinh.uyvien')).status).toBe(200);
    expect((await create({}, 'huongbinh.ketoan')).status).toBe(403);
    expect((await t.as('huongbinh.ketoan').get(base('?year=2026'))).status).toBe(200);
    expect((await t.as('huongbinh.doanvien').get(base('?year=2026'))).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(base('?year=2026'))).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').send('DELETE', base(`/${doc.id}`, t.orgs.enterprise))).status).toBe(404);
    expect((await t.as(null).get(base('?year=2026'))).status).toBe(401);
    expect((await auditOf(doc.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('edits, marks done, filters by status and deletes, each with its audit entry', async () => {
    const doc = (await (await create({ numberSymbol: '77/KH-LĐLĐ' })).json()) as DocumentView;
    const edited = await t.as('huongbinh.uyvien').send('PUT', base(`/${doc.id}`), { ...documentBody(77), numberSymbol: '77/KH-LĐLĐ', status: 'in_progress', note: 'Đang triển khai' });
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect(((await edited.json()) as DocumentView).status).toBe('in_progress');
    const inProgress = (await (await t.as('huongbinh.uyvien').get(base('?year=2026&status=in_progress'))).json()) as DocumentListView;
    expect(inProgress.documents.map((d) => d.id)).toContain(doc.id);
    expect(inProgress.documents.every((d) => d.status === 'in_progress')).toBe(true);

    const early = await t.as('huongbinh.uyvien').send('POST', base(`/${doc.id}/done`), { completedOn: '2026-03-01' });
    expect((await errorOf(early)).message).toMatch(/không trước ngày nhận/);
    const done = await t.as('huongbinh.uyvien').send('POST', base(`/${doc.id}/done`), { completedOn: '2026-03-25' });
    expect(done.status).toBe(200);
    expect((await done.json()) as DocumentView).toMatchObject({ status: 'done', completedOn: '2026-03-25', overdue: false });
    expect((await t.as('huongbinh.uyvien').send('POST', base(`/${doc.id}/done`), { completedOn: '2026-03-26' })).status).toBe(409);

    expect((await t.as('huongbinh.chutich').send('DELETE', base(`/${doc.id}`))).status).toBe(200);
    expect((await t.as('huongbinh.chutich').send('DELETE', base(`/${doc.id}`))).status).toBe(404);
    expect((await auditOf(doc.id)).map((a) => a.action)).toEqual(['create', 'update', 'status', 'delete']);
  });

  it('refuses inconsistent dates and statuses in Vietnamese', async () => {
    expect((await errorOf(await create({ receivedOn: '2026-03-01' }))).message).toMatch(/^receivedOn: Ngày nhận không trước ngày ban hành/);
    expect((await errorOf(await create({ status: 'done' }))).message).toMatch(/^completedOn: .*cần ngày hoàn thành/);
    expect((await errorOf(await create({ completedOn: '2026-03-10' }))).message).toMatch(/^completedOn: Chỉ ghi ngày hoàn thành/);
    expect((await errorOf(await create({ deadline: '2026-01-01' }))).message).toMatch(/^deadline: /);
    expect((await errorOf(await create({ receivedOn: addDays(today(), 2), issuedOn: addDays(today(), 1), deadline: null }))).message).toMatch(/không sau hôm nay/);
    expect((await errorOf(await create({ assigneeMemberId: 2_000_000 }))).message).toMatch(/^assigneeMemberId: /);
  });

  it('attaches a file of its own union only, and removes it with the document', async () => {
    const { body, type } = await multipartFile('Công văn 88.pdf', '%PDF-1.4 công văn');
    const file = (await (await t.as('huongbinh.uyvien').raw('POST', `/api/orgs/${t.orgs.seed}/attachments?purpose=document`, body, type)).json()) as AttachmentView;
    const doc = (await (await create({ attachmentId: file.id })).json()) as DocumentView;
    expect(doc.attachment).toEqual({ id: file.id, fileName: 'Công văn 88.pdf', byteSize: file.byteSize, contentType: 'application/pdf' });

    const other = await multipartFile('Của công ty.pdf', '%PDF-1.4 khác');
    const foreign = (await (await t.as('mayhuongson.chutich').raw('POST', `/api/orgs/${t.orgs.enterprise}/attachments?purpose=document`, other.body, other.type)).json()) as AttachmentView;
    const refused = await create({ attachmentId: foreign.id });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toMatch(/^attachmentId: Không tìm thấy tệp đính kèm/);
    const voucher = await multipartFile('Phiếu chi.pdf', '%PDF-1.4 phiếu');
    const voucherFile = (await (await t.as('huongbinh.ketoan').raw('POST', `/api/orgs/${t.orgs.seed}/attachments?purpose=voucher`, voucher.body, voucher.type)).json()) as AttachmentView;
    expect((await create({ attachmentId: voucherFile.id })).status).toBe(400);

    expect((await t.as('huongbinh.uyvien').send('DELETE', base(`/${doc.id}`))).status).toBe(200);
    expect(await t.handle.db.selectFrom('attachments').select('id').where('id', '=', file.id).executeTakeFirst()).toBeUndefined();
  });

  it('counts the on-time rate of a year by the deadlines that fell due', async () => {
    const year = 2025;
    for (const [n, deadline, completedOn] of [[1, '2025-04-30', '2025-04-28'], [2, '2025-05-31', '2025-06-03'], [3, '2025-06-30', null]] as const) {
      const res = await create({
        ...documentBody(900 + n), issuedOn: '2025-04-01', receivedOn: '2025-04-02', deadline,
        status: completedOn ? 'done' : 'pending', completedOn,
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const summary = (await (await t.as('huongbinh.uyvien').get(base(`/summary?year=${year}`))).json()) as DocumentSummaryView;
    expect(summary).toMatchObject({ total: 3, done: 2, pending: 1, dueInPeriod: 3, doneOnTime: 1 });
    expect(summary.onTimeRate).toBeCloseTo(1 / 3);
  });
});
