import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { computeRates } from './activity-rates.service.ts';
import { culturalFamilyGrid } from './cultural-families.service.ts';
import { activitiesYearSheet } from './activities.year-sheet.ts';
import { attendanceYearSheet } from './attendance.year-sheet.ts';
import { culturalFamiliesYearSheet } from './cultural-families.year-sheet.ts';
import { movementsYearSheet } from '../emulation/movements.year-sheet.ts';

// The year workbook's activities, attendance and cultural-family sheets (after the movements the activities name):
// the demo's 2023 moved into a fresh union gives the same attendance rates and the same families recognised.

const sheets = [movementsYearSheet, activitiesYearSheet, attendanceYearSheet, culturalFamiliesYearSheet];
let t: TestApp;
let fresh: number;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const withoutIds = <T extends { memberId: number }>(rows: readonly T[]) => rows.map(({ memberId: _id, ...rest }) => rest);

describe('activities in the year workbook', () => {
  it('moves the demo\'s 2023 activities, attendance and cultural families into a fresh union with the same rates', async () => {
    const result = await importSheets(t.handle.db, fresh, 2023, file, sheets);
    expect(result.errors).toEqual([]);
    const [before, after] = await Promise.all([computeRates(t.handle.db, t.orgs.seed, 2023), computeRates(t.handle.db, fresh, 2023)]);
    expect(after.byKind).toEqual(before.byKind);
    expect(withoutIds(after.byMember)).toEqual(withoutIds(before.byMember));
    expect(after.byKind.some((k) => k.cancelled > 0)).toBe(true);
    const [families, moved] = await Promise.all([culturalFamilyGrid(t.handle.db, t.orgs.seed, 2023), culturalFamilyGrid(t.handle.db, fresh, 2023)]);
    expect([moved.recognised, moved.total]).toEqual([families.recognised, families.total]);
    const linked = await t.handle.db.selectFrom('activities').select('id').where('org_id', '=', fresh).where('movement_id', 'is not', null).execute();
    expect(linked.length).toBeGreaterThan(0);
  });

  it('refuses a year that already has activities, and a bad status or an unknown activity, in Vietnamese', async () => {
    const again = await importSheets(t.handle.db, fresh, 2023, file, sheets, true);
    expect(again.errors[0].message).toContain('đã có dữ liệu «Hoạt động»');
    const other = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const bad = await withCell(await withCell(file, 'Điểm danh', 2, 'Điểm danh', 'Đến muộn'), 'Điểm danh', 3, 'Mã hoạt động', 'HD999');
    const result = await importSheets(t.handle.db, other, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Điểm danh', row: 2, column: 'Điểm danh', message: expect.stringContaining('Vắng không lý do') }),
      expect.objectContaining({ sheet: 'Điểm danh', row: 3, column: 'Mã hoạt động', message: 'Không có hoạt động mã «HD999» trong trang «Hoạt động»' }),
    ]));
    expect(await t.handle.db.selectFrom('activities').select('id').where('org_id', '=', other).execute()).toEqual([]);
  });
});
