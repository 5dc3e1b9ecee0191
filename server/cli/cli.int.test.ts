import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxPart } from '../modules/reports/document/read-docx.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/congdoan.js');
let dir: string;

const congdoan = (...args: string[]) => congdoanIn(path.join(dir, 'data'), ...args);

async function congdoanIn(dataDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, CONGDOAN_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// The command line opens its own data directory: PGlite only.
describe.skipIf(process.env.TEST_ENGINE === 'postgres')('the congdoan command', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-cli-'));
    const demo = await congdoan('demo');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('congdoan-demo');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses bad arguments with a message and a non-zero exit', async () => {
    for (const args of [['bogus'], ['export', 'members'], ['import', 'members', 'x.xlsx'], ['report', 'annual', '--org', 'CDCS-HUONGBINH', '--year', 'abc', '--out', 'x'], ['serve', '--port']]) {
      const r = await congdoan(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toMatch(/Lỗi: /);
    }
    expect((await congdoan('export', 'members', path.join(dir, 'x.xlsx'), '--org', 'NOPE')).out).toContain('Không có tổ chức mã "NOPE"');
  });

  it('exports the member list and refuses an import with a bad row, naming the row', async () => {
    const file = path.join(dir, 'members.xlsx');
    expect((await congdoan('export', 'members', file, '--org', 'CDCS-HUONGBINH')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0].actualRowCount).toBe(31);

    const bad = new ExcelJS.Workbook();
    const ws = bad.addWorksheet('Đoàn viên');
    ws.addRow(['Mã đoàn viên', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Ngày vào công đoàn']);
    ws.addRow(['N1', 'Lê Văn Một', 'Nam', 'Cán bộ, công chức', '01/02/2024']);
    ws.addRow(['N2', 'Lê Văn Hai', 'Nam', 'Cán bộ, công chức', '31/02/2024']);
    const badFile = path.join(dir, 'bad.xlsx');
    await bad.xlsx.writeFile(badFile);
    const r = await congdoan('import', 'members', badFile, '--org', 'CDCS-HUONGBINH');
    expect(r.code).toBe(2);
    expect(r.out).toContain('Dòng 3');
    ws.getRow(3).getCell(5).value = '28/02/2024';
    await bad.xlsx.writeFile(badFile);
    const ok = await congdoan('import', 'members', badFile, '--org', 'CDCS-HUONGBINH');
    expect(ok.out).toContain('Đã nhập 2 đoàn viên');
  });

  it('writes the seed union\'s 2023 annual report', async () => {
    const out = path.join(dir, 'bc.docx');
    const r = await congdoan('report', 'annual', '--org', 'CDCS-HUONGBINH', '--year', '2023', '--out', out);
    expect(r.code).toBe(0);
    const text = paragraphTexts(readDocxPart(fs.readFileSync(out), 'word/document.xml')).join('\n');
    expect(text).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
  });

  it('adds a user only with a valid password and a known role', async () => {
    expect((await congdoan('user', 'add', '--username', 'ketoan2', '--name', 'Kế Toán', '--role', 'treasurer', '--org', 'CDCS-HUONGBINH', '--password', 'ngan')).code).toBe(2);
    expect((await congdoan('user', 'add', '--username', 'ketoan2', '--name', 'Kế Toán', '--role', 'boss', '--org', 'CDCS-HUONGBINH', '--password', 'mot-mat-khau-dai')).code).toBe(2);
    const ok = await congdoan('user', 'add', '--username', 'ketoan2', '--name', 'Kế Toán', '--role', 'treasurer', '--org', 'CDCS-HUONGBINH', '--password', 'mot-mat-khau-dai');
    expect(ok.code).toBe(0);
  });

  it('backs up the data directory and restores it into another, refusing one that holds data', async () => {
    const backup = path.join(dir, 'congdoan.backup.gz');
    const made = await congdoan('backup', backup);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toMatch(/Đã sao lưu \d+ dòng/);
    expect((await congdoan('backup', backup)).out).toContain('đã có');
    expect((await congdoan('restore', backup)).out).toContain('đã có dữ liệu');

    const other = path.join(dir, 'restored');
    const restored = await congdoanIn(other, 'restore', backup);
    expect(restored.code, restored.out).toBe(0);
    const out = path.join(dir, 'restored.xlsx');
    expect((await congdoanIn(other, 'export', 'members', out, '--org', 'CDCS-HUONGBINH')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].actualRowCount).toBe(33); // the 30 of the seed and the 2 imported above, with the header
  });
});
