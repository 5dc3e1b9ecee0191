import { describe, expect, it } from 'vitest';
import { readSheetRows } from './read-sheet-rows.ts';
import type { XlsxRow } from './read-xlsx.ts';

const columns = [
  { header: 'Mã đoàn viên', field: 'code', required: true },
  { header: 'Họ và tên', field: 'fullName', required: true },
  { header: 'Ghi chú', field: 'note', required: false },
];
const text = (t: string) => ({ kind: 'text' as const, text: t });
const row = (number: number, ...cells: [number, string][]): XlsxRow => ({ number, cells: new Map(cells.map(([c, t]) => [c, text(t)])) });
async function* stream(rows: XlsxRow[]) {
  yield* rows;
}
const read = async (rows: XlsxRow[], maxRows = 10) => {
  const seen: [number, Record<string, string>][] = [];
  const result = await readSheetRows(stream(rows), { columns, keyFields: ['code', 'fullName'], maxRows }, (n, cells) => {
    seen.push([n, Object.fromEntries([...cells].map(([c, v]) => [c.field, v.kind === 'text' ? v.text : v.kind]))]);
  });
  return { seen, dataRows: result.dataRows };
};

describe('reading an import sheet\'s rows', () => {
  it('finds the header row under a title, in any case and column order, and hands on non-empty data rows', async () => {
    const { seen, dataRows } = await read([
      row(1, [1, 'BẢNG TỔNG HỢP']),
      row(3, [2, 'HO VA TEN'], [4, 'mã  đoàn viên *']),
      row(4, [2, 'Nguyễn Văn An'], [4, 'HB01']),
      row(5, [7, 'ô ngoài bảng']),
      row(6, [4, 'HB02']),
    ]);
    expect(dataRows).toBe(2);
    expect(seen).toEqual([[4, { fullName: 'Nguyễn Văn An', code: 'HB01' }], [6, { fullName: 'empty', code: 'HB02' }]]);
  });

  it('stops at the first row past the limit, naming it', async () => {
    await expect(read([row(1, [1, 'Mã đoàn viên'], [2, 'Họ và tên']), row(2, [1, 'A']), row(3, [1, 'B'])], 1))
      .rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('dòng 3 đã vượt giới hạn 1 dòng') });
  });

  it('names a missing required column, and refuses a sheet without rows', async () => {
    await expect(read([row(1, [1, 'Mã đoàn viên'])])).rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('"Họ và tên"') });
    await expect(read([])).rejects.toMatchObject({ code: 'BAD_FILE', message: 'Tệp không có dòng dữ liệu nào' });
  });
});
