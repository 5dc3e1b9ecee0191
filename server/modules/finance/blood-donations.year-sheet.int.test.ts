import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { findDonationYear } from './blood-donations.repo.ts';
import { bloodDonationsYearSheet } from './blood-donations.year-sheet.ts';

// The year workbook's blood donations: the year's donations and every donor's count before it travel, so the
// cumulative counts (the report's "từ 15 lần") come out the same in a fresh union.

const sheets = [bloodDonationsYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const donors = async (orgId: number) => (await findDonationYear(t.handle.db, orgId, 2023))
  .map((d) => ({ code: d.code, cumulative: d.cumulative, inYear: d.inYear.map((x) => [x.donatedOn, x.place, x.volumeMl]) }));

describe('blood donations in the year workbook', () => {
  it('moves the demo\'s 2023 donations and earlier counts into a fresh union with the same cumulative counts', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    const before = await donors(t.orgs.seed);
    expect(before.find((d) => d.code === 'HB05')?.cumulative).toBe(20);
    expect(await donors(fresh)).toEqual(before);
  });

  it('names a donation dated outside the year and a count without a date', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const rows = await bloodDonationsYearSheet.exportRows(t.handle.db, t.orgs.seed, 2023);
    const firstDonation = rows.findIndex((r) => r.donatedOn) + 2;
    const bad = await withCell(await withCell(file, 'Hiến máu', firstDonation, 'Ngày hiến', new Date(Date.UTC(2022, 4, 1))), 'Hiến máu', 2, 'Số lần trước năm', 'nhiều');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: firstDonation, column: 'Ngày hiến', message: expect.stringContaining('phải trong năm 2023') }),
      expect.objectContaining({ row: 2, column: 'Số lần trước năm', message: 'Số lần là số nguyên từ 0 đến 300' }),
    ]));
  });
});
