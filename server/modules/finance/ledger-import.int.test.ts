import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { BalanceView, EntryView, LedgerImportResult } from '../../../shared/contracts/finance.contract.ts';

// A treasurer's Excel cash book moved in (issue 12, item 8): checked row by row, posted all or nothing, in date order.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.as('huongbinh.ketoan').send('POST', `/api/orgs/${t.orgs.seed}/finance/funds`, {
    code: 'kinh-phi-nhap', name: 'Kinh phí nhập sổ', kind: 'union_finance', openingOn: '2022-01-01', openingBalance: 500_000,
  });
});
afterAll(() => t.close());

async function cashBook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ quỹ');
  ws.addRow(['SỔ QUỸ TIỀN MẶT NĂM 2022']);
  ws.addRow(['Ngày', 'Số phiếu', 'Quỹ', 'Thu', 'Chi', 'Khoản mục', 'Mã đoàn viên', 'Người nộp / nhận', 'Nội dung']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (file: Buffer, dryRun: boolean) => t.as('huongbinh.ketoan').upload(`/api/orgs/${t.orgs.seed}/finance/entries/import?dryRun=${dryRun}`, file);

describe('importing a cash book', () => {
  it('lists every bad row with its column and posts nothing', async () => {
    const file = await cashBook([
      ['05/03/2022', 'PT01', 'Kinh phí nhập sổ', 300000, null, 'Đoàn phí', null, 'Tổ công đoàn', 'Thu đoàn phí tháng 2'],
      ['31/02/2022', 'PC01', 'Kinh phí nhập sổ', null, 200000, 'Quà lễ, Tết', null, null, 'Quà 8/3'],
      ['10/03/2022', 'PC02', 'Quỹ không có', null, 100000, 'Đoàn phí', 'XX99', null, 'Chi sai khoản mục'],
    ]);
    const res = await upload(file, false);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; details: LedgerImportResult } };
    expect(body.error.message).toContain('chưa ghi dòng nào');
    expect(body.error.details.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 4, column: 'Ngày' }),
      expect.objectContaining({ row: 5, column: 'Quỹ' }),
      expect.objectContaining({ row: 5, column: 'Khoản mục', message: expect.stringContaining('không dùng cho phiếu chi') }),
      expect.objectContaining({ row: 5, column: 'Mã đoàn viên' }),
    ]));
    const entries = (await (await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/finance/entries?to=2022-12-31`)).json()) as { items: EntryView[] };
    expect(entries.items).toHaveLength(0);
  });

  it('checks first, then posts every row in date order with new numbers, keeping the old ones', async () => {
    const file = await cashBook([
      ['20/03/2022', 'PC01', 'kinh-phi-nhap', null, '200.000', 'Quà lễ, Tết', 'HB03', null, 'Quà 8/3'],
      [new Date(Date.UTC(2022, 2, 5)), 'PT01', 'Kinh phí nhập sổ', 300000, null, 'Đoàn phí', null, 'Tổ công đoàn', 'Thu đoàn phí tháng 2'],
    ]);
    const check = (await (await upload(file, true)).json()) as LedgerImportResult;
    expect(check).toMatchObject({ valid: true, rows: 2, imported: 0, receipts: 300_000, payments: 200_000 });
    const done = (await (await upload(file, false)).json()) as LedgerImportResult;
    expect(done.imported).toBe(2);
    const entries = ((await (await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/finance/entries?to=2022-12-31`)).json()) as { items: EntryView[] }).items;
    expect(entries.map((e) => [e.number, e.entryDate, e.documentRef])).toEqual([
      ['PT-2022-001', '2022-03-05', 'Số cũ PT01'], ['PC-2022-001', '2022-03-20', 'Số cũ PC01'],
    ]);
    expect(entries[1].memberName).not.toBeNull();
    const balances = (await (await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/finance/balances?date=2022-12-31`)).json()) as BalanceView;
    expect(balances.funds.find((f) => f.name === 'Kinh phí nhập sổ')!.balance).toBe(500_000 + 300_000 - 200_000);
  });

  it('is refused to the committee', async () => {
    const res = await t.as('huongbinh.uyvien').upload(`/api/orgs/${t.orgs.seed}/finance/entries/import`, await cashBook([]));
    expect(res.status).toBe(403);
  });
});
