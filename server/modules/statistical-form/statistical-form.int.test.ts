import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import type { AgreementsPageView } from '../../../shared/contracts/agreements.contract.ts';
import { formatDateVi, todayIso } from '../../../shared/vi/dates.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { FORM_SHEET, HEADER_ROW, TRACE_SHEET } from './statistical-form.xlsx.ts';

// Mẫu 1-HĐCĐ of the garment company's union on 30/11/2026 and 31/5/2026: every figure equals its record read here
// on its own, the trace names the source and its date; other dates refused in Vietnamese; the .xlsx read back; who
// may see it.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const path = (date: string, orgId = t.orgs.enterprise) => `/api/orgs/${orgId}/statistical-form?date=${date}`;
const formOf = async (date: string, who = 'mayhuongson.chutich') => {
  const res = await t.as(who).get(path(date));
  expect(res.status).toBe(200);
  return (await res.json()) as StatisticalFormView;
};
const byKey = (form: StatisticalFormView) => new Map(form.rows.map((r) => [r.key, r]));
const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(t.handle.db)).rows[0].n;

/** The records of the union, read without the module: what each row should show. */
async function expectedValues(orgId: number, date: string): Promise<Record<string, number | null>> {
  const db = t.handle.db;
  const from = `${Number(date.slice(0, 4)) - 1}-12-01`;
  const w = await db.selectFrom('workforce_figures').selectAll().where('org_id', '=', orgId).where('as_of', '=', date).executeTakeFirstOrThrow();
  const stats = (await (await t.as('mayhuongson.chutich').get(`/api/orgs/${orgId}/members/stats?date=${date}`)).json()) as { total: number; women: number };
  const agreements = (await (await t.as('mayhuongson.chutich').get(`/api/orgs/${orgId}/agreements?date=${date}`)).json()) as AgreementsPageView;
  const inForce = agreements.agreements.filter((a) => a.checks.inForce);
  const within = (column: string) => sql`${sql.ref(column)} BETWEEN ${from}::date AND ${date}::date`;
  const meetings = (kind: string) => count(sql<{ n: number }>`SELECT count(*)::int AS n FROM workplace_meetings WHERE org_id = ${orgId} AND kind = ${kind} AND ${within('held_on')}`);
  const issues = (extra: ReturnType<typeof sql>) => count(sql<{ n: number }>`SELECT count(*)::int AS n FROM meeting_issues i JOIN workplace_meetings m ON m.id = i.meeting_id
    WHERE i.org_id = ${orgId} AND m.kind <> 'workers_conference' AND ${within('m.held_on')} ${extra}`);
  const accidents = (extra: ReturnType<typeof sql>) => count(sql<{ n: number }>`SELECT count(*)::int AS n FROM work_accidents WHERE org_id = ${orgId} AND ${within('occurred_on')} ${extra}`);
  return {
    'A.I.1': w.employees, 'A.I.2': w.women, 'A.I.3': w.under_employed, 'A.I.4': w.under_employed_women,
    'A.I.5': w.average_income === null ? null : Number(w.average_income), 'A.I.6': Number(w.wage_arrears_amount),
    'A.I.7': w.housed_by_employer, 'A.I.8': w.renting,
    'A.I.9': w.contracts_indefinite + w.contracts_fixed_term + w.contracts_seasonal,
    'A.I.9a': w.contracts_indefinite, 'A.I.9b': w.contracts_fixed_term, 'A.I.9c': w.contracts_seasonal,
    'A.I.10a': w.social_insured, 'A.I.10b': w.health_insured, 'A.I.10c': w.unemployment_insured,
    'A.II.1': await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM labour_disputes WHERE org_id = ${orgId} AND kind = 'collective' AND ${within('started_on')}`),
    'A.II.2': await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM labour_disputes WHERE org_id = ${orgId} AND stoppage AND ${within('started_on')}`),
    'A.II.3': await count(sql<{ n: number }>`SELECT COALESCE(sum(workers_involved), 0)::int AS n FROM labour_disputes WHERE org_id = ${orgId} AND stoppage AND ${within('started_on')}`),
    'B.I.1': stats.total, 'B.I.2': stats.women,
    'B.I.3': await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM member_status_events WHERE org_id = ${orgId} AND kind = 'admitted' AND ${within('on_date')}`),
    'B.I.4': null,
    'B.II.1': inForce.length, 'B.II.2': inForce[0]?.clauses.filter((c) => c.betterThanLawConfirmed).length ?? 0,
    'B.III.1': await meetings('periodic'), 'B.III.2': await meetings('requested'),
    'B.III.3': await issues(sql``), 'B.III.4': await issues(sql`AND i.done_on <= ${date}::date`),
    'B.III.5': await meetings('workers_conference'),
    'B.IV.1': await accidents(sql``), 'B.IV.2': await accidents(sql`AND severity <> 'minor'`),
    'B.IV.3': await count(sql<{ n: number }>`SELECT COALESCE(sum(days_lost), 0)::int AS n FROM work_accidents WHERE org_id = ${orgId} AND ${within('occurred_on')}`),
    'B.IV.4': await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM safety_inspections WHERE org_id = ${orgId} AND ${within('inspected_on')}`),
    'B.IV.5': await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM safety_officers WHERE org_id = ${orgId} AND appointed_on <= ${date}::date
      AND (ended_on IS NULL OR ended_on >= ${date}::date)`),
  };
}

describe('Mẫu 1-HĐCĐ', () => {
  it.each(['2026-11-30', '2026-05-31'])('fills every row of the demo enterprise union on %s from its records', async (date) => {
    const form = await formOf(date);
    expect(form.union.name).toContain('May Hương Sơn');
    expect(form.periodFrom).toBe('2025-12-01');
    expect(form.rows.map((r) => r.key)).toEqual(mau1HdcdRows.map((r) => r.key));
    const values = Object.fromEntries(form.rows.filter((r) => r.kind === 'figure').map((r) => [r.key, r.value]));
    expect(values).toEqual(await expectedValues(t.orgs.enterprise, date));
    const rows = byKey(form);
    expect(rows.get('A.I.1')!.trace).toBe(`Số liệu lao động ngày ${formatDateVi(date)}: Tổng số lao động`);
    expect(rows.get('B.I.1')!.trace).toContain(`ngày ${formatDateVi(date)}`);
    expect(rows.get('B.I.3')!.trace).toContain(`từ 01/12/2025 đến ${formatDateVi(date)}`);
    expect(rows.get('A.I.5')!.note).toMatch(/^Số người được tính: [\d.]+$/);
    expect(rows.get('A.I.5')!.trace).toBe(`Số liệu lao động ngày ${formatDateVi(date)}: Thu nhập bình quân (đồng/người/tháng); ghi chú: Số người tính thu nhập`);
    expect(rows.get('A.I.6')!.note).toBe('Số người bị nợ lương: 0');
  });

  it('names the agreement in force, the dialogues and the accident of the period in the traces', async () => {
    const rows = byKey(await formOf('2026-11-30'));
    expect(rows.get('B.II.1')!.trace).toMatch(/^Thỏa ước lao động tập thể «.+» ký ngày \d\d\/\d\d\/\d{4}, hiệu lực \d\d\/\d\d\/\d{4}–\d\d\/\d\d\/\d{4}$/);
    expect(rows.get('B.III.5')!.trace).toContain('ngày 16/01/2026');
    expect(rows.get('B.IV.1')).toMatchObject({ value: 1 });
    expect(rows.get('B.IV.1')!.trace).toContain('16/03/2026');
  });

  it('prints a row without a source empty, with its note', async () => {
    const row = byKey(await formOf('2026-11-30')).get('B.I.4')!;
    expect(row).toMatchObject({ value: null, note: 'chưa có nguồn số liệu', trace: 'chưa có nguồn số liệu' });
  });

  it('takes the latest workforce figures of the six months before the date and says which; none leaves the cells empty', async () => {
    await t.handle.db.insertInto('workforce_figures').values({
      org_id: t.orgs.enterprise, as_of: '2027-04-30', employees: 430, women: 344, members_count: null, contracts_indefinite: 300,
      contracts_fixed_term: 110, contracts_seasonal: 8, social_insured: 415, health_insured: 415, unemployment_insured: 412, under_employed: 3,
      under_employed_women: 2, average_income: null, income_people: null, wage_arrears_workers: 0, wage_arrears_amount: 0, tet_bonus_average: null,
      meal_value_per_shift: null, housed_by_employer: 40, renting: 170, note: null, created_by: null,
    }).execute();
    const rows = byKey(await formOf('2027-05-31'));
    expect(rows.get('A.I.1')).toMatchObject({
      value: 430, trace: 'Số liệu lao động ngày 30/04/2027 (gần nhất trước ngày báo cáo 31/05/2027): Tổng số lao động',
    });
    expect(rows.get('A.I.5')).toMatchObject({ value: null, note: '' });
    const later = byKey(await formOf('2027-11-30'));
    expect(later.get('A.I.1')!.value).toBeNull();
    expect(later.get('A.I.1')!.trace).toMatch(/^chưa nhập số liệu lao động/);
  });

  it('refuses a date other than 31/5 or 30/11 with a Vietnamese message', async () => {
    for (const date of ['2026-12-31', todayIso().slice(0, 4) + '-06-30', '2026-02-30']) {
      const res = await t.as('mayhuongson.chutich').get(path(date));
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/^date: /);
    }
    const res = await t.as('mayhuongson.chutich').get(path('2026-12-31'));
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('date: Mẫu 1-HĐCĐ, Mẫu 2-HĐCĐ chỉ lập theo số liệu ngày 31/5 hoặc 30/11 của một năm');
    const xlsx = await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/statistical-form.xlsx?date=2026-11-29`);
    expect(xlsx.status).toBe(400);
  });

  it('is made by a grassroots union, not by a tổ công đoàn; an upper level gets Mẫu 2-HĐCĐ', async () => {
    const group = await t.handle.db.selectFrom('organisations').select('id').where('code', '=', 'CDCS-MAYHUONGSON-T1').executeTakeFirstOrThrow();
    const res = await t.as('mayhuongson.chutich').get(path('2026-11-30', group.id));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Tổ công đoàn không lập báo cáo thống kê: Mẫu 1-HĐCĐ do công đoàn cơ sở lập');
    expect((await formOf('2026-11-30', 'tinh.canbo')).form).toBe('Mẫu 1-HĐCĐ');
    const upper = await t.as('tinh.canbo').get(path('2026-11-30', t.orgs.ward));
    expect(((await upper.json()) as StatisticalFormView).form).toBe('Mẫu 2-HĐCĐ');
  });

  it('refuses a date before the union existed', async () => {
    const res = await t.as('tinh.canbo').get(path('1990-11-30'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Tổ chức chưa thành lập vào ngày 30/11/1990');
  });

  it('writes the .xlsx like the form: title, the rows in order, numbers as numbers, a trace note on each value cell', async () => {
    const form = await formOf('2026-11-30');
    const res = await t.as('mayhuongson.ketoan').get(`/api/orgs/${t.orgs.enterprise}/statistical-form.xlsx?date=2026-11-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mau-1-hdcd-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet(FORM_SHEET)!;
    const texts = [1, 2, 4, 5].map((r) => sheet.getRow(r).values as unknown[]).flat().filter((v) => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining([
      'CÔNG ĐOÀN PHƯỜNG HƯƠNG SƠN', 'Mẫu 1-HĐCĐ', form.union.name.toUpperCase(), 'BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM 2026',
      '(Số liệu tính đến ngày 30/11/2026)',
    ]));
    expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, 'TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú']);
    form.rows.forEach((r, i) => {
      const row = sheet.getRow(HEADER_ROW + 1 + i);
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([r.tt, r.content]);
      expect(row.getCell(4).value ?? null).toBe(r.value);
    });
    const first = sheet.getRow(HEADER_ROW + 1 + form.rows.findIndex((r) => r.key === 'A.I.1'));
    expect(typeof first.getCell(4).value).toBe('number');
    expect(first.getCell(4).numFmt).toBe('#,##0');
    expect(first.getCell(4).font.name).toBe('Times New Roman');
    const note = first.getCell(4).note;
    expect(typeof note === 'string' ? note : note.texts?.map((x) => x.text).join('')).toBe('Số liệu lao động ngày 30/11/2026: Tổng số lao động');
    const empty = sheet.getRow(HEADER_ROW + 1 + form.rows.findIndex((r) => r.key === 'B.I.4'));
    expect([empty.getCell(4).value ?? null, empty.getCell(5).value]).toEqual([null, 'chưa có nguồn số liệu']);
    const traces = wb.getWorksheet(TRACE_SHEET)!;
    const traced = form.rows.filter((r) => r.kind === 'figure');
    expect(traced.map((_r, i) => traces.getRow(5 + i).getCell(4).value)).toEqual(traced.map((r) => r.trace));
  });

  it('is shown to the union\'s officers and the levels above, not to a member or another union\'s chairperson', async () => {
    for (const [who, status] of [['mayhuongson.uyvien', 200], ['phuong.canbo', 200], ['tinh.canbo', 200], ['mayhuongson.doanvien', 403],
      ['huongbinh.chutich', 404], [null, 401]] as const) {
      expect([who, (await t.as(who).get(path('2026-11-30'))).status]).toEqual([who, status]);
    }
  });
});
