import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { WorkforceImportResult, WorkforceListView, WorkforceView } from '../../../shared/contracts/workforce.contract.ts';

// Tình hình lao động (issue 14, item 1): the garment company's figures at 31/5 and 30/11 with the coverage counted
// from its members, writes by role with their audit entries, the checks in Vietnamese, the employer's Excel moved in
// all or nothing, and the laoDong.* placeholders of the 2026 report.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const base = (orgId = t.orgs.enterprise) => `/api/orgs/${orgId}/workforce`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; details?: unknown } }).error;
const listOf = async (year: number, who = 'mayhuongson.chutich') => ((await (await t.as(who).get(`${base()}?year=${year}`)).json()) as WorkforceListView).figures;
const auditOf = (id: number) => t.handle.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', 'workforce_figures')
  .where('entity_id', '=', String(id)).orderBy('id').execute();

async function employerFile(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lao động');
  ws.addRow(['BÁO CÁO TÌNH HÌNH LAO ĐỘNG']);
  ws.addRow(['Ngày số liệu', 'Tổng số lao động', 'Lao động nữ', 'Tham gia BHXH', 'Thu nhập bình quân', 'Số người bị nợ lương', 'Số tiền nợ lương', 'Tiền ăn ca']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (file: Buffer, dryRun: boolean) => t.as('mayhuongson.uyvien').upload(`${base()}/import?dryRun=${dryRun}`, file);

describe('workforce figures', () => {
  it('shows the demo company\'s 2026 figures with the coverage counted from its members on each date', async () => {
    const figures = await listOf(2026, 'tinh.canbo');
    expect(figures.map((f) => [f.asOf, f.employees, f.women, f.wageArrearsWorkers])).toEqual([
      ['2026-05-31', 418, 336, 0], ['2026-11-30', 423, 339, 0],
    ]);
    const stats = (await (await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/members/stats?date=2026-11-30`)).json()) as { total: number };
    const last = figures[1];
    expect(last).toMatchObject({ membersCount: null, membersCounted: true, members: stats.total, contracted: 417, mealValuePerShift: 30_000 });
    expect(stats.total).toBeGreaterThan(0);
    expect(last.coverage).toBeCloseTo(stats.total / 423, 10);
    expect(last.womenShare).toBeCloseTo(339 / 423, 10);
    expect(last.socialInsuredShare).toBeCloseTo(411 / 423, 10);
    const y2025 = await listOf(2025);
    expect(y2025.map((f) => [f.asOf, f.wageArrearsAmount])).toEqual([['2025-05-31', 0], ['2025-11-30', 96_200_000]]);
  });

  it('lets the committee enter, correct and delete figures, each in the audit log; the treasurer only reads', async () => {
    const body = { asOf: '2026-08-31', employees: 420, women: 337, membersCount: 380, socialInsured: 400, averageIncome: 9_000_000, incomePeople: 412 };
    expect((await t.as('mayhuongson.ketoan').send('POST', base(), body)).status).toBe(403);
    expect((await t.as('mayhuongson.ketoan').get(`${base()}?year=2026`)).status).toBe(200);
    const created = await t.as('mayhuongson.uyvien').send('POST', base(), body);
    expect(created.status, await created.clone().text()).toBe(200);
    const view = (await created.json()) as WorkforceView;
    expect(view).toMatchObject({ members: 380, membersCounted: false, healthInsured: 0, wageArrearsAmount: 0, tetBonusAverage: null });
    expect(view.coverage).toBeCloseTo(380 / 420, 10);
    const twice = await t.as('mayhuongson.uyvien').send('POST', base(), body);
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).message).toContain('31/08/2026');
    const edited = await t.as('mayhuongson.chutich').send('PUT', `${base()}/${view.id}`, { ...body, membersCount: null, note: 'Số liệu phòng nhân sự' });
    expect(edited.status).toBe(200);
    expect((await edited.json()) as WorkforceView).toMatchObject({ membersCounted: true, note: 'Số liệu phòng nhân sự' });
    expect((await t.as('mayhuongson.chutich').send('DELETE', `${base()}/${view.id}`)).status).toBe(200);
    expect((await t.as('mayhuongson.chutich').send('DELETE', `${base()}/${view.id}`)).status).toBe(404);
    expect((await auditOf(view.id)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses figures that disagree, naming the field in Vietnamese, and the database holds the same line', async () => {
    const res = await t.as('mayhuongson.uyvien').send('POST', base(), {
      asOf: '2026-09-30', employees: 100, women: 120, wageArrearsWorkers: 3,
    });
    expect(res.status).toBe(400);
    const { message, details } = await errorOf(res);
    expect(message).toBe('women: Lao động nữ (120) không quá tổng số lao động (100)');
    expect(JSON.stringify(details)).toContain('nợ lương');
    await expect(t.handle.db.insertInto('workforce_figures').values({
      org_id: t.orgs.enterprise, as_of: '2026-09-30', employees: 100, women: 120, members_count: null, contracts_indefinite: 0,
      contracts_fixed_term: 0, contracts_seasonal: 0, social_insured: 0, health_insured: 0, unemployment_insured: 0, under_employed: 0,
      under_employed_women: 0, average_income: null, income_people: null, wage_arrears_workers: 0, wage_arrears_amount: 0,
      tet_bonus_average: null, meal_value_per_shift: null, housed_by_employer: 0, renting: 0, note: null, created_by: null,
    }).execute()).rejects.toThrow(/workforce_women_le_employees/);
  });

  it('moves the employer\'s Excel in all or nothing: bad rows listed, then a good file creates and replaces by date', async () => {
    const bad = await employerFile([
      ['31/01/2027', 430, 340, 420, '9.200.000', 0, 0, 30000],
      ['31/02/2027', 430, 340, 420, 9_200_000, 0, 0, 30000],
      ['28/02/2027', 430, 450, 420, 9_200_000, 2, 0, 'ba mươi nghìn'],
      ['31/01/2027', 431, 340, 420, 9_200_000, 0, 0, 30000],
    ]);
    const refused = await upload(bad, false);
    expect(refused.status).toBe(400);
    const error = await errorOf(refused);
    expect(error.message).toContain('chưa ghi dòng nào');
    expect((error.details as WorkforceImportResult).errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 4, column: 'Ngày số liệu' }),
      expect.objectContaining({ row: 5, column: 'Tiền ăn ca' }),
      expect.objectContaining({ row: 6, column: 'Ngày số liệu', message: expect.stringContaining('dòng 3') }),
    ]));
    expect(await listOf(2027)).toEqual([]);
    const badCounts = await upload(await employerFile([['28/02/2027', 430, 450, 420, 9_200_000, 2, 0, 30000]]), true);
    expect(((await badCounts.json()) as WorkforceImportResult).errors.map((e) => e.column)).toEqual(['Lao động nữ', 'Số tiền nợ lương']);

    const good = await employerFile([
      [new Date(Date.UTC(2027, 0, 31)), 430, 340, 420, '9.200.000 đ', 0, 0, 30000],
      ['30/11/2026', 425, 340, 412, 9_150_000, 0, 0, 30000],
    ]);
    const check = (await (await upload(good, true)).json()) as WorkforceImportResult;
    expect(check).toMatchObject({ valid: true, rows: 2, created: 1, updated: 1, dates: ['2026-11-30', '2027-01-31'] });
    expect(await listOf(2027)).toEqual([]);
    const done = await upload(good, false);
    expect(done.status).toBe(200);
    const [jan] = await listOf(2027);
    expect(jan).toMatchObject({ employees: 430, averageIncome: 9_200_000, mealValuePerShift: 30_000 });
    expect((await auditOf(jan.id)).map((a) => a.action)).toEqual(['import']);
    expect((await listOf(2026)).find((f) => f.asOf === '2026-11-30')!.employees).toBe(425);
  });

  it('gives the 2026 report its laoDong placeholders from the latest figures of the year', async () => {
    const report = (await (await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/reports/annual/2026`)).json()) as
      { date?: string; figures: Record<string, { value: unknown; text: string }> };
    const f = report.figures;
    // the import test replaced 30/11/2026's figures: 425 workers
    expect(f['laoDong.tong'].value).toBe(425);
    expect(f['laoDong.nu'].value).toBe(340);
    expect(f['laoDong.tienAnCa'].value).toBe(30_000);
    expect(f['laoDong.noLuong.nguoi'].value).toBe(0);
    expect(f['laoDong.thuNhapBinhQuan'].text).toMatch(/^9\.150\.000/);
    expect(f['laoDong.tyLeDoanVien'].text).toMatch(/%$/);
    expect(Number(f['laoDong.doanVien'].value)).toBeGreaterThan(0);
    // figures entered without the Tết bonus leave it as "chưa có số liệu"
    expect(f['laoDong.thuongTet'].text).toBe('chưa có số liệu');
    const seed = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as
      { figures: Record<string, { text: string }> };
    expect(seed.figures['laoDong.tong'].text).toBe('chưa có số liệu');
  });
});
