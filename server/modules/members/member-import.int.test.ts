import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AuditPage } from '../../../shared/contracts/audit.contract.ts';
import type { ImportResult, MemberDetail, MemberListResponse } from '../../../shared/contracts/members.contract.ts';
import { memberColumns } from './xlsx/columns.ts';

// The Excel import over HTTP on the engine of this run: modes, the "Con" sheet, a bad row deep in a large file.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const headers = memberColumns.map((c) => c.header);
const chair = () => t.as('huongbinh.chutich');
const importPath = (query: string) => `/api/orgs/${t.orgs.seed}/members/import?${query}`;

function row(code: string, cells: Record<string, ExcelJS.CellValue> = {}): ExcelJS.CellValue[] {
  const base: Record<string, ExcelJS.CellValue> = {
    'Mã đoàn viên': code, 'Họ và tên': 'Lê Văn Mới', 'Giới tính': 'Nam', 'Ngày sinh': '05/01/1990',
    'Đối tượng': 'Cán bộ, công chức', 'Ngày vào công đoàn': '01/03/2015', 'Số điện thoại': '0905 123 456',
  };
  const values = { ...base, ...cells };
  return headers.map((h) => values[h] ?? null);
}

async function workbook(rows: ExcelJS.CellValue[][], children?: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đoàn viên');
  sheet.addRow(headers);
  rows.forEach((r) => sheet.addRow(r));
  if (children) {
    const con = wb.addWorksheet('Con');
    con.addRow(['Mã đoàn viên', 'Họ và tên con', 'Giới tính', 'Ngày sinh']);
    children.forEach((c) => con.addRow(c));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function send(file: Buffer, query: string): Promise<{ status: number; result: ImportResult }> {
  const res = await chair().upload(importPath(query), file);
  const body = (await res.json()) as ImportResult & { error?: { details: ImportResult } };
  return { status: res.status, result: res.status === 200 ? body : body.error!.details };
}

async function memberByCode(code: string): Promise<MemberDetail> {
  const list = (await (await chair().get(`/api/orgs/${t.orgs.seed}/members?status=all&q=${code}`)).json()) as MemberListResponse;
  const found = list.items.find((m) => m.code === code);
  expect(found, code).toBeDefined();
  return (await (await chair().get(`/api/orgs/${t.orgs.seed}/members/${found!.id}`)).json()) as MemberDetail;
}

const memberCount = async () =>
  ((await (await chair().get(`/api/orgs/${t.orgs.seed}/members?status=all&pageSize=1`)).json()) as MemberListResponse).total;

describe('import modes', () => {
  it('create (the default) refuses a code already listed; update refuses a new code; upsert takes both', async () => {
    const file = await workbook([row('HB01'), row('NEW01')]);
    const create = await send(file, 'dryRun=true');
    expect(create.result.mode).toBe('create');
    expect(create.result.errors).toEqual([
      { row: 2, column: 'Mã đoàn viên', message: expect.stringContaining('"HB01" đã có trong danh sách') as string },
    ]);
    const update = await send(file, 'dryRun=true&mode=update');
    expect(update.result.errors).toEqual([
      { row: 3, column: 'Mã đoàn viên', message: expect.stringContaining('"NEW01" chưa có trong danh sách') as string },
    ]);
    const upsert = await send(file, 'dryRun=true&mode=upsert');
    expect(upsert.result).toMatchObject({ valid: true, created: 1, updated: 1, unchanged: 0 });
    expect(upsert.result.preview.map((p) => [p.row, p.action])).toEqual([[2, 'update'], [3, 'create']]);
    expect((await send(file, 'dryRun=true&mode=sideways')).status).toBe(400);
  });

  it('imports an exported list edited in two cells back with upsert: exactly those two fields change, with an audit entry', async () => {
    const exported = await chair().get(`/api/orgs/${t.orgs.seed}/members/export.xlsx?status=all`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const sheet = wb.getWorksheet('Đoàn viên')!;
    const column = (header: string) => headers.indexOf(header) + 1;
    const code = String(sheet.getRow(5).getCell(column('Mã đoàn viên')).value);
    const before = await memberByCode(code);
    sheet.getRow(5).getCell(column('Chức vụ')).value = 'Thư ký công đoàn';
    sheet.getRow(5).getCell(column('Số điện thoại')).value = '+84 912 000 111';
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    const preview = await send(file, 'dryRun=true&mode=upsert');
    expect(preview.result.errors).toEqual([]);
    expect(preview.result).toMatchObject({ valid: true, created: 0, updated: 1 });
    expect(preview.result.preview[0]).toMatchObject({
      row: 5, code, action: 'update',
      changes: [
        { column: 'Chức vụ', from: before.position ?? '', to: 'Thư ký công đoàn' },
        { column: 'Số điện thoại', from: before.phone ?? '', to: '0912000111' },
      ],
    });

    const done = await send(file, 'dryRun=false&mode=upsert');
    expect(done.status).toBe(200);
    expect(done.result.imported).toBe(1);
    const after = await memberByCode(code);
    const { position: _p, phone: _ph, ...restAfter } = after;
    const { position: _p0, phone: _ph0, ...restBefore } = before;
    expect(after.position).toBe('Thư ký công đoàn');
    expect(after.phone).toBe('0912000111');
    expect(restAfter).toEqual(restBefore);

    const audit = (await (await chair().get(`/api/orgs/${t.orgs.seed}/audit`)).json()) as AuditPage;
    expect(audit.items[0]).toMatchObject({ action: 'import', entity: 'member' });
    expect(audit.items[1]).toMatchObject({
      action: 'update', entity: 'member', entityId: String(before.id),
      before: { position: before.position ?? '', phone: before.phone ?? '' }, after: { position: 'Thư ký công đoàn', phone: '0912000111' },
    });
  });

  it('moves the admission with a corrected join date, by the member form\'s rule', async () => {
    await send(await workbook([row('JD01', { 'Ngày vào công đoàn': '01/03/2015' })]), 'dryRun=false');
    const done = await send(await workbook([row('JD01', { 'Ngày vào công đoàn': '15/04/2016' })]), 'dryRun=false&mode=update');
    expect(done.result).toMatchObject({ updated: 1 });
    const m = await memberByCode('JD01');
    expect(m.joinedOn).toBe('2016-04-15');
    expect(m.history.map((h) => [h.kind, h.onDate])).toEqual([['admitted', '2016-04-15']]);
  });

  it('keeps the fields whose column the file leaves out', async () => {
    await send(await workbook([row('KP01', { 'Email': 'kp@example.vn' })]), 'dryRun=false');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đoàn viên');
    sheet.addRow(['Mã đoàn viên', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Ngày vào công đoàn']);
    sheet.addRow(['KP01', 'Lê Văn Đổi Tên', 'Nam', 'Cán bộ, công chức', '01/03/2015']);
    const done = await send(Buffer.from(await wb.xlsx.writeBuffer()), 'dryRun=false&mode=update');
    expect(done.result.preview[0].changes.map((c) => c.column)).toEqual(['Họ và tên']);
    expect(await memberByCode('KP01')).toMatchObject({ fullName: 'Lê Văn Đổi Tên', email: 'kp@example.vn', phone: '0905123456' });
  });
});

describe('the "Con" sheet', () => {
  it('adds the children of new members, and replaces those of a member listed there on update', async () => {
    const created = await send(await workbook([row('CH01'), row('CH02')], [
      ['CH01', 'Lê Minh An', 'Nam', '02/03/2015'], ['CH01', 'Lê Thu Hà', 'Nữ', '10/10/2018'], ['CH02', 'Lê Bảo', null, '01/06/2020'],
    ]), 'dryRun=false');
    expect(created.result).toMatchObject({ created: 2, children: 3 });
    expect((await memberByCode('CH01')).children.map((c) => c.fullName)).toEqual(['Lê Minh An', 'Lê Thu Hà']);

    const updated = await send(await workbook([row('CH01'), row('CH02')], [['CH01', 'Lê Minh An', 'Nam', '02/03/2015']]), 'dryRun=false&mode=update');
    expect(updated.result).toMatchObject({ updated: 1, unchanged: 1 });
    expect(updated.result.preview[0].changes).toEqual([
      { column: 'Con', from: 'Lê Minh An (02/03/2015, Nam); Lê Thu Hà (10/10/2018, Nữ)', to: 'Lê Minh An (02/03/2015, Nam)' },
    ]);
    expect((await memberByCode('CH01')).children.map((c) => c.fullName)).toEqual(['Lê Minh An']);
    expect((await memberByCode('CH02')).children.map((c) => c.fullName)).toEqual(['Lê Bảo']);
  });

  it('puts the children in the export, and the export imports back unchanged', async () => {
    const exported = await chair().get(`/api/orgs/${t.orgs.seed}/members/export.xlsx?status=all`);
    const file = Buffer.from(await exported.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const con = wb.getWorksheet('Con')!;
    expect(con.getRow(1).values).toEqual([undefined, 'Mã đoàn viên', 'Họ và tên con', 'Giới tính', 'Ngày sinh']);
    const again = await send(file, 'dryRun=true&mode=upsert');
    expect(again.result.errors).toEqual([]);
    expect(again.result).toMatchObject({ valid: true, created: 0, updated: 0 });
  });
});

describe('all or nothing', () => {
  async function largeWorkbook(rows: number, badRow: number): Promise<Buffer> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const sheet = wb.addWorksheet('Đoàn viên');
    sheet.addRow(headers).commit();
    for (let n = 0; n < rows; n += 1) {
      const joined = n + 2 === badRow ? '01/03/2099' : '01/03/2020';
      sheet.addRow(row(`BIG${n}`, { 'Họ và tên': `Nguyễn Thị Số ${n}`, 'Ngày vào công đoàn': joined, 'Số điện thoại': null })).commit();
    }
    sheet.commit();
    await wb.commit();
    return Buffer.concat(chunks);
  }

  it('refuses a 20,000-row file whose row 19,990 is bad, naming row and column, and writes nothing', async () => {
    const before = await memberCount();
    const file = await largeWorkbook(20_000, 19_990);
    const refused = await send(file, 'dryRun=false');
    expect(refused.status).toBe(400);
    expect(refused.result.errors).toEqual([
      { row: 19_990, column: 'Ngày vào công đoàn', message: expect.stringContaining('01/03/2099 ở tương lai') as string },
    ]);
    expect(refused.result.rows).toBe(20_000);
    expect(await memberCount()).toBe(before);
  }, 120_000);

  it('refuses a national code another member holds, and writes none of the file', async () => {
    const before = await memberCount();
    await send(await workbook([row('NC01', { 'Mã đoàn viên QLĐV': '7919000001' })]), 'dryRun=false');
    const refused = await send(await workbook([row('NC02'), row('NC03', { 'Mã đoàn viên QLĐV': '7919000001' })]), 'dryRun=false');
    expect(refused.status).toBe(400);
    expect(refused.result.errors).toEqual([
      { row: 3, column: 'Mã đoàn viên QLĐV', message: 'Mã đoàn viên QLĐV "7919000001" đã được dùng cho một đoàn viên khác' },
    ]);
    expect(await memberCount()).toBe(before + 1);
  });
});
