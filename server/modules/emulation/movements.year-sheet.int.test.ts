import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { movementsYearSheet } from './movements.year-sheet.ts';

// The year workbook's movements: the year's and those launched for the next year (part B of the report reads them
// line by line), moved with their content's lines and their targets.

const sheets = [movementsYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const movements = (orgId: number) => t.handle.db.selectFrom('emulation_movements').select(['year', 'name', 'content', 'launched_on', 'targets'])
  .where('org_id', '=', orgId).where('year', 'in', [2023, 2024]).orderBy('year').orderBy('launched_on').orderBy('id').execute();

describe('emulation movements in the year workbook', () => {
  it('moves the 2023 movements and those launched for 2024 with their lines, once', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    const before = await movements(t.orgs.seed);
    expect(before.some((m) => m.year === 2024 && (m.content ?? '').includes('\n'))).toBe(true);
    expect(await movements(fresh)).toEqual(before);
    expect((await importSheets(t.handle.db, fresh, 2023, file, sheets)).errors).toEqual([]);
    expect(await movements(fresh)).toEqual(before);
  });

  it('names a year outside the workbook\'s and a launch after the movement\'s year', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const bad = await withCell(await withCell(file, 'Phong trào thi đua', 2, 'Năm', 2020), 'Phong trào thi đua', 3, 'Ngày phát động', new Date(Date.UTC(2026, 0, 5)));
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Năm', message: 'Năm là 2023 hoặc 2024' }),
      expect.objectContaining({ row: 3, column: 'Ngày phát động', message: expect.stringContaining('hoặc năm trước đó') }),
    ]);
  });
});
