import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';
import type { DisclosureView } from '../../../shared/contracts/finance.contract.ts';

// Công khai tài chính (issue 12, item 6): a period's receipts and payments by fund and category, from the ledger, as
// JSON for members' phones and as .docx / .xlsx for the notice board.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const treasurer = t.as('huongbinh.ketoan');
  const base = `/api/orgs/${t.orgs.seed}/finance`;
  const fund = await treasurer.send('POST', `${base}/funds`, { code: 'kinh-phi-cong-khai', name: 'Kinh phí công khai', kind: 'union_finance', openingOn: '2019-01-01', openingBalance: 1_000_000 });
  const fundId = ((await fund.json()) as { id: number }).id;
  const post = (body: Record<string, unknown>) => treasurer.send('POST', `${base}/entries`, { fundId, description: 'Phát sinh thử', ...body });
  await post({ direction: 'receipt', entryDate: '2019-12-20', amount: 400_000, category: 'dues' });
  await post({ direction: 'receipt', entryDate: '2020-01-10', amount: 2_000_000, category: 'dues' });
  await post({ direction: 'receipt', entryDate: '2020-02-10', amount: 500_000, category: 'support' });
  const wrong = await post({ direction: 'payment', entryDate: '2020-01-20', amount: 700_000, category: 'welfare' });
  await treasurer.send('POST', `${base}/entries/${((await wrong.json()) as { id: number }).id}/reverse`, { entryDate: '2020-01-21', reason: 'Ghi nhầm quỹ' });
  await post({ direction: 'payment', entryDate: '2020-03-01', amount: 300_000, category: 'welfare' });
});
afterAll(() => t.close());

const period = 'from=2020-01-01&to=2020-03-31';

describe('the statement of a quarter', () => {
  it('carries in the balance, sums receipts and payments by category (a reversal nets out), and carries out', async () => {
    const res = await t.as('huongbinh.uyvien').get(`/api/orgs/${t.orgs.seed}/finance/disclosure?${period}`);
    expect(res.status, await res.clone().text()).toBe(200);
    const d = (await res.json()) as DisclosureView;
    const fund = d.funds.find((f) => f.name === 'Kinh phí công khai')!;
    expect(fund).toMatchObject({ opening: 1_400_000, receipts: 2_500_000, payments: 300_000, closing: 3_600_000 });
    expect(fund.lines).toEqual(expect.arrayContaining([
      expect.objectContaining({ direction: 'receipt', category: 'dues', label: 'Đoàn phí', amount: 2_000_000 }),
      expect.objectContaining({ direction: 'payment', category: 'welfare', amount: 300_000, count: 2 }),
    ]));
    expect(d.totals.closing).toBe(d.funds.reduce((s, f) => s + f.closing, 0));
  });

  it('is read by a member on their phone, for their own union only', async () => {
    const own = await t.as('huongbinh.doanvien').get(`/api/me/disclosure?${period}`);
    expect(own.status, await own.clone().text()).toBe(200);
    expect(((await own.json()) as DisclosureView).totals.receipts).toBe(2_500_000);
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.seed}/finance/disclosure?${period}`)).status).toBe(404);
    expect((await t.as('huongbinh.chutich').get('/api/me/disclosure?from=2020-03-31&to=2020-01-01')).status).toBe(404);
  });

  it('prints for the notice board as .docx and .xlsx', async () => {
    const docx = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/finance/disclosure.docx?${period}`);
    expect(docx.status).toBe(200);
    const text = paragraphTexts(readDocxPart(Buffer.from(await docx.arrayBuffer()), 'word/document.xml')).join('\n');
    expect(text).toContain('Công khai tài chính từ ngày 01/01/2020 đến ngày 31/03/2020');
    expect(text).toContain('Tồn cuối kỳ');
    expect(text).toContain('3.600.000');
    const xlsx = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/finance/disclosure.xlsx?${period}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const values = workbook.worksheets[0].getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values).toContain('Thu: Đoàn phí');
    expect(values).toContain(3_600_000);
  });
});

describe('the record that a statement was made public', () => {
  const made = () => `/api/orgs/${t.orgs.seed}/finance/disclosures`;
  it('is recorded by the treasurer, read by members, and feeds the report\'s assessment', async () => {
    const before = await t.as('huongbinh.doanvien').get(`${made()}?year=2020`);
    expect(before.status).toBe(200);
    const res = await t.as('huongbinh.ketoan').send('POST', made(), { from: '2020-01-01', to: '2020-03-31', publishedOn: '2020-04-03', place: 'notice_board' });
    expect(res.status, await res.clone().text()).toBe(200);
    const { id } = (await res.json()) as { id: number };
    const list = (await (await t.as('huongbinh.doanvien').get(`${made()}?year=2020`)).json()) as { items: { id: number; place: string }[] };
    expect(list.items).toEqual([{ id, from: '2020-01-01', to: '2020-03-31', publishedOn: '2020-04-03', place: 'notice_board', note: null }]);
    const twice = await t.as('huongbinh.chutich').send('POST', made(), { from: '2020-01-01', to: '2020-03-31', publishedOn: '2020-04-09', place: 'notice_board' });
    expect(twice.status).toBe(409);
    const early = await t.as('huongbinh.chutich').send('POST', made(), { from: '2020-04-01', to: '2020-06-30', publishedOn: '2020-03-30', place: 'meeting' });
    expect(((await early.json()) as { error: { message: string } }).error.message).toBe('publishedOn: Ngày công khai phải từ ngày đầu kỳ trở đi');
    expect((await t.as('huongbinh.uyvien').send('POST', made(), { from: '2020-04-01', to: '2020-06-30', publishedOn: '2020-07-02', place: 'meeting' })).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(`${made()}?year=2020`)).status).toBe(404);
    expect((await t.as('huongbinh.uyvien').send('DELETE', `${made()}/${id}`)).status).toBe(403);
    expect((await t.as('huongbinh.ketoan').send('DELETE', `${made()}/${id}`)).status).toBe(200);
    expect((await t.as('huongbinh.ketoan').send('DELETE', `${made()}/${id}`)).status).toBe(404);
  });
});
