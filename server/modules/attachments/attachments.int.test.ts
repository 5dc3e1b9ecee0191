import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { multipartFile } from '../../test/documents-route-cases.ts';
import type { AttachmentView } from '../../../shared/contracts/attachments.contract.ts';

// Tệp đính kèm (issue 13, item 4): one file per upload, as multipart/form-data, at most 10 MB, its name cleaned and
// its content type decided by the server; downloaded byte for byte with its Vietnamese name; the purpose decides the
// permission, always on the attachment's own union; every upload in the audit log.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const upload = async (who: string | null, name: string, bytes: Uint8Array | string, purpose = 'document', orgId = t.orgs.seed) => {
  const { body, type } = await multipartFile(name, bytes);
  return t.as(who).raw('POST', `/api/orgs/${orgId}/attachments?purpose=${purpose}`, body, type);
};

describe('attachments', () => {
  it('stores a file and gives back the same bytes with its name, type and no sniffing', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
    const res = await upload('huongbinh.uyvien', 'C:\\fakepath\\Kế hoạch 125/KH-LĐLĐ.pdf', bytes);
    expect(res.status, await res.clone().text()).toBe(200);
    const view = (await res.json()) as AttachmentView;
    expect(view).toMatchObject({ purpose: 'document', fileName: 'KH-LĐLĐ.pdf', contentType: 'application/pdf', byteSize: 300_000 });
    expect(view.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const got = await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/attachments/${view.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe("attachment; filename=\"KH-LDLD.pdf\"; filename*=UTF-8''KH-L%C4%90L%C4%90.pdf");
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);

    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'attachment')
      .where('entity_id', '=', String(view.id)).executeTakeFirstOrThrow();
    expect(audit.action).toBe('create');
    expect(audit.after).toMatchObject({ fileName: 'KH-LĐLĐ.pdf', byteSize: 300_000 });
  });

  it('refuses a file over 10 MB in Vietnamese, and stores nothing', async () => {
    const before = await t.handle.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await upload('huongbinh.chutich', 'quá lớn.pdf', new Uint8Array(10 * 1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toMatch(/vượt giới hạn 10 MB/);
    const far = await upload('huongbinh.chutich', 'rất lớn.pdf', new Uint8Array(11 * 1024 * 1024));
    expect(far.status).toBe(413);
    expect((await errorOf(far)).message).toMatch(/quá lớn/);
    const after = await t.handle.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses an empty file, an unknown kind of file and a body that is not one file', async () => {
    expect((await errorOf(await upload('huongbinh.chutich', 'rỗng.pdf', new Uint8Array(0)))).message).toMatch(/rỗng/);
    const exe = await upload('huongbinh.chutich', 'setup.exe', 'MZ');
    expect(exe.status).toBe(400);
    expect((await errorOf(exe)).message).toMatch(/Không nhận loại tệp/);
    const notForm = await t.as('huongbinh.chutich').raw('POST', `/api/orgs/${t.orgs.seed}/attachments?purpose=document`, 'abc', 'multipart/form-data; boundary=x');
    expect(notForm.status).toBe(400);
    expect((await errorOf(notForm)).message).toMatch(/Gửi đúng một tệp/);
    const { body, type } = await multipartFile('a.pdf', 'x', 'other');
    expect((await t.as('huongbinh.chutich').raw('POST', `/api/orgs/${t.orgs.seed}/attachments?purpose=document`, body, type)).status).toBe(400);
  });

  it('asks the permission of the purpose: documents for the committee, vouchers for the treasurer', async () => {
    expect((await upload('huongbinh.uyvien', 'a.pdf', 'x', 'document')).status).toBe(200);
    expect((await upload('huongbinh.ketoan', 'a.pdf', 'x', 'document')).status).toBe(403);
    expect((await upload('huongbinh.ketoan', 'phiếu chi.jpg', 'x', 'voucher')).status).toBe(200);
    expect((await upload('huongbinh.uyvien', 'phiếu chi.jpg', 'x', 'voucher')).status).toBe(403);
    expect((await upload('huongbinh.doanvien', 'a.pdf', 'x')).status).toBe(403);
    expect((await upload(null, 'a.pdf', 'x')).status).toBe(401);
    expect((await upload('mayhuongson.chutich', 'a.pdf', 'x')).status).toBe(404);
  });

  it('serves an attachment only on its own union: another union, or another union\'s path, gets not found', async () => {
    const view = (await (await upload('huongbinh.chutich', 'riêng.txt', 'nội dung riêng')).json()) as AttachmentView;
    expect(view.contentType).toBe('text/plain; charset=utf-8');
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.seed}/attachments/${view.id}`)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/attachments/${view.id}`)).status).toBe(404);
    expect((await t.as('huongbinh.doanvien').get(`/api/orgs/${t.orgs.seed}/attachments/${view.id}`)).status).toBe(403);
    expect((await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.seed}/attachments/${view.id}`)).status).toBe(200);
    expect((await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/attachments/99999999`)).status).toBe(404);
  });
});
