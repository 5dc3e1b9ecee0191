import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { targetsFor } from './plans.service.ts';
import { targetReadingsYearSheet } from './target-readings.year-sheet.ts';
import { targetsYearSheet } from './targets.year-sheet.ts';

// The year workbook's targets and readings: the 2023 workbook carries the 2024 plan (part B of the 2023 report), so a
// fresh union gets the same targets, the same hand-read CCHC rank and the same statuses.

const sheets = [targetsYearSheet, targetReadingsYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const plan = async (orgId: number, year: number) => (await targetsFor(t.handle.db, orgId, year, '2025-03-01'))
  .map(({ id: _i, movementId: _m, readings, ...rest }) => ({ ...rest, readings: readings.map(({ id: _r, ...r }) => r) }));

describe('plan targets in the year workbook', () => {
  it('moves the next year\'s plan with its readings into a fresh union, and leaves a plan already there', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    const before = await plan(t.orgs.seed, 2024);
    expect(before.length).toBe(8);
    expect(before.some((x) => x.readings.length > 0)).toBe(true);
    expect(await plan(fresh, 2024)).toEqual(before);
    // The 2024 workbook next: the 2024 plan brought by the 2023 one is kept, not doubled.
    const next = await exportSheets(t.handle.db, t.orgs.seed, 2024, sheets);
    expect((await importSheets(t.handle.db, fresh, 2024, next, sheets)).errors).toEqual([]);
    expect((await plan(fresh, 2024)).length).toBe(8);
  });

  it('names a year outside the workbook\'s, an unknown measure and a reading of no target', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    let bad = await withCell(file, 'Chỉ tiêu', 2, 'Năm', 2030);
    bad = await withCell(bad, 'Chỉ tiêu', 3, 'Cách tính', 'Đoán');
    bad = await withCell(bad, 'Số đo chỉ tiêu', 2, 'Mã chỉ tiêu', 'CT-X');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Chỉ tiêu', row: 2, column: 'Năm', message: 'Năm là 2023 hoặc 2024' }),
      expect.objectContaining({ sheet: 'Chỉ tiêu', row: 3, column: 'Cách tính', message: expect.stringContaining('Nhập tay, có minh chứng') }),
      expect.objectContaining({ sheet: 'Số đo chỉ tiêu', row: 2, column: 'Mã chỉ tiêu' }),
    ]));
  });
});
