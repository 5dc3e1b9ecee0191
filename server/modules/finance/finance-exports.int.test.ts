import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The treasurer's Excel files (issue 12, item 8): the cash book of a period and the dues grid of a year, read back
// with exceljs as a treasurer's spreadsheet would read them.

let t: TestApp;
let base: string;
/** What the demo's own funds hold in cash and in the bank before this file posts anything. */
const carried = { cash: 0, bank: 0 };
const treasurer = 'huongbinh.ketoan';
const ids: Record<string, number> = {};

const ok = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
};
async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  await ok(res);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}
/** Rows as arrays of cell values (column 1 first), dates as ISO days. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = Array.from((row.values as unknown[]).slice(1));
    rows.push(values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ?? null)));
  });
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  base = `/api/orgs/${t.orgs.seed}/finance`;
  const book = async (account: string, from: string) =>
    (await (await ok(await t.as(treasurer).get(`${base}/cash-book?account=${account}&from=${from}&to=2024-12-31`))).json()) as { opening: number; closing: number };
  carried.cash = (await book('cash', '2024-03-01')).opening;
  carried.bank = (await book('bank', '2024-01-01')).closing;
  for (const code of ['HB29', 'HB30']) {
    ids[code] = (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  }
  const fund = await ok(await t.as(treasurer).send('POST', `${base}/funds`, {
    code: 'kinh-phi-xuat', name: 'Kinh phí, đoàn phí', kind: 'union_finance', openingOn: '2024-01-01', openingBalance: 1_000_000,
  }));
  const fundId = ((await fund.json()) as { id: number }).id;
  const post = async (body: Record<string, unknown>) =>
    ((await (await ok(await t.as(treasurer).send('POST', `${base}/entries`, { fundId, ...body }))).json()) as { id: number }).id;
  await post({ direction: 'receipt', entryDate: '2024-02-10', amount: 300_000, category: 'support', description: 'Trước kỳ' });
  await post({ direction: 'receipt', entryDate: '2024-03-05', amount: 2_000_000, category: 'support', counterparty: 'UBND xã', description: 'Hỗ trợ 8/3' });
  await post({ direction: 'payment', entryDate: '2024-03-08', amount: 500_000, category: 'gifts', description: 'Quà 8/3' });
  await post({ direction: 'payment', entryDate: '2024-03-20', amount: 200_000, category: 'administration', account: 'bank', description: 'Phí ngân hàng' });
  // Dues of 2024 (an agency union: 1 % uncapped): HB30 on 9.000.000 đ, HB29 on 7.000.000 đ and exempt in May–June.
  await ok(await t.as(treasurer).send('POST', `${base}/dues/bases`, { memberId: ids.HB30, fromMonth: '2024-01', kind: 'insurance_salary', amount: 9_000_000 }));
  await ok(await t.as(treasurer).send('POST', `${base}/dues/bases`, { memberId: ids.HB29, fromMonth: '2024-01', kind: 'insurance_salary', amount: 7_000_000 }));
  await ok(await t.as('huongbinh.chutich').send('POST', `${base}/dues/exemptions`, {
    memberId: ids.HB29, fromMonth: '2024-05', toMonth: '2024-06', reason: 'no_income',
  }));
  await ok(await t.as(treasurer).send('POST', `${base}/dues/payments`, { month: '2024-01', fundId, entryDate: '2024-01-31', memberIds: [ids.HB30, ids.HB29] }));
  await ok(await t.as(treasurer).send('POST', `${base}/dues/payments`, { month: '2024-02', fundId, entryDate: '2024-02-28', memberIds: [ids.HB30] }));
});
afterAll(() => t.close());

describe('the cash book as .xlsx', () => {
  it('carries in the balance before the period, lists each voucher with the balance after it, and carries out', async () => {
    const sheet = await sheetOf(await t.as('huongbinh.uyvien').get(`${base}/cash-book.xlsx?account=cash&from=2024-03-01&to=2024-03-31`));
    const rows = rowsOf(sheet);
    const at = (what: string) => rows.find((r) => r[2] === what)!;
    expect(rows.flat()).toContain('SỔ QUỸ TIỀN MẶT');
    expect(rows.find((r) => r[0] === 'Ngày')).toEqual(['Ngày', 'Số phiếu', 'Nội dung', 'Thu', 'Chi', 'Tồn']);
    // 1.000.000 opening + 300.000 (February) + the dues of January (2 × 1 %) and February (HB30).
    const opening = carried.cash + 1_000_000 + 300_000 + 90_000 + 70_000 + 90_000;
    expect(at('Tồn đầu kỳ')).toEqual(['2024-03-01', null, 'Tồn đầu kỳ', null, null, opening]);
    const lines = rows.filter((r) => typeof r[2] === 'string' && /^(Hỗ trợ|Quà) 8\/3/.test(r[2]));
    expect(lines.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['2024-03-05', 2_000_000, null, opening + 2_000_000],
      ['2024-03-08', null, 500_000, opening + 1_500_000],
    ]);
    expect(lines[0][2]).toContain('Hỗ trợ 8/3 (UBND xã)');
    expect(at('Cộng phát sinh trong kỳ').slice(3, 5)).toEqual([2_000_000, 500_000]);
    expect(at('Tồn cuối kỳ')).toEqual(['2024-03-31', null, 'Tồn cuối kỳ', null, null, opening + 1_500_000]);
  });

  it('keeps the bank book apart', async () => {
    const res = await t.as(treasurer).get(`${base}/cash-book.xlsx?account=bank&from=2024-01-01&to=2024-12-31`);
    expect(res.headers.get('content-disposition')).toContain('so-tien-gui-2024-01-01-2024-12-31.xlsx');
    const rows = rowsOf(await sheetOf(res));
    expect(rows.flat()).toContain('SỔ TIỀN GỬI NGÂN HÀNG');
    expect(rows.find((r) => r[2] === 'Tồn cuối kỳ')?.[5]).toBe(carried.bank - 200_000);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await t.as(treasurer).get(`${base}/cash-book.xlsx?account=cash&from=2024-03-31&to=2024-03-01`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('to');
  });
});

describe('the dues grid as .xlsx', () => {
  it('shows members × months with the amount, "miễn" for an exempt month, and the totals', async () => {
    const res = await t.as('huongbinh.chutich').get(`${base}/dues/2024/export.xlsx`);
    expect(res.headers.get('content-disposition')).toContain('doan-phi-2024.xlsx');
    const rows = rowsOf(await sheetOf(res));
    const header = rows.find((r) => r[0] === 'Mã')!;
    expect(header).toEqual(['Mã', 'Họ và tên', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), 'Phải nộp', 'Đã nộp', 'Còn nợ']);
    const hb30 = rows.find((r) => r[0] === 'HB30')!;
    expect(hb30.slice(2, 14)).toEqual(Array(12).fill(90_000));
    expect(hb30.slice(14)).toEqual([1_080_000, 180_000, 900_000]);
    const hb29 = rows.find((r) => r[0] === 'HB29')!;
    expect(hb29.slice(2, 8)).toEqual([70_000, 70_000, 70_000, 70_000, 'miễn', 'miễn']);
    expect(hb29.slice(14)).toEqual([700_000, 70_000, 630_000]);
    // Only this file collects 2024: January from both, February from HB30. What is due is the column's amounts.
    const paidRow = rows.find((r) => r[1] === 'Cộng đã thu')!;
    expect(paidRow.slice(2, 4)).toEqual([160_000, 90_000]);
    const dueRow = rows.find((r) => r[1] === 'Cộng phải thu')!;
    const members = rows.slice(rows.indexOf(header) + 1, rows.indexOf(dueRow));
    expect(dueRow[4]).toBe(members.reduce((sum, r) => sum + (typeof r[4] === 'number' ? r[4] : 0), 0));
  });

  it('marks unpaid months in red so the debt stands out in print', async () => {
    const res = await t.as(treasurer).get(`${base}/dues/2024/export.xlsx`);
    const sheet = await sheetOf(res);
    let hb30Row = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'HB30') {
        hb30Row = n;
      }
    });
    expect(sheet.getRow(hb30Row).getCell(3).font?.color?.argb).toBeUndefined();
    expect(sheet.getRow(hb30Row).getCell(5).font?.color?.argb).toBe('FFC00000');
  });

  it('is the committee\'s file: another union sees nothing', async () => {
    expect((await t.as('mayhuongson.chutich').get(`${base}/dues/2024/export.xlsx`)).status).toBe(404);
    expect((await t.as('huongbinh.doanvien').get(`${base}/dues/2024/export.xlsx`)).status).toBe(403);
  });
});
