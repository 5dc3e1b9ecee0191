import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { exportSheets, freshUnionWithMembersOf, importSheets, withCell } from '../../test/year-sheet-harness.ts';
import { documentSummaryFor } from './documents.service.ts';
import { documentsYearSheet } from './documents.year-sheet.ts';

// The year workbook's directive documents: the demo's 2023 moved into a fresh union gives the same counts and the
// same on-time rate; files stay behind.

const sheets = [documentsYearSheet];
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  file = await exportSheets(t.handle.db, t.orgs.seed, 2023, sheets);
});
afterAll(() => t.close());

const summary = async (orgId: number) => {
  const { overdue: _o, dueSoon: _d, ...rest } = await documentSummaryFor(t.handle.db, orgId, 2023, '2023-12-31', '2024-01-15');
  return rest;
};

describe('directive documents in the year workbook', () => {
  it('moves the demo\'s 2023 documents into a fresh union with the same on-time rate', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const result = await importSheets(t.handle.db, fresh, 2023, file, sheets);
    expect(result.errors).toEqual([]);
    const before = await summary(t.orgs.seed);
    expect(before.dueInPeriod).toBeGreaterThan(0);
    expect(await summary(fresh)).toEqual(before);
    const assigned = await t.handle.db.selectFrom('directive_documents').select('assignee_member_id').where('org_id', '=', fresh)
      .where('assignee_member_id', 'is not', null).execute();
    expect(assigned.length).toBeGreaterThan(0);
  });

  it('names a bad status and a completion date on an open document', async () => {
    const fresh = await freshUnionWithMembersOf(t.handle.db, t.orgs.seed);
    const bad = await withCell(await withCell(file, 'Văn bản chỉ đạo', 2, 'Trạng thái', 'Xong rồi'), 'Văn bản chỉ đạo', 3, 'Ngày hoàn thành', '32/13/2023');
    const result = await importSheets(t.handle.db, fresh, 2023, bad, sheets);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 2, column: 'Trạng thái', message: expect.stringContaining('Chưa xử lý, Đang xử lý, Hoàn thành') }),
      expect.objectContaining({ row: 3, column: 'Ngày hoàn thành', message: 'Ngày không hợp lệ (dd/mm/yyyy)' }),
    ]));
  });
});
