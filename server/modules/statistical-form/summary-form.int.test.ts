import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { HEADER_ROW, TRACE_SHEET, UNIONS_SHEET } from './statistical-form.xlsx.ts';

// Mẫu 2-HĐCĐ of an upper level: row by row the sum of its grassroots unions' own Mẫu 1-HĐCĐ (each fetched through the
// same route), the average wage weighted by the people counted, the unions of the tree of that date (a union moved
// counts where it stood, an ended one not after its end), the .xlsx read back, who may see it.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const form = async (orgId: number, date: string, who = 'phuong.canbo') => {
  const res = await t.as(who).get(`/api/orgs/${orgId}/statistical-form?date=${date}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StatisticalFormView;
};

/** What Mẫu 2 must show, from the unions' Mẫu 1 as each union's officers see it. */
function expectedSums(unionForms: StatisticalFormView[]) {
  return mau1HdcdRows.filter((r) => r.kind === 'figure').map((spec) => {
    const rows = unionForms.map((f) => f.rows.find((r) => r.key === spec.key)!);
    const known = rows.filter((r) => r.value !== null);
    if (spec.aggregate === 'weightedAverage') {
      const people = (r: (typeof rows)[number]) => Number(r.note.replace(/^.*: /, '').replaceAll('.', ''));
      const weighted = known.filter((r) => r.note !== '' && people(r) > 0);
      const total = weighted.reduce((s, r) => s + people(r), 0);
      return { key: spec.key, reported: weighted.length, value: total === 0 ? null : Math.round(weighted.reduce((s, r) => s + r.value! * people(r), 0) / total) };
    }
    return { key: spec.key, reported: spec.source === null ? 0 : known.length, value: known.length === 0 ? null : known.reduce((s, r) => s + r.value!, 0) };
  });
}

async function expectSumOfUnions(orgId: number, date: string, who: string): Promise<StatisticalFormView> {
  const summary = await form(orgId, date, who);
  expect(summary.form).toBe('Mẫu 2-HĐCĐ');
  expect(summary.rows.map((r) => r.key)).toEqual(mau1HdcdRows.map((r) => r.key));
  const unionForms = await Promise.all(summary.unions!.map((u) => form(u.id, date, who)));
  expect(unionForms.every((f) => f.form === 'Mẫu 1-HĐCĐ')).toBe(true);
  expect(summary.rows.filter((r) => r.kind === 'figure').map(({ key, reported, value }) => ({ key, reported, value })))
    .toEqual(expectedSums(unionForms));
  return summary;
}

async function addUnderWard(code: string, establishedOn: string, income: { average: number; people: number; employees: number }) {
  const db = t.handle.db;
  const org = await db.insertInto('organisations').values({ code, established_on: establishedOn }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('org_versions').values({
    org_id: org.id, valid_from: establishedOn, valid_to: null, name: `Công đoàn cơ sở ${code}`, short_name: code, kind: 'private_enterprise',
    parent_id: t.orgs.ward, change_note: null,
  }).execute();
  await db.insertInto('workforce_figures').values({
    org_id: org.id, as_of: '2026-11-30', employees: income.employees, women: 60, members_count: null, contracts_indefinite: 50,
    contracts_fixed_term: 40, contracts_seasonal: 10, social_insured: 95, health_insured: 95, unemployment_insured: 90, under_employed: 0,
    under_employed_women: 0, average_income: income.average, income_people: income.people, wage_arrears_workers: 4, wage_arrears_amount: 36_000_000,
    tet_bonus_average: null, meal_value_per_shift: null, housed_by_employer: 0, renting: 30, note: null, created_by: null,
  }).execute();
  return org.id;
}

describe('Mẫu 2-HĐCĐ', () => {
  it('sums the ward union\'s grassroots unions\' Mẫu 1 row by row, saying from how many', async () => {
    const summary = await expectSumOfUnions(t.orgs.ward, '2026-11-30', 'phuong.canbo');
    expect(summary.union.name).toBe('Công đoàn phường Hương Sơn');
    expect(summary.unions!.map((u) => u.id)).toEqual([t.orgs.enterprise]);
    expect(summary.rows.find((r) => r.key === 'B.I.1')!.trace).toBe('Cộng từ Mẫu 1-HĐCĐ của 1 công đoàn cơ sở');
  });

  it('weights the average wage by the people counted in each union, and counts a union without workforce figures', async () => {
    const before = await form(t.orgs.ward, '2026-11-30');
    const mine = before.rows.find((r) => r.key === 'A.I.5')!;
    const minePeople = Number(mine.note.replace(/^.*: /, '').replaceAll('.', ''));
    const added = await addUnderWard('CDCS-TEST-MAU2', '2026-01-05', { average: 6_000_000, people: 95, employees: 100 });
    // A union without any workforce figures: counted, reports no workforce row.
    const db = t.handle.db;
    const bare = await db.insertInto('organisations').values({ code: 'CDCS-TEST-TRONG', established_on: '2026-02-01' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('org_versions').values({
      org_id: bare.id, valid_from: '2026-02-01', valid_to: null, name: 'Công đoàn cơ sở chưa nhập số liệu', short_name: 'CĐCS trống',
      kind: 'cooperative', parent_id: t.orgs.ward, change_note: null,
    }).execute();

    const summary = await expectSumOfUnions(t.orgs.ward, '2026-11-30', 'phuong.canbo');
    expect(new Set(summary.unions!.map((u) => u.id))).toEqual(new Set([t.orgs.enterprise, added, bare.id]));
    const average = summary.rows.find((r) => r.key === 'A.I.5')!;
    expect(average).toMatchObject({
      value: Math.round((mine.value! * minePeople + 6_000_000 * 95) / (minePeople + 95)),
      reported: 2,
      note: `Số người được tính: ${(minePeople + 95).toLocaleString('de-DE')}`,
    });
    expect(average.trace).toBe('Bình quân gia quyền theo số người được tính của từng đơn vị, từ Mẫu 1-HĐCĐ của 2 công đoàn cơ sở có số liệu '
      + '(trong 3 công đoàn cơ sở được tổng hợp)');
    expect(summary.rows.find((r) => r.key === 'A.I.6')!.note).toMatch(/^Số người bị nợ lương: 4$/);
    expect(summary.rows.find((r) => r.key === 'B.I.1')!.reported).toBe(3);
  });

  it('counts the unions of the tree of the date at any depth: the province before and after the district ended', async () => {
    const before = await expectSumOfUnions(t.orgs.province, '2025-05-31', 'tinh.canbo');
    expect(new Set(before.unions!.map((u) => u.id))).toEqual(new Set([t.orgs.seed, t.orgs.enterprise]));
    const after = await expectSumOfUnions(t.orgs.province, '2026-05-31', 'tinh.canbo');
    expect(after.unions!.map((u) => u.id)).toEqual(expect.arrayContaining([t.orgs.seed, t.orgs.enterprise]));
    // The ward did not exist on 31/05/2025; the ended district has nothing below it after its end.
    expect((await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.ward}/statistical-form?date=2025-05-31`)).status).toBe(404);
    expect((await form(t.orgs.district, '2025-11-30', 'tinh.canbo')).unions).toEqual([]);
  });

  it('writes the .xlsx of Mẫu 2: its title, the rows with the count of unions, each union\'s figures and the total', async () => {
    const summary = await form(t.orgs.ward, '2026-11-30');
    const res = await t.as('phuong.canbo').get(`/api/orgs/${t.orgs.ward}/statistical-form.xlsx?date=2026-11-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mau-2-hdcd-CD-PHUONG-HUONGSON-2026-11-30.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('Mẫu 2-HĐCĐ')!;
    const texts = [1, 2, 4, 5].map((r) => sheet.getRow(r).values as unknown[]).flat().filter((v) => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining([
      'Mẫu 2-HĐCĐ', 'Dùng cho công đoàn cấp trên cơ sở', 'CÔNG ĐOÀN PHƯỜNG HƯƠNG SƠN', 'BÁO CÁO TỔNG HỢP HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026',
      `(Số liệu tính đến ngày 30/11/2026; tổng hợp từ ${summary.unions!.length} công đoàn cơ sở)`,
    ]));
    expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, 'TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Số CĐCS có số liệu', 'Ghi chú']);
    summary.rows.forEach((r, i) => {
      const row = sheet.getRow(HEADER_ROW + 1 + i);
      expect([row.getCell(2).value, row.getCell(4).value ?? null, row.getCell(5).value ?? null]).toEqual([r.content, r.value, r.reported]);
    });
    expect(wb.getWorksheet(TRACE_SHEET)!.getRow(5).getCell(4).value).toBe(summary.rows.find((r) => r.kind === 'figure')!.trace);
    const unions = wb.getWorksheet(UNIONS_SHEET)!;
    const figureRows = summary.rows.filter((r) => r.kind === 'figure');
    expect(unions.getRow(1).getCell(4).value).toBe(`${figureRows[0].key}. ${figureRows[0].content} (${figureRows[0].unit})`);
    for (const [i, u] of summary.unions!.entries()) {
      const own = await form(u.id, '2026-11-30');
      const row = unions.getRow(2 + i);
      expect([row.getCell(2).value, row.getCell(3).value]).toEqual([u.code, u.name]);
      expect(figureRows.map((_r, j) => row.getCell(4 + j).value ?? null)).toEqual(own.rows.filter((r) => r.kind === 'figure').map((r) => r.value));
    }
    const totals = unions.getRow(2 + summary.unions!.length);
    expect(totals.getCell(3).value).toBe('Cộng (Mẫu 2-HĐCĐ)');
    expect(figureRows.map((_r, j) => totals.getCell(4 + j).value ?? null)).toEqual(figureRows.map((r) => r.value));
  });

  it('is shown to the upper level\'s officers and those above, not to a union\'s chairperson or a member', async () => {
    const path = `/api/orgs/${t.orgs.ward}/statistical-form?date=2026-11-30`;
    for (const [who, status] of [['phuong.canbo', 200], ['tinh.canbo', 200], ['mayhuongson.chutich', 404], ['huongbinh.chutich', 404],
      ['mayhuongson.doanvien', 404], [null, 401]] as const) {
      expect([who, (await t.as(who).get(path)).status]).toEqual([who, status]);
    }
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.ward}/statistical-form.xlsx?date=2026-11-30`)).status).toBe(404);
  });
});
