import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { fundsYearSheet } from './funds.year-sheet.ts';
import { ledgerYearSheet } from './ledger.year-sheet.ts';
import { welfareReportSection } from './welfare.report.ts';
import { welfareYearSheet } from './welfare.year-sheet.ts';

// The year workbook's welfare events: each names its payment in "Sổ quỹ"; the demo's 2023 moved into a fresh union
// gives the same chamLo.* figures of the annual report (visits, holiday support, children's gifts and awards).

const sheets = [fundsYearSheet, ledgerYearSheet, welfareYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const figures = async (orgId: number) => {
  const org = await requireOrgAt(t.handle.db, orgId, '2023-12-31');
  const { figures: all } = await welfareReportSection.contribute({ db: t.handle.db, org, year: 2023, date: '2023-12-31' });
  return Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith('chamLo.hienMau')));
};

describe('welfare in the year workbook', () => {
  it('moves the demo\'s 2023 welfare events onto their payments in a fresh union, with the same report figures', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    const before = await figures(t.orgs.seed);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    expect(await figures(fresh)).toEqual(before);
    const events = await t.handle.db.selectFrom('welfare_events').select('id').where('org_id', '=', fresh).execute();
    expect(events.length).toBe(12);
  });

  it('names a beneficiary of no voucher and an unknown kind; refuses an event whose lines miss the payment, writing nothing', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const bad = await withCell(await withCell(file, 'Phúc lợi', 2, 'Số phiếu', 'PC-2099-001'), 'Phúc lợi', 3, 'Loại', 'Du lịch');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Phúc lợi', row: 2, column: 'Số phiếu', message: 'Không có phiếu «PC-2099-001» trong trang «Sổ quỹ»' }),
      expect.objectContaining({ sheet: 'Phúc lợi', row: 3, column: 'Loại', message: expect.stringContaining('Ốm đau; Hiếu') }),
    ]));
    const short = await withCell(file, 'Phúc lợi', 2, 'Số tiền', 1000);
    await expect(importSheets(t.handle.db, fresh, 2023, short, sheets)).rejects.toThrow(/Trang «Phúc lợi», phiếu PC-2023-\d+: tổng tiền người nhận/);
    expect(await t.handle.db.selectFrom('ledger_entries').select('id').where('org_id', '=', fresh).execute()).toEqual([]);
  });
});
