import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { disclosuresYearSheet } from './disclosures.year-sheet.ts';
import { duesBasesYearSheet } from './dues-bases.year-sheet.ts';
import { financeReportSection } from './finance.report.ts';
import { fundsYearSheet } from './funds.year-sheet.ts';
import { findBalances, findEntries } from './ledger.repo.ts';
import { ledgerYearSheet } from './ledger.year-sheet.ts';
import { memberPaymentsYearSheet } from './member-payments.year-sheet.ts';

// The year workbook's finance sheets — funds, the vouchers, who each receipt was collected from, the dues bases and
// the statements made public: the demo's 2023 moved into a fresh union gives the same balances, the same voucher
// numbers and the same taiChinh.* figures of the annual report.

const sheets = [fundsYearSheet, duesBasesYearSheet, ledgerYearSheet, memberPaymentsYearSheet, disclosuresYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const figures = async (orgId: number) => {
  const org = await requireOrgAt(t.handle.db, orgId, '2023-12-31');
  return (await financeReportSection.contribute({ db: t.handle.db, org, year: 2023, date: '2023-12-31' })).figures;
};
const balances = async (orgId: number) => (await findBalances(t.handle.db, orgId, '2023-12-31')).map(({ fundId: _f, ...b }) => b);
const vouchers = async (orgId: number) => (await findEntries(t.handle.db, orgId, { from: '2023-01-01', to: '2023-12-31' }))
  .map((e) => [e.number, e.entryDate, e.amount, e.category, e.memberName, e.counterparty, e.description, e.account]);

describe('finance in the year workbook', () => {
  it('moves the demo\'s 2023 money into a fresh union with the same balances, vouchers and report figures', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const result = await importSheets(t.handle.db, fresh, 2023, file, sheets);
    expect(result.errors).toEqual([]);
    expect(await balances(fresh)).toEqual(await balances(t.orgs.seed));
    expect(await vouchers(fresh)).toEqual(await vouchers(t.orgs.seed));
    const [before, after] = await Promise.all([figures(t.orgs.seed), figures(fresh)]);
    expect(before['taiChinh.nopDayDu.tyLe'].value).toBe(1);
    expect(before['taiChinh.quyTuNguyen.mucDong'].value).toBe('50.000đ');
    expect(after).toEqual(before);
    // The same year again is refused: it is already kept.
    const again = await importSheets(t.handle.db, fresh, 2023, file, sheets, true);
    expect(again.errors.map((e) => e.sheet)).toEqual(expect.arrayContaining(['Sổ quỹ', 'Thu theo đoàn viên', 'Công khai tài chính']));
  });

  it('names a bad cell of each finance sheet in Vietnamese and writes nothing', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    let bad = await withCell(file, 'Quỹ', 2, 'Loại quỹ', 'Quỹ đen');
    const [first, second] = await ledgerYearSheet.exportRows(t.handle.db, t.orgs.seed, 2023);
    const payments = await memberPaymentsYearSheet.exportRows(t.handle.db, t.orgs.seed, 2023);
    const paymentRow = payments.findIndex((p) => p.number !== second.oldNumber) + 2;
    bad = await withCell(bad, 'Sổ quỹ', 2, 'Khoản mục', first.receipt === null ? 'Đoàn phí' : 'Nộp cấp trên');
    bad = await withCell(bad, 'Sổ quỹ', 3, 'Số phiếu', first.oldNumber);
    bad = await withCell(bad, 'Thu theo đoàn viên', paymentRow, 'Tháng', '13/2023');
    bad = await withCell(bad, 'Mức đóng đoàn phí', 2, 'Căn cứ', 'Theo hứng');
    bad = await withCell(bad, 'Công khai tài chính', 2, 'Hình thức', 'Loa phát thanh');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Quỹ', row: 2, column: 'Loại quỹ', message: expect.stringContaining('Kinh phí, đoàn phí') }),
      expect.objectContaining({ sheet: 'Sổ quỹ', row: 2, column: 'Khoản mục', message: expect.stringMatching(/^Khoản mục «.+» không dùng cho phiếu (thu|chi)$/) }),
      expect.objectContaining({ sheet: 'Sổ quỹ', row: 3, column: 'Số phiếu', message: `Số phiếu «${first.oldNumber}» đã có ở dòng trên` }),
      expect.objectContaining({ sheet: 'Thu theo đoàn viên', row: paymentRow, column: 'Tháng', message: 'Tháng ghi dạng mm/yyyy' }),
      expect.objectContaining({ sheet: 'Mức đóng đoàn phí', row: 2, column: 'Căn cứ' }),
      expect.objectContaining({ sheet: 'Công khai tài chính', row: 2, column: 'Hình thức', message: expect.stringContaining('niêm yết tại bảng tin') }),
    ]));
    // The vouchers of the fund whose row is wrong are not reported wrong too.
    expect(result.errors.filter((e) => e.column === 'Quỹ')).toEqual([]);
    expect(await t.handle.db.selectFrom('funds').select('id').where('org_id', '=', fresh).execute()).toEqual([]);
  });
});
