import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { WelfareImportResult, WelfareYearView } from '../../../shared/contracts/welfare.contract.ts';

// A year of welfare events from Excel (issue 12, item 8): one row per beneficiary, rows of the same date, kind, fund
// and description make one event with one payment; checked as the form checks; all or nothing.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.as('huongbinh.ketoan').send('POST', `/api/orgs/${t.orgs.seed}/finance/funds`, {
    code: 'cham-lo-nhap', name: 'Quỹ chăm lo nhập', kind: 'union_finance', openingOn: '2021-01-01', openingBalance: 10_000_000,
  });
});
afterAll(() => t.close());

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Chăm lo').addRows([['Ngày', 'Loại', 'Quỹ', 'Mã đoàn viên', 'Con / người thân', 'Quan hệ', 'Số tiền', 'Nội dung'], ...rows]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = async (file: Buffer, dryRun: boolean) =>
  t.as('huongbinh.ketoan').upload(`/api/orgs/${t.orgs.seed}/welfare/events/import?dryRun=${dryRun}`, file);
const year2021 = async () => ((await (await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/welfare/events?year=2021`)).json()) as WelfareYearView);

describe('importing welfare events', () => {
  it('refuses a man\'s 8/3 gift and a child not in the records, naming the rows, and writes nothing', async () => {
    const file = await sheet([
      ['08/03/2021', '8/3, 20/10', 'Quỹ chăm lo nhập', 'HB06', null, null, 200000, 'Quà 8/3/2021'],
      ['08/03/2021', '8/3, 20/10', 'Quỹ chăm lo nhập', 'HB01', null, null, 200000, 'Quà 8/3/2021'],
      ['01/06/2021', '1/6', 'Quỹ chăm lo nhập', 'HB06', 'Cháu không có', null, 100000, 'Quà 1/6'],
    ]);
    const res = await upload(file, false);
    expect(res.status).toBe(400);
    const { details } = ((await res.json()) as { error: { details: WelfareImportResult } }).error;
    expect(details.errors).toEqual([
      expect.objectContaining({ row: 3, message: expect.stringContaining('dành cho đoàn viên nữ') }),
      expect.objectContaining({ row: 4, column: 'Con / người thân' }),
    ]);
    expect((await year2021()).events).toHaveLength(0);
  });

  it('names the row of a kind it does not know, in a file otherwise right', async () => {
    const file = await sheet([
      ['01/06/2021', '1/6', 'Quỹ chăm lo nhập', 'HB06', 'Đặng Võ Minh Khang', null, 100000, 'Quà Quốc tế thiếu nhi 2021'],
      ['01/06/2021', 'Quốc tế thiếu nhi', 'Quỹ chăm lo nhập', 'HB06', 'Đặng Võ Ngọc Hân', null, 100000, 'Quà Quốc tế thiếu nhi 2021'],
      ['01/06/2021', '1/6', 'cham-lo-nhap', 'HB08', 'huynh gia bao', null, '100.000', 'Quà Quốc tế thiếu nhi 2021'],
      ['15/09/2021', 'Hiếu', 'Quỹ chăm lo nhập', 'HB03', 'Lê Văn Tám', 'Bố đẻ', 500000, 'Viếng bố đẻ đồng chí Thắng'],
    ]);
    const check = (await (await upload(file, true)).json()) as WelfareImportResult;
    expect(check).toMatchObject({ valid: false });
    expect(check.errors[0]).toMatchObject({ row: 3, column: 'Loại' });
  });

  it('writes the events with their payments once every row is right', async () => {
    const file = await sheet([
      ['01/06/2021', '1/6', 'Quỹ chăm lo nhập', 'HB06', 'Đặng Võ Minh Khang', null, 100000, 'Quà Quốc tế thiếu nhi 2021'],
      ['01/06/2021', '1/6', 'Quỹ chăm lo nhập', 'HB06', 'Đặng Võ Ngọc Hân', null, 100000, 'Quà Quốc tế thiếu nhi 2021'],
      ['01/06/2021', '1/6', 'cham-lo-nhap', 'HB08', 'huynh gia bao', null, '100.000', 'Quà Quốc tế thiếu nhi 2021'],
      ['15/09/2021', 'Hiếu', 'Quỹ chăm lo nhập', 'HB03', 'Lê Văn Tám', 'Bố đẻ', 500000, 'Viếng bố đẻ đồng chí Thắng'],
    ]);
    const check = (await (await upload(file, true)).json()) as WelfareImportResult;
    expect(check).toMatchObject({ valid: true, rows: 4, events: 2, amount: 800_000 });
    const done = (await (await upload(file, false)).json()) as WelfareImportResult;
    expect(done.imported).toBe(2);
    const { events } = await year2021();
    expect(events.map((e) => [e.kind, e.amount, e.beneficiaries.length, e.entryNumber])).toEqual([
      ['childrens_day', 300_000, 3, 'PC-2021-001'], ['bereavement', 500_000, 1, 'PC-2021-002'],
    ]);
  });
});
