import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AnnualDraftView, ReportVersionView } from '../../../shared/contracts/reports.contract.ts';
import { finaliseConfirmed } from '../../test/report-finalise.ts';
import { paragraphTexts, readDocxPart } from './document/read-docx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const url = (year: number, rest = '') => `/api/orgs/${t.orgs.seed}/reports/annual/${year}${rest}`;
const draft = async (year: number, user = 'huongbinh.chutich') => {
  const res = await t.as(user).get(url(year));
  expect(res.status).toBe(200);
  return (await res.json()) as AnnualDraftView;
};
const settings = (year: number, body: unknown) => t.as('huongbinh.chutich').send('PUT', url(year, '/settings'), body);
const docxParagraphs = async (res: Response) => {
  expect(res.status).toBe(200);
  return paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml'));
};

describe('recipients follow the tree of the report\'s date', () => {
  it('keeps "LĐLĐ Thị xã" in the 2023 report, when that federation still existed', async () => {
    const d = await draft(2023);
    expect(d.settings.recipients).toEqual(['LĐLĐ Thị xã', 'Thường trực Đảng ủy', 'Đoàn viên Công đoàn', 'Lưu']);
    expect(d.settings.recipientWarnings).toEqual([]);
    const paragraphs = await docxParagraphs(await t.as('huongbinh.chutich').get(url(2023, '/draft.docx')));
    expect(paragraphs).toContain('- LĐLĐ Thị xã;');
  });

  it('flags it in the 2026 report and offers the upper body of that date; the replacement stays with that report', async () => {
    await settings(2026, { issuedOn: '2026-12-20' });
    const d = await draft(2026);
    expect(d.settings.recipientWarnings).toEqual([{
      index: 0, line: 'LĐLĐ Thị xã', endedOrgId: t.orgs.district,
      message: 'LĐLĐ thị xã Hương Trà đã kết thúc 01/07/2025', replacement: 'LĐLĐ thành phố Huế',
    }]);
    const fixed = d.settings.recipients.map((line, i) => (i === 0 ? d.settings.recipientWarnings[0].replacement! : line));
    const res = await settings(2026, { recipients: fixed });
    expect(res.status).toBe(200);
    const after = (await res.json()) as AnnualDraftView;
    expect(after.settings).toMatchObject({ ownRecipients: true, recipientWarnings: [] });
    expect(after.settings.recipients[0]).toBe('LĐLĐ thành phố Huế');
    expect((await draft(2023)).settings.recipients[0]).toBe('LĐLĐ Thị xã');
    // Back to the union's list.
    const reset = (await (await settings(2026, { recipients: null })).json()) as AnnualDraftView;
    expect(reset.settings.ownRecipients).toBe(false);
    expect(reset.settings.recipientWarnings).toHaveLength(1);
  });

  it('names the upper body of the date first when the union keeps no list', async () => {
    await t.as('mayhuongson.chutich').send('PATCH', `/api/orgs/${t.orgs.enterprise}/profile`, { reportRecipients: [] });
    const enterprise = (year: number) => t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/reports/annual/${year}`);
    const of2024 = (await (await enterprise(2024)).json()) as AnnualDraftView;
    const of2026 = (await (await enterprise(2026)).json()) as AnnualDraftView;
    expect(of2024.settings.recipients).toEqual(['LĐLĐ thị xã Hương Trà', 'Lưu: VT']);
    expect(of2026.settings.recipients).toEqual(['Công đoàn phường Hương Sơn', 'Lưu: VT']);
  });
});

describe('the report\'s number and signer, set before finalising', () => {
  it('proposes the register\'s next number, takes an edited one, and refuses one already used that year', async () => {
    const d = await draft(2024);
    expect(d.settings).toMatchObject({ number: null, proposedNumber: 1, numberSuffix: 'BC-CĐCS', signer: 'chair' });
    expect((await settings(2024, { number: 7 })).status).toBe(200);
    const v1 = await finaliseConfirmed(t.as('huongbinh.chutich'), t.orgs.seed, 2024, { fillGaps: true });
    expect(v1.status).toBe(200);
    expect(((await v1.json()) as ReportVersionView).number).toBe('07/BC-CĐCS');
    const next = await draft(2024);
    expect(next.settings).toMatchObject({ number: null, proposedNumber: 8 });
    const taken = await settings(2024, { number: 7 });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { message: string } }).error.message).toBe(
      'Số 07 năm 2024 đã dùng cho báo cáo 07/BC-CĐCS (bản 1, ngày 31/12/2024); hãy chọn số khác',
    );
    expect((await draft(2024)).settings.number).toBeNull();
    // A lower free number may still be chosen by hand; the register does not go back.
    expect((await settings(2024, { number: 3 })).status).toBe(200);
    const v2 = (await (await finaliseConfirmed(t.as('huongbinh.chutich'), t.orgs.seed, 2024)).json()) as ReportVersionView;
    expect(v2.number).toBe('03/BC-CĐCS');
    expect((await draft(2024)).settings.proposedNumber).toBe(8);
  });

  it('lets only the writers change the settings, and checks the body', async () => {
    expect((await t.as('huongbinh.ketoan').send('PUT', url(2025, '/settings'), { number: 2 })).status).toBe(403);
    expect((await settings(2025, {})).status).toBe(400);
    expect((await settings(2025, { number: 0 })).status).toBe(400);
    expect((await settings(2025, { recipients: [] })).status).toBe(400);
  });

  it('lets the deputy sign one report: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and the deputy\'s name in the .docx', async () => {
    const refused = await settings(2025, { signer: 'deputy' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('phó chủ tịch');
    await t.as('huongbinh.chutich').send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { deputyName: 'Lê Thị Thu', reportNumberSuffix: 'BC-CĐ' });
    const res = await settings(2025, { signer: 'deputy', number: 12 });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AnnualDraftView).settings).toMatchObject({
      signer: 'deputy', signerLines: ['TM. BAN CHẤP HÀNH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signerName: 'Lê Thị Thu', numberSuffix: 'BC-CĐ',
    });
    const version = (await (await finaliseConfirmed(t.as('huongbinh.chutich'), t.orgs.seed, 2025, { fillGaps: true })).json()) as ReportVersionView;
    expect(version.number).toBe('12/BC-CĐ');
    const paragraphs = await docxParagraphs(await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/versions/${version.id}/docx`));
    const at = paragraphs.indexOf('TM. BAN CHẤP HÀNH');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at, at + 4)).toEqual(['TM. BAN CHẤP HÀNH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Thị Thu']);
    expect(paragraphs.some((p) => p.startsWith('Số: 12/BC-CĐ'))).toBe(true);
    // Another year is still signed by the chairperson.
    const chairSigned = await docxParagraphs(await t.as('huongbinh.chutich').get(url(2023, '/draft.docx')));
    const c = chairSigned.indexOf('TM. BAN CHẤP HÀNH');
    expect(chairSigned.slice(c, c + 3)).toEqual(['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Trần Văn Hùng']);
  });
});
