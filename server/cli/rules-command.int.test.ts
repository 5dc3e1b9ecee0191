import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve('bin/congdoan.js');
let dir: string;

async function congdoan(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, CONGDOAN_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// The command line opens its own data directory: PGlite only.
describe.skipIf(process.env.TEST_ENGINE === 'postgres')('congdoan rules', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-rules-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the shipped rule sets in force on a date, flagging unverified ones', async () => {
    const r = await congdoan('rules', 'list', '--date', '2023-12-31');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^individual-titles-nd91-2017\t/m);
    expect(r.out).toMatch(/reward-nd91-2017.*\[CHƯA ĐỐI CHIẾU\]/);
    expect(r.out).not.toMatch(/^individual-titles-nd98-2023\t/m);
  });

  it('adds a rule set from a JSON file once, and refuses a bad file with the field named', async () => {
    const file = path.join(dir, 'new.json');
    fs.writeFileSync(file, JSON.stringify({
      key: 'dues-test-2027', name: 'Đoàn phí (thử)', kind: 'dues', validFrom: '2027-01-01',
      regulation: { number: '1/QĐ-TLĐ', title: 'Quyết định thử' },
      content: { parameters: [{ code: 'dues.rate', name: 'Tỷ lệ đoàn phí', unit: 'percent', values: [{ value: 0.5 }] }] },
    }));
    const added = await congdoan('rules', 'add', file);
    expect(added.code, added.out).toBe(0);
    expect(added.out).toContain('Đã thêm bộ quy định dues-test-2027');
    const again = await congdoan('rules', 'add', file);
    expect(again.code).toBe(2);
    expect(again.out).toContain('đã có');

    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), key: 'bad-test', validTo: '2026-01-01' }));
    const refused = await congdoan('rules', 'add', bad);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('validTo: Ngày hết hiệu lực phải sau ngày có hiệu lực');
    expect((await congdoan('rules', 'remove', 'x')).code).toBe(2);
  });
});
