import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { insertOptOut, upsertAmountChange } from './contributions.repo.ts';
import { duesBasesYearSheet } from './dues-bases.year-sheet.ts';
import { insertExemption, upsertUnionRate } from './dues.repo.ts';
import { financeReportSection } from './finance.report.ts';
import { fundAmountsYearSheet } from './fund-amounts.year-sheet.ts';
import { fundsYearSheet } from './funds.year-sheet.ts';
import { ledgerYearSheet } from './ledger.year-sheet.ts';
import { memberPaymentsYearSheet } from './member-payments.year-sheet.ts';
import { notDueYearSheet } from './not-due.year-sheet.ts';
import { unionRatesYearSheet } from './union-rates.year-sheet.ts';

// The year workbook's "Miễn đóng" (dues exemptions, voluntary-fund opt-outs), "Mức đóng quỹ" (a fund's new monthly
// amount) and "Tỷ lệ đoàn phí riêng": with an exemption, an opt-out, a raise and a higher rate added to the demo's
// 2023, a fresh union computes the same dues and fund figures.

const sheets = [fundsYearSheet, fundAmountsYearSheet, duesBasesYearSheet, notDueYearSheet, unionRatesYearSheet, ledgerYearSheet, memberPaymentsYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.handle.db;
  const member = async (code: string) => (await db.selectFrom('members').select('id').where('org_id', '=', t.orgs.seed).where('code', '=', code)
    .executeTakeFirstOrThrow()).id;
  const tour = (await db.selectFrom('funds').select('id').where('org_id', '=', t.orgs.seed).where('code', '=', 'quy-tham-quan').executeTakeFirstOrThrow()).id;
  await insertExemption(db, t.orgs.seed, { memberId: await member('HB20'), fromMonth: '2023-03-01', toMonth: '2023-05-01', reason: 'no_income', note: null }, null);
  await insertOptOut(db, t.orgs.seed, tour, { memberId: await member('HB25'), fromMonth: '2023-09-01', toMonth: null, note: 'Xin không tham gia' }, null);
  await upsertAmountChange(db, t.orgs.seed, tour, { fromMonth: '2023-07-01', amount: 60_000, decision: 'Nghị quyết hội nghị đoàn viên ngày 20/6/2023' }, null);
  await upsertUnionRate(db, t.orgs.seed, { fromMonth: '2023-10-01', rateBp: 150, capAmount: null, resolutionNumber: '05/NQ-BCH', resolutionDate: '2023-09-20' }, null);
  file = await exportSheets(db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const figures = async (orgId: number) => {
  const org = await requireOrgAt(t.handle.db, orgId, '2023-12-31');
  const all = (await financeReportSection.contribute({ db: t.handle.db, org, year: 2023, date: '2023-12-31' })).figures;
  return Object.fromEntries(Object.entries(all).filter(([k]) => /^taiChinh\.(doanPhi|quyTuNguyen|nopDayDu)/.test(k)));
};

describe('exemptions, opt-outs and a fund\'s new amount in the year workbook', () => {
  it('gives a fresh union the same dues and voluntary-fund figures', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    const before = await figures(t.orgs.seed);
    expect(before['taiChinh.quyTuNguyen.mucDong'].value).toBe('50.000đ (từ 07/2023: 60.000đ)');
    const rates = await t.handle.db.selectFrom('dues_union_rates').select('rate_bp').where('org_id', '=', fresh).execute();
    expect(rates).toEqual([{ rate_bp: 150 }]);
    expect(await figures(fresh)).toEqual(before);
    const periods = await t.handle.db.selectFrom('fund_opt_outs').select('id').where('org_id', '=', fresh).execute();
    expect(periods.length).toBe(1);
  });

  it('names an unknown fund, a reason missing for dues, a raise before the fund opened and a rate in words', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const rows = await notDueYearSheet.exportRows(t.handle.db, t.orgs.seed, 2023);
    const dues = rows.findIndex((r) => r.what === 'Đoàn phí') + 2;
    const fund = rows.findIndex((r) => r.what !== 'Đoàn phí') + 2;
    let bad = await withCell(file, 'Miễn đóng', dues, 'Lý do miễn', null);
    bad = await withCell(bad, 'Miễn đóng', fund, 'Khoản', 'quy-khong-co');
    bad = await withCell(bad, 'Mức đóng quỹ', 2, 'Từ tháng', '01/2023');
    bad = await withCell(bad, 'Tỷ lệ đoàn phí riêng', 2, 'Tỷ lệ (%)', 'một rưỡi');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual([
      expect.objectContaining({ sheet: 'Mức đóng quỹ', row: 2, column: 'Từ tháng', message: 'Mức đóng mới áp dụng từ sau tháng mở sổ của quỹ' }),
      expect.objectContaining({ sheet: 'Miễn đóng', row: dues, column: 'Lý do miễn', message: expect.stringContaining('Không có thu nhập') }),
      expect.objectContaining({ sheet: 'Miễn đóng', row: fund, column: 'Khoản', message: expect.stringContaining('«quy-khong-co» không phải') }),
      expect.objectContaining({ sheet: 'Tỷ lệ đoàn phí riêng', row: 2, column: 'Tỷ lệ (%)', message: 'Tỷ lệ là một số phần trăm' }),
    ]);
  });
});
