import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AnnualDraftView, InboxItem, ReportVersionView } from '../../../shared/contracts/reports.contract.ts';
import { paragraphTexts, readDocxPart } from './document/read-docx.ts';
import { MARGIN_MM, FONT_FAMILY } from './document/format.ts';
import { finaliseConfirmed } from '../../test/report-finalise.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const docxText = async (res: Response) => {
  expect(res.status).toBe(200);
  const xml = readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml');
  return { xml, paragraphs: paragraphTexts(xml), all: paragraphTexts(xml).join('\n') };
};
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);

describe('the seed union\'s 2023 annual report, generated from the records', () => {
  it('computes the figures and the anniversaries, with no placeholder left', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`);
    expect(res.status).toBe(200);
    const draft = (await res.json()) as AnnualDraftView;
    expect(draft.errors).toEqual([]);
    expect(draft.date).toBe('2023-12-25');
    expect(draft.figures['doanVien.tong']).toMatchObject({ value: 30, text: '30' });
    expect(draft.figures['doanVien.nu']).toMatchObject({ value: 7, text: '07' });
    expect(draft.figures['kyNiem.hoiLHPN'].text).toBe('93');
    expect(draft.figures['doanVien.hopDong']).toMatchObject({ value: 0, text: '0', label: 'Người lao động hợp đồng' });
    expect(draft.figures['doanVien.vienChuc']).toBeUndefined();
    const members = draft.sections.find((s) => s.key === 'A.I.1')!;
    expect(members.figureKeys).toContain('doanVien.tong');
    expect(members.rendered.join(' ')).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
  });

  it('writes an official .docx: header of 2023, the members sentence, kỷ niệm 93 năm, page and fonts, blocks in order', async () => {
    const { xml, paragraphs, all } = await docxText(await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023/draft.docx`));
    expect(all).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
    expect(all).toContain('kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam 20/10');
    expect(all).not.toContain('92 năm');
    expect(all).not.toContain('{{');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(margins).toContain(`w:top="${twip(MARGIN_MM.top)}"`);
    expect(margins).toContain(`w:left="${twip(MARGIN_MM.left)}"`);
    expect(margins).toContain(`w:right="${twip(MARGIN_MM.right)}"`);
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual([FONT_FAMILY]);
    const at = (needle: string) => {
      const i = paragraphs.findIndex((p) => p.includes(needle));
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at('LĐLĐ THỊ XÃ HƯƠNG TRÀ'), at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), at('Số:'), at('Hương Bình, ngày 25 tháng 12 năm 2023'),
      at('BÁO CÁO'), at('Tổng kết phong trào thi đua và hoạt động của Công đoàn năm 2023;'),
      at('A. ĐÁNH GIÁ TÌNH HÌNH'), at('B. PHƯƠNG HƯỚNG'), at('Nơi nhận:'), at('TM. BAN CHẤP HÀNH'), at('CHỦ TỊCH'), at('Trần Văn Hùng'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(all).toContain('phong trào thi đua yêu nước năm 2024');
  });

  it('names the ward union in the header of the enterprise union\'s 2026 report', async () => {
    const { paragraphs, all } = await docxText(await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/reports/annual/2026/draft.docx`));
    // Long header names are broken into balanced lines: the upper body comes first.
    expect(paragraphs[0].replace(/\s+/g, ' ')).toBe('CÔNG ĐOÀN PHƯỜNG HƯƠNG SƠN');
    expect(all).toContain('A. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026');
    expect(all).not.toContain('HƯƠNG TRÀ');
  });

  it('shows an unknown placeholder as an error in the editor and refuses to print it', async () => {
    const chair = t.as('mayhuongson.chutich');
    const saved = await chair.send('PUT', `/api/orgs/${t.orgs.enterprise}/reports/annual/2026/sections/A.I.2`, {
      paragraphs: ['Thu nhập bình quân {{thuNhap.binhQuan}} đồng/tháng.'],
    });
    expect(saved.status).toBe(200);
    const draft = (await saved.json()) as AnnualDraftView;
    expect(draft.sections.find((s) => s.key === 'A.I.2')!.errors).toEqual(['Không có số liệu "{{thuNhap.binhQuan}}"']);
    expect((await chair.get(`/api/orgs/${t.orgs.enterprise}/reports/annual/2026/draft.docx`)).status).toBe(400);
    expect((await chair.send('POST', `/api/orgs/${t.orgs.enterprise}/reports/annual/2026/finalise`)).status).toBe(400);
    const reset = await chair.send('DELETE', `/api/orgs/${t.orgs.enterprise}/reports/annual/2026/sections/A.I.2`);
    expect(((await reset.json()) as AnnualDraftView).errors).toEqual([]);
    expect((await chair.send('PUT', `/api/orgs/${t.orgs.enterprise}/reports/annual/2026/sections/nope`, { paragraphs: [] })).status).toBe(404);
  });

  it('starts 2024 from the 2023 text with the figures and anniversaries of 2024', async () => {
    const chair = t.as('huongbinh.chutich');
    const res = await chair.send('POST', `/api/orgs/${t.orgs.seed}/reports/annual/2024/start-from-last-year`);
    expect(res.status).toBe(200);
    const draft = (await res.json()) as AnnualDraftView;
    const women = draft.sections.find((s) => s.key === 'A.II.3')!.rendered.join(' ');
    expect(women).toContain('kỷ niệm 94 năm ngày thành lập Hội LHPN Việt Nam 20/10');
    expect(draft.sections.find((s) => s.key === 'moDau')!.rendered[0]).toMatch(/^Năm 2024 /);
    expect(draft.sections.find((s) => s.key === 'B')!.rendered[0]).toContain('năm 2025');
    expect((await chair.send('POST', `/api/orgs/${t.orgs.seed}/reports/annual/1999/start-from-last-year`)).status).toBe(400);
  });

  it('freezes figures on finalising; a new draft shows a later change; submitted to the upper body of the day', async () => {
    const chair = t.as('huongbinh.chutich');
    const fin = await finaliseConfirmed(chair, t.orgs.seed, 2023);
    expect(fin.status).toBe(200);
    const v1 = (await fin.json()) as ReportVersionView;
    expect(v1).toMatchObject({ version: 1, number: '01/BC-CĐCS', issuedOn: '2023-12-25', submittedAt: null });

    // A member recorded afterwards as admitted in 2023 changes the draft, not the finalised version.
    const added = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, {
      code: 'HB99', fullName: 'Nguyễn Thị Muộn', sex: 'female', category: 'khong_chuyen_trach', joinedOn: '2023-06-01',
    });
    expect(added.status).toBe(200);
    const frozen = await docxText(await chair.get(`/api/orgs/${t.orgs.seed}/reports/versions/${v1.id}/docx`));
    expect(frozen.all).toContain('hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
    expect(frozen.all).toContain('Số: 01/BC-CĐCS');
    const draft = await docxText(await chair.get(`/api/orgs/${t.orgs.seed}/reports/annual/2023/draft.docx`));
    expect(draft.all).toContain('hiện nay là 31 đồng chí, Nữ 08 đồng chí.');
    const v2 = (await (await finaliseConfirmed(chair, t.orgs.seed, 2023)).json()) as ReportVersionView;
    expect(v2).toMatchObject({ version: 2, number: '02/BC-CĐCS' });

    const sent = await chair.send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v2.id}/submit`);
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as ReportVersionView).submittedTo).toBe('Liên đoàn Lao động thành phố Huế');
    expect((await chair.send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v2.id}/submit`)).status).toBe(409);

    const inbox = (await (await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.province}/reports/inbox`)).json()) as InboxItem[];
    expect(inbox.map((i) => [i.orgName, i.year, i.number])).toEqual([['Công đoàn cơ sở cơ quan xã Hương Bình', 2023, '02/BC-CĐCS']]);
    expect(inbox[0].submittedAt).not.toBeNull();
    expect((await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.seed}/reports/versions/${v2.id}/docx`)).status).toBe(200);
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.seed}/reports/versions/${v2.id}/docx`)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.province}/reports/inbox`)).status).toBe(404);
    expect((await t.as('huongbinh.uyvien').send('POST', `/api/orgs/${t.orgs.seed}/reports/annual/2023/finalise`, {})).status).toBe(403);

    const versions = ((await (await chair.get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as AnnualDraftView).versions;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('keeps an ended union\'s reports downloadable and read-only', async () => {
    const chair = t.as('mayhuongson.chutich');
    const v = (await (await finaliseConfirmed(chair, t.orgs.enterprise, 2025, { fillGaps: true })).json()) as ReportVersionView;
    expect(v.number).toBe('01/BC-CĐCS');
    const ended = await t.as('phuong.canbo').send('POST', `/api/orgs/${t.orgs.enterprise}/end`, {
      on: '2026-10-01', reason: 'dissolved', decisionNumber: '30/QĐ-CĐP', decisionDate: '2026-09-25', decisionIssuer: 'Công đoàn phường Hương Sơn',
    });
    expect(ended.status).toBe(200);
    expect((await chair.get(`/api/orgs/${t.orgs.enterprise}/reports/versions/${v.id}/docx`)).status).toBe(200);
    expect((await chair.send('PUT', `/api/orgs/${t.orgs.enterprise}/reports/annual/2025/sections/A.I.2`, { paragraphs: ['x'] })).status).toBe(409);
  });
});
