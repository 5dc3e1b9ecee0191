import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseYearCommand, runYearCommand } from '../../cli/year-command.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { openXlsx, type XlsxWorkbook } from '../../core/xlsx/read-xlsx.ts';
import { readCell } from '../../core/xlsx/cell-content.ts';
import { composeAnnualReport } from '../reports/compose-report.ts';
import type { YearImportResult } from '../../../shared/contracts/year-workbook.contract.ts';
import type { OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { yearSheets } from './year-sheets.ts';
import { exportYearWorkbook } from './year-workbook.service.ts';
import { SYSTEM_CALLER } from '../../core/access.ts';
import { withCell } from '../../test/year-sheet-harness.ts';

// Sổ năm (issue 13, item 7): the demo union's 2023 exported as one workbook, moved into a fresh union, and the
// fresh union's 2023 report reads as the demo's but for the union's names; a bad cell anywhere writes nothing;
// a year already holding records is refused; the sheets' permissions hold.

let t: TestApp;
let demoFile: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/years/2023/workbook`);
  expect(res.status).toBe(200);
  demoFile = Buffer.from(await res.arrayBuffer());
});
afterAll(() => t.close());

const json = async <T>(res: Response) => (await res.json()) as T;
let unions = 0;

/** A new agency union (under the province: the demo's parent of 2023 has ended), with tổ of the demo's names. */
async function freshUnion(): Promise<OrgView> {
  unions += 1;
  const created = await t.as('admin').send('POST', '/api/orgs', {
    code: `CDCS-SONAM-${unions}`, name: `Công đoàn cơ sở cơ quan xã Hương Phong ${unions}`, shortName: `CĐCS cơ quan xã Hương Phong ${unions}`,
    kind: 'agency', parentId: t.orgs.province, establishedOn: '2003-05-01', placeName: 'Hương Phong',
    hostName: 'Đảng ủy, HĐND, UBND xã Hương Phong',
  });
  expect(created.status, await created.clone().text()).toBe(200);
  const org = await json<OrgView>(created);
  for (const [i, name] of ['Tổ công đoàn Đảng - Đoàn thể', 'Tổ công đoàn Chính quyền'].entries()) {
    const group = await t.as('admin').send('POST', '/api/orgs', {
      code: `${org.code}-T${i + 1}`, name, shortName: name.replace('Tổ công đoàn', 'Tổ'), kind: 'union_group', parentId: org.id, establishedOn: '2003-05-01',
    });
    expect(group.status).toBe(200);
  }
  return org;
}

const importInto = async (orgId: number, file: Buffer, dryRun: boolean, who = 'admin') =>
  t.as(who).upload(`/api/orgs/${orgId}/years/2023/workbook/import?dryRun=${dryRun}`, file);

async function sheetRows(wb: XlsxWorkbook, name: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of wb.rows(wb.sheets.find((s) => s.name === name)!)) {
    rows.push(Array.from({ length: Math.max(...row.cells.keys()) }, (_, i) => {
      const content = readCell(row.cells.get(i + 1));
      return content.kind === 'text' ? content.text : content.kind === 'date' ? content.iso : '';
    }));
  }
  return rows;
}

describe('the year workbook of the demo union', () => {
  it('holds the guide, then a sheet per record kind with the year\'s rows', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/years/2023/workbook`);
    expect(res.headers.get('content-disposition')).toContain('so-nam-2023-CDCS-HUONGBINH.xlsx');
    const wb = await openXlsx(demoFile);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', ...yearSheets.map((s) => s.name)]);
    const guide = await sheetRows(wb, 'Hướng dẫn');
    expect(guide.find((r) => r[0] === 'Năm')?.[1]).toBe('2023');
    expect(guide.some((r) => r[0] === 'Mã đoàn viên')).toBe(true);
    const members = await sheetRows(wb, 'Đoàn viên');
    expect(members[0].slice(0, 3)).toEqual(['Mã đoàn viên', 'Họ và tên', 'Giới tính']);
    expect(members.slice(1).every((r) => r[0].startsWith('HB'))).toBe(true);
    expect(members.length - 1).toBe(30);
    const results = await sheetRows(wb, 'Kết quả thi đua');
    // 19 LĐTT and one CSTĐCS decided, 30 staff ratings.
    expect(results.length - 1).toBe(50);
    expect(results.find((r) => r[2] === 'CSTĐCS')).toEqual(expect.arrayContaining(['HB07', '3016/QĐ-UBND', '2023-12-18', 'Huyện']));
    const awards = await sheetRows(wb, 'Danh hiệu tập thể');
    expect(awards.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Cơ quan, đơn vị', 'Giải thưởng', 'Chuyển đổi số', 'giải ba'], ['Cơ quan, đơn vị', 'Danh hiệu', 'Tập thể Lao động tiên tiến', ''],
    ]);
  });

  it('is read by everyone who reads the union, not by a member nor another union', async () => {
    for (const [who, status] of [['huongbinh.ketoan', 200], ['tinh.canbo', 200], ['huongbinh.doanvien', 403], ['mayhuongson.chutich', 404]] as const) {
      expect((await t.as(who).get(`/api/orgs/${t.orgs.seed}/years/2023/workbook`)).status).toBe(status);
    }
    expect((await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/years/1989/workbook`)).status).toBe(400);
  });
});

describe('moving a year in', () => {
  it('round trip: the fresh union\'s 2023 report reads as the demo\'s but for the union\'s names', async () => {
    const org = await freshUnion();
    const preview = await importInto(org.id, demoFile, true);
    expect(preview.status).toBe(200);
    const counted = await json<YearImportResult>(preview);
    expect(counted.errors).toEqual([]);
    expect(counted.sheets.find((s) => s.name === 'Đoàn viên')?.rows).toBe(30);
    expect(await t.handle.db.selectFrom('members').select('id').where('org_id', '=', org.id).execute()).toEqual([]);

    const done = await json<YearImportResult>(await importInto(org.id, demoFile, false));
    expect(done).toMatchObject({ dryRun: false, valid: true, errorCount: 0 });
    expect(done.imported).toBe(done.sheets.reduce((n, s) => n + s.rows, 0));
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'entity_id']).where('org_id', '=', org.id)
      .where('entity', '=', 'year_workbook').execute();
    expect(audit).toEqual([{ action: 'import', entity_id: '2023' }]);

    // The narrative is the union's own text, not part of the workbook: copied as the chairperson would retype it.
    const db = t.handle.db;
    const draft = await db.selectFrom('report_drafts').selectAll().where('org_id', '=', t.orgs.seed).where('year', '=', 2023).executeTakeFirstOrThrow();
    await db.insertInto('report_drafts').values({ org_id: org.id, year: 2023, doc_type: 'annual', issued_on: draft.issued_on }).execute();
    const sections = await db.selectFrom('report_sections').selectAll().where('org_id', '=', t.orgs.seed).where('year', '=', 2023).execute();
    await db.insertInto('report_sections').values(sections.map((s) => ({
      org_id: org.id, year: 2023, doc_type: 'annual' as const, section_key: s.section_key, paragraphs: JSON.stringify(s.paragraphs), updated_by: null,
    }))).execute();

    const [demo, moved] = await Promise.all([composeAnnualReport(db, t.orgs.seed, 2023, '2026-01-01'), composeAnnualReport(db, org.id, 2023, '2026-01-01')]);
    // The union's own words (names, place, host agency, the level above) are all the texts may differ by.
    const renames = ['tenCongDoan', 'tenVietTat', 'donVi', 'capTren', 'diaDanh']
      .map((key): [string, string] => [moved.figures[key].text, demo.figures[key].text]);
    const asDemo = (text: string) => renames.reduce((s, [from, to]) => s.split(from).join(to), text);
    const compared = (sections: typeof demo.sections, rename: (s: string) => string) => sections
      .map((s) => ({ key: s.key, rendered: s.rendered.map(rename), errors: s.errors }));
    expect(moved.errors).toEqual(demo.errors);
    expect(compared(moved.sections, asDemo)).toEqual(compared(demo.sections, (s) => s));
    const figuresOf = (r: typeof demo) => Object.entries(r.figures).filter(([k]) => /^(doanVien|thiDua|taiChinh|chamLo|hoatDong|giaDinhVanHoa|vanBan|keHoach)\./.test(k)).map(([k, f]) => [k, f.text]);
    expect(figuresOf(moved)).toEqual(figuresOf(demo));
    expect(figuresOf(demo)).toContainEqual(['thiDua.tapThe.coQuan.danhHieu', 'tập thể Lao động tiên tiến']);
  });

  it('lists every bad cell of every sheet in Vietnamese and writes nothing', async () => {
    const org = await freshUnion();
    let file = await withCell(demoFile, 'Đoàn viên', 3, 'Giới tính', 'Khác');
    file = await withCell(file, 'Kết quả thi đua', 2, 'Mã đoàn viên', 'ZZ99');
    const res = await importInto(org.id, file, false);
    expect(res.status).toBe(400);
    const { error } = await json<{ error: { message: string; details: YearImportResult } }>(res);
    expect(error.message).toBe('Tệp có 2 lỗi; chưa ghi dòng nào');
    const result = error.details;
    expect(result.errorCount).toBe(2);
    expect(result.errors).toEqual([
      { sheet: 'Đoàn viên', row: 3, column: 'Giới tính', message: expect.stringContaining('Giới tính') },
      { sheet: 'Kết quả thi đua', row: 2, column: 'Mã đoàn viên', message: expect.stringContaining("'ZZ99'") },
    ]);
    expect(await t.handle.db.selectFrom('members').select('id').where('org_id', '=', org.id).execute()).toEqual([]);
  });

  it('carries members\' status changes, checked against their history', async () => {
    const db = t.handle.db;
    const hb30 = await db.selectFrom('members').select('id').where('org_id', '=', t.orgs.seed).where('code', '=', 'HB30').executeTakeFirstOrThrow();
    await db.insertInto('member_status_events').values([
      { org_id: t.orgs.seed, member_id: hb30.id, kind: 'suspended', on_date: '2023-03-01', reason: 'Đi học dài hạn' },
      { org_id: t.orgs.seed, member_id: hb30.id, kind: 'resumed', on_date: '2023-09-01', reason: null },
    ]).execute();
    const file = Buffer.from(await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/years/2023/workbook`)).arrayBuffer());
    await db.deleteFrom('member_status_events').where('member_id', '=', hb30.id).where('kind', 'in', ['suspended', 'resumed']).execute();
    const rows = await sheetRows(await openXlsx(file), 'Biến động đoàn viên');
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['HB30', expect.any(String), 'Tạm dừng sinh hoạt', '2023-03-01', 'Đi học dài hạn'], ['HB30', expect.any(String), 'Trở lại sinh hoạt', '2023-09-01'],
    ]);

    const org = await freshUnion();
    const twice = await withCell(file, 'Biến động đoàn viên', 3, 'Biến động', 'Tạm dừng sinh hoạt');
    const refused = await json<YearImportResult>(await importInto(org.id, twice, true));
    expect(refused.errors).toEqual([{ sheet: 'Biến động đoàn viên', row: 3, column: 'Biến động', message: expect.stringContaining('Không thể ghi "Tạm dừng sinh hoạt"') }]);

    expect((await importInto(org.id, file, false)).status).toBe(200);
    const moved = await db.selectFrom('member_status_events').innerJoin('members', 'members.id', 'member_status_events.member_id')
      .select(['kind', 'on_date', 'reason']).where('members.org_id', '=', org.id).where('members.code', '=', 'HB30').orderBy('on_date').execute();
    expect(moved.map((e) => e.kind)).toEqual(['admitted', 'suspended', 'resumed']);
    expect(moved[1]).toMatchObject({ on_date: '2023-03-01', reason: 'Đi học dài hạn' });
  });

  it('refuses a second import into the same year, naming the sheets already holding records', async () => {
    const res = await importInto(t.orgs.seed, demoFile, true, 'huongbinh.chutich');
    const result = await json<YearImportResult>(res);
    expect(result.errors).toContainEqual({
      sheet: 'Kết quả thi đua', row: 1, column: '',
      message: 'Năm 2023 của công đoàn đã có dữ liệu «Kết quả thi đua»; sổ năm chỉ nhập vào năm chưa có dữ liệu này',
    });
    // The members sheet matches by code: members already listed are no error.
    expect(result.errors.some((e) => e.sheet === 'Đoàn viên')).toBe(false);
  });

  it('refuses a file of another year', async () => {
    const org = await freshUnion();
    const res = await t.as('admin').upload(`/api/orgs/${org.id}/years/2024/workbook/import?dryRun=true`, demoFile);
    expect(res.status).toBe(400);
    expect((await json<{ error: { message: string } }>(res)).error.message).toBe('Tệp là sổ năm 2023, không phải năm 2024');
  });

  it('needs the write permission of every sheet in the file', async () => {
    // The treasurer writes the books, not the members; the committee records no decision (results, commendations).
    expect((await importInto(t.orgs.seed, demoFile, true, 'huongbinh.ketoan')).status).toBe(403);
    expect((await importInto(t.orgs.seed, demoFile, true, 'huongbinh.uyvien')).status).toBe(403);
    expect((await importInto(t.orgs.seed, demoFile, true, 'tinh.canbo')).status).toBe(403);
    // Only the sheets holding rows count: the treasurer may bring the books alone.
    const books = yearSheets.filter((s) => s.writePermission === 'finance.write');
    const { xlsx } = await exportYearWorkbook(t.handle.db, SYSTEM_CALLER, t.orgs.seed, 2023, books);
    const checked = await importInto(t.orgs.seed, xlsx, true, 'huongbinh.ketoan');
    expect(checked.status).toBe(200);
    expect((await json<YearImportResult>(checked)).errors[0].message).toContain('đã có dữ liệu');
  });
});

describe('the command line', () => {
  it('exports a year and imports it into another union, the year read from the guide sheet', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-nam-'));
    const file = path.join(dir, 'so-nam.xlsx');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(() => parseYearCommand('export', ['year', file, '--org', 'CDCS-HUONGBINH'])).toThrow('Thiếu --year');
      await runYearCommand(t.handle.db, parseYearCommand('export', ['year', file, '--org', 'CDCS-HUONGBINH', '--year', '2023']));
      const org = await freshUnion();
      await runYearCommand(t.handle.db, parseYearCommand('import', ['year', file, '--org', org.code, '--dry-run']));
      expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/^Tệp hợp lệ, sổ năm 2023 \(Đoàn viên: 30 dòng; Con đoàn viên: \d+ dòng/));
      await runYearCommand(t.handle.db, parseYearCommand('import', ['year', file, '--org', org.code]));
      expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/^Đã nhập sổ năm 2023/));
      const again = runYearCommand(t.handle.db, parseYearCommand('import', ['year', file, '--org', org.code]));
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await expect(again).rejects.toThrow('lỗi; chưa ghi dòng nào');
    } finally {
      vi.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
