import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { openXlsx } from '../../core/xlsx/read-xlsx.ts';
import type { EmulationImportResult } from '../../../shared/contracts/emulation-import.contract.ts';

let t: TestApp;
let names: Map<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.handle.db.selectFrom('members').select(['code', 'full_name']).where('org_id', '=', t.orgs.seed).execute();
  names = new Map(rows.map((r) => [r.code, r.full_name]));
});
afterAll(() => t.close());

const chair = () => t.as('huongbinh.chutich');
const url = (year: number, rest: string, orgId = t.orgs.seed) => `/api/orgs/${orgId}/emulation/${year}/${rest}`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; details?: EmulationImportResult } }).error;

async function sheet(rows: (string | null)[][], headers = ['Mã đoàn viên', 'Họ và tên', 'Đăng ký', 'Xếp loại', 'Kết quả']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thi đua');
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Registrations, ratings and results of the seed union's year, as comparable text. */
async function records(year: number): Promise<string[]> {
  const db = t.handle.db;
  const [regs, ratings, results] = await Promise.all([
    db.selectFrom('emulation_registrations as r').innerJoin('members as m', 'm.id', 'r.member_id').select(['m.code', 'r.title'])
      .where('r.org_id', '=', t.orgs.seed).where('r.year', '=', year).execute(),
    db.selectFrom('staff_ratings as s').innerJoin('members as m', 'm.id', 's.member_id').select(['m.code', 's.grade'])
      .where('s.org_id', '=', t.orgs.seed).where('s.year', '=', year).execute(),
    db.selectFrom('emulation_results as e').innerJoin('members as m', 'm.id', 'e.member_id').select(['m.code', 'e.title', 'e.status'])
      .where('e.org_id', '=', t.orgs.seed).where('e.year', '=', year).execute(),
  ]);
  return [
    ...regs.map((r) => `reg ${r.code} ${r.title}`), ...ratings.map((r) => `rating ${r.code} ${r.grade}`),
    ...results.map((r) => `result ${r.code} ${r.title} ${r.status}`),
  ].sort();
}

async function sheetText(bytes: Buffer): Promise<string[][]> {
  const wb = await openXlsx(bytes);
  const out: string[][] = [];
  for await (const row of wb.rows(wb.sheets[0])) {
    out.push([...row.cells.values()].map((c) => (c.kind === 'text' ? c.text : c.kind)));
  }
  return out;
}

describe('importing an emulation year from Excel', () => {
  it('checks a good file on a dry run without writing, then imports registrations, ratings and proposed results', async () => {
    const file = await sheet([
      ['HB08', names.get('HB08')!, 'LĐTT, CSTĐCS', 'HTXSNV', 'LĐTT'],
      ['HB12', names.get('HB12')!.toUpperCase(), 'Lao động tiên tiến', 'httnv', null],
    ]);
    const before = await records(2026);
    const dry = await chair().upload(url(2026, 'import?dryRun=true'), file);
    expect(dry.status).toBe(200);
    const checked = (await dry.json()) as EmulationImportResult;
    expect(checked).toMatchObject({ valid: true, rows: 2, imported: 0, registrations: 3, ratings: 2, results: 1, errorCount: 0 });
    expect(checked.preview[0].changes).toEqual(['Đăng ký LĐTT', 'Đăng ký CSTĐCS', 'Xếp loại HTXSNV', 'Đề nghị LĐTT']);
    expect(await records(2026)).toEqual(before);

    const res = await chair().upload(url(2026, 'import?dryRun=false'), file);
    expect(res.status).toBe(200);
    expect(((await res.json()) as EmulationImportResult).imported).toBe(2);
    expect((await records(2026)).filter((r) => !before.includes(r))).toEqual([
      'reg HB08 cstdcs', 'reg HB08 ldtt', 'reg HB12 ldtt', 'result HB08 ldtt proposed', 'rating HB08 htxsnv', 'rating HB12 httnv',
    ].filter((r) => !before.includes(r)).sort());
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'entity']).where('org_id', '=', t.orgs.seed)
      .where('entity', '=', 'emulation_year').execute();
    expect(audit).toEqual([{ action: 'import', entity: 'emulation_year' }]);

    // The same file again changes nothing.
    const again = (await (await chair().upload(url(2026, 'import?dryRun=false'), file)).json()) as EmulationImportResult;
    expect(again).toMatchObject({ valid: true, imported: 0, registrations: 0, ratings: 0, results: 0, preview: [] });
  });

  it('refuses a bad file naming each row and column, and writes nothing', async () => {
    const file = await sheet([
      ['HB08', names.get('HB08')!, 'LĐTT', 'HTNV', null],
      ['ZZ99', 'Nguyễn Văn Không', 'LĐTT', null, null],
      ['HB12', 'Trần Thị Sai Tên', 'LĐTT', 'Tốt', 'CSTĐ'],
      ['HB08', names.get('HB08')!, null, null, null],
    ]);
    const before = await records(2025);
    const res = await chair().upload(url(2025, 'import?dryRun=false'), file);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Tệp có 5 lỗi; chưa nhập dòng nào');
    expect(error.details!.errors).toEqual([
      { row: 3, column: 'Mã đoàn viên', message: "Mã đoàn viên 'ZZ99' không có trong danh sách đoàn viên của công đoàn" },
      { row: 4, column: 'Họ và tên', message: `Họ và tên 'Trần Thị Sai Tên' không khớp với mã HB12 (${names.get('HB12')})` },
      { row: 4, column: 'Xếp loại', message: "Xếp loại 'Tốt' không hợp lệ (chọn HTXSNV, HTTNV, HTNV hoặc KHTNV)" },
      { row: 4, column: 'Kết quả', message: "Kết quả 'CSTĐ' không hợp lệ (ghi LĐTT, CSTĐCS hoặc cả hai, cách nhau dấu phẩy)" },
      { row: 5, column: 'Mã đoàn viên', message: 'Mã đoàn viên bị trùng với dòng 2' },
    ]);
    expect(await records(2025)).toEqual(before);
  });

  it('refuses a member who was not active in the year, and a file that is not a workbook or lacks a column', async () => {
    const inactive = await chair().upload(url(1995, 'import?dryRun=true'), await sheet([['HB08', names.get('HB08')!, 'LĐTT', null, null]]));
    expect(((await inactive.json()) as EmulationImportResult).errors).toEqual([
      { row: 2, column: 'Mã đoàn viên', message: `Đồng chí ${names.get('HB08')} (HB08) không sinh hoạt tại công đoàn trong năm 1995` },
    ]);
    const notXlsx = await chair().upload(url(2026, 'import'), Buffer.from('Mã đoàn viên,Họ và tên\n'));
    expect((await errorOf(notXlsx)).code).toBe('BAD_FILE');
    const noName = await chair().upload(url(2026, 'import'), await sheet([['HB08']], ['Mã đoàn viên']));
    expect(await errorOf(noName)).toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('"Họ và tên"') });
  });

  it('exports the year\'s summary table, which imports again without changes', async () => {
    const res = await chair().get(url(2023, 'summary.xlsx'));
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const rows = await sheetText(bytes);
    expect(rows[0]).toEqual(['BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM 2023']);
    expect(rows[2]).toEqual(['Mã đoàn viên', 'Họ và tên', 'Loại đoàn viên', 'Đăng ký', 'Xếp loại', 'Kết quả', 'Tình trạng kết quả', 'Khen thưởng']);
    const cstdcs = rows.find((r) => r[1] === 'Đặng Ngọc Đức')!;
    expect(cstdcs).toEqual(expect.arrayContaining(['LĐTT, CSTĐCS', 'LĐTT đã có quyết định; CSTĐCS đã có quyết định']));
    const reimport = (await (await chair().upload(url(2023, 'import?dryRun=true'), bytes)).json()) as EmulationImportResult;
    expect(reimport).toMatchObject({ valid: true, errorCount: 0, registrations: 0, ratings: 0, results: 0 });
    expect(reimport.rows).toBeGreaterThanOrEqual(30);
  });

  it('gives a template with the members active in the year', async () => {
    const res = await t.as('huongbinh.uyvien').get(url(2026, 'template.xlsx'));
    expect(res.status).toBe(200);
    const rows = await sheetText(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(['Mã đoàn viên', 'Họ và tên', 'Đăng ký', 'Xếp loại', 'Kết quả']);
    expect(rows.some((r) => r[0] === 'HB08' && r[1] === names.get('HB08'))).toBe(true);
  });

  it('lets only the committee import: a member is refused, another union sees nothing', async () => {
    const file = await sheet([['HB08', names.get('HB08')!, 'LĐTT', null, null]]);
    expect((await t.as('huongbinh.doanvien').upload(url(2026, 'import?dryRun=true'), file)).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').upload(url(2026, 'import?dryRun=true'), file)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(url(2026, 'summary.xlsx'))).status).toBe(404);
    expect((await t.as('huongbinh.doanvien').get(url(2026, 'template.xlsx'))).status).toBe(403);
  });
});
