import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { today } from '../../core/clock.ts';
import type { PlanView, TargetView } from '../../../shared/contracts/plans.contract.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';

// Kế hoạch, chỉ tiêu (issue 13, item 3): the demo union's 2024 plan with the seed's eight targets and their live
// actuals, the current year's plan with targets at risk, writes by role with their audit entries, readings with
// evidence, importing a movement's targets, and the keHoach.* placeholders.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const YEAR = Number(today().slice(0, 4));
const base = (year: number, path = '', orgId = t.orgs.seed) => `/api/orgs/${orgId}/plans/${year}/targets${path}`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const planOf = async (year: number, who = 'huongbinh.chutich') => (await (await t.as(who).get(base(year))).json()) as PlanView;
const auditOf = (entity: string, id: number) => t.handle.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', entity)
  .where('entity_id', '=', String(id)).orderBy('id').execute();

describe('the plan of a year', () => {
  it('keeps the seed\'s eight targets for 2024, their values written into their words, the CCHC rank read by hand and met', async () => {
    const plan = await planOf(2024, 'tinh.canbo');
    expect(plan.asOf).toBe('2024-12-31');
    expect(plan.targets.map((x) => [x.measure, x.targetMin, x.targetMax])).toEqual([
      ['manual', 100, null], ['title_share', 100, null], ['title_count', 2, 3], ['title_share', 100, null], ['classification', 4, null],
      ['manual', 100, null], ['manual', 4, 5], ['documents_on_time', 100, null],
    ]);
    expect(plan.targets[1].statement).toBe('Phấn đấu có {{chiTieu}} cán bộ, công chức đạt danh hiệu lao động tiên tiến');
    expect(plan.targets[1].text).toBe('Phấn đấu có 100% cán bộ, công chức đạt danh hiệu lao động tiên tiến');
    expect(plan.targets[4].text).toBe('tổ chức Công đoàn cơ sở phấn đấu đạt danh hiệu HTXSNV');
    const cchc = plan.targets[6];
    expect(cchc.text).toBe('Phấn đấu năm 2024 công tác CCHC được xếp hạng thứ 4–5/9 xã, phường');
    expect(cchc).toMatchObject({ unit: 'rank', lowerIsBetter: true, actual: 4, status: 'met' });
    expect(cchc.readings[0].evidence).toMatch(/thứ 4\/9/);
    // The demo holds no 2024 results yet: no data, not a failure.
    expect(plan.targets.filter((x) => x !== cchc).every((x) => x.status === 'pending' && x.actual === null)).toBe(true);
  });

  it('computes the 2023 records live: LĐTT of CBCC, CSTĐCS, HTTNV, the classification and the documents on time', async () => {
    const made: TargetView[] = [];
    for (const body of [
      { statement: '100% CBCC đạt LĐTT năm 2023', measure: 'title_share', params: { title: 'ldtt', category: 'can_bo_cong_chuc' }, targetMin: 100 },
      { statement: '2–3 CSTĐCS năm 2023', measure: 'title_count', params: { title: 'cstdcs' }, targetMin: 2, targetMax: 3 },
      { statement: '100% không chuyên trách HTTNV', measure: 'title_share', params: { title: 'httnv', category: 'khong_chuyen_trach' }, targetMin: 100 },
      { statement: 'CĐCS hoàn thành tốt nhiệm vụ', measure: 'classification', targetMin: 3 },
      { statement: '100% văn bản đúng hạn năm 2023', measure: 'documents_on_time', targetMin: 100 },
      { statement: 'Chủ nhật xanh có mặt từ 80%', measure: 'attendance_rate', params: { kind: 'chu-nhat-xanh' }, targetMin: 80 },
      { statement: '100% đoàn viên đăng ký thi đua', measure: 'registration_share', targetMin: 100 },
    ]) {
      const res = await t.as('huongbinh.uyvien').send('POST', base(2023), body);
      expect(res.status, await res.clone().text()).toBe(200);
      made.push((await res.json()) as TargetView);
    }
    const [ldtt, cstdcs, httnv, grade, docs, cnx, reg] = made;
    expect(ldtt).toMatchObject({ unit: 'percent', actual: 100, status: 'met' });
    // the demo's 2023 has one CSTĐCS (three registered): below the range, and the year is over
    expect(cstdcs).toMatchObject({ unit: 'count', actual: 1, forecast: 3, status: 'not_met' });
    expect(httnv).toMatchObject({ actual: 100, status: 'met' });
    expect(grade.status).toBe('met');
    expect(docs).toMatchObject({ actual: 100, status: 'met' });
    expect(docs.series.length).toBeGreaterThan(1);
    expect(cnx.actual).not.toBeNull();
    expect(cnx.series).toHaveLength(11); // Chủ nhật xanh began in February
    expect(reg.actual).toBeGreaterThan(0);
    expect(await auditOf('plan_target', ldtt.id)).toEqual([{ action: 'create', user_id: expect.any(Number) }]);
  });

  it('flags the current year\'s targets at risk: documents overdue, registrations missing, a worse rank', async () => {
    const plan = await planOf(YEAR);
    const by = (m: string) => plan.targets.find((x) => x.measure === m)!;
    expect(by('documents_on_time')).toMatchObject({ actual: 50, status: 'at_risk' });
    expect(by('registration_share')).toMatchObject({ actual: 0, status: 'at_risk' });
    if (today() >= `${YEAR}-07-15`) {
      expect(plan.targets.find((x) => x.unit === 'rank')).toMatchObject({ actual: 6, status: 'at_risk' });
    }
  });

  it('lets the chairperson and the committee write, the treasurer and the federation read, and refuses others', async () => {
    const body = { statement: 'CCHC xếp hạng 4–5/9', measure: 'manual', unit: 'rank', targetMin: 4, targetMax: 5, lowerIsBetter: true };
    expect((await t.as('huongbinh.ketoan').send('POST', base(YEAR), body)).status).toBe(403);
    expect((await t.as('huongbinh.doanvien').get(base(YEAR))).status).toBe(403);
    expect((await t.as('huongbinh.ketoan').get(base(YEAR))).status).toBe(200);
    expect((await t.as('tinh.canbo').send('POST', base(YEAR), body)).status).toBe(403);
    const res = await t.as('huongbinh.chutich').send('POST', base(YEAR), body);
    expect(res.status).toBe(200);
    const target = (await res.json()) as TargetView;
    expect(target).toMatchObject({ status: 'pending', actual: null, position: expect.any(Number) });

    const read = await t.as('huongbinh.uyvien').send('POST', base(YEAR, `/${target.id}/readings`), { recordedOn: today(), value: 5, evidence: 'Thông báo xếp hạng' });
    expect(read.status, await read.clone().text()).toBe(200);
    const withReading = (await read.json()) as TargetView;
    expect(withReading).toMatchObject({ actual: 5, status: 'on_track' });
    const readingId = withReading.readings[0].id;
    expect(await auditOf('plan_target_reading', readingId)).toHaveLength(1);
    const removed = (await (await t.as('huongbinh.uyvien').send('DELETE', base(YEAR, `/${target.id}/readings/${readingId}`))).json()) as TargetView;
    expect(removed).toMatchObject({ actual: null, status: 'pending', readings: [] });

    const edited = await t.as('huongbinh.uyvien').send('PUT', base(YEAR, `/${target.id}`), { ...body, statement: 'CCHC xếp hạng 3–5/9', targetMin: 3 });
    expect(((await edited.json()) as TargetView).statement).toBe('CCHC xếp hạng 3–5/9');
    expect((await t.as('huongbinh.chutich').send('DELETE', base(YEAR, `/${target.id}`))).status).toBe(200);
    expect((await auditOf('plan_target', target.id)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect((await t.as('huongbinh.chutich').send('DELETE', base(YEAR, `/${target.id}`))).status).toBe(404);
  });

  it('refuses what does not fit: a reading on a computed target, a rate above 100 %, unknown kinds and categories, another union\'s target', async () => {
    const plan = await planOf(YEAR);
    const docs = plan.targets.find((x) => x.measure === 'documents_on_time')!;
    const r1 = await t.as('huongbinh.chutich').send('POST', base(YEAR, `/${docs.id}/readings`), { recordedOn: today(), value: 90, evidence: 'Thử' });
    expect(r1.status).toBe(400);
    expect((await errorOf(r1)).message).toMatch(/tự động/);
    const r2 = await t.as('huongbinh.chutich').send('POST', base(YEAR), { statement: 'Quá 100', measure: 'documents_on_time', targetMin: 120 });
    expect(r2.status).toBe(400);
    expect((await errorOf(r2)).message).toMatch(/0 đến 100/);
    const r3 = await t.as('huongbinh.chutich').send('POST', base(YEAR), { statement: 'Loại lạ', measure: 'attendance_rate', params: { kind: 'khong-co' }, targetMin: 80 });
    expect((await errorOf(r3)).message).toMatch(/loại hoạt động/);
    const r4 = await t.as('huongbinh.chutich').send('POST', base(YEAR), { statement: 'Đối tượng lạ', measure: 'title_share', params: { title: 'ldtt', category: 'xa_vien' }, targetMin: 100 });
    expect((await errorOf(r4)).message).toMatch(/đối tượng/);
    const r5 = await t.as('huongbinh.chutich').send('POST', base(YEAR), { statement: 'Thiếu danh hiệu', measure: 'title_count', targetMin: 2 });
    expect(r5.status).toBe(400);
    const r6 = await t.as('huongbinh.chutich').send('POST', base(YEAR), { statement: 'Có {{doanVien.tong}} đoàn viên', targetMin: 30 });
    expect((await errorOf(r6)).message).toMatch(/chỉ dùng \{\{chiTieu\}\}/);
    // the target of the demo union, asked through the year of another plan
    expect((await t.as('huongbinh.chutich').send('PUT', base(2024, `/${docs.id}`), { statement: 'Năm khác', targetMin: 1 })).status).toBe(404);
  });

  it('imports a movement\'s targets once, as manual targets to measure later', async () => {
    const mv = await t.handle.db.selectFrom('emulation_movements').select('id').where('org_id', '=', t.orgs.seed).where('year', '=', 2023)
      .orderBy('id').executeTakeFirstOrThrow();
    const res = await t.as('huongbinh.uyvien').send('POST', base(2023, '/import'), { movementId: mv.id });
    expect(res.status, await res.clone().text()).toBe(200);
    const plan = (await res.json()) as PlanView;
    const imported = plan.targets.filter((x) => x.movementId === mv.id);
    expect(imported.map((x) => x.statement)).toContain('100 % đoàn viên đăng ký thi đua');
    expect(imported.every((x) => x.measure === 'manual' && x.movementName !== null)).toBe(true);
    expect(plan.movements.find((m) => m.id === mv.id)?.targets).toHaveLength(3);
    const again = await t.as('huongbinh.uyvien').send('POST', base(2023, '/import'), { movementId: mv.id });
    expect(again.status).toBe(400);
    const reversed = plan.targets.map((x) => x.id).reverse();
    const ordered = (await (await t.as('huongbinh.uyvien').send('POST', base(2023, '/order'), { targetIds: reversed })).json()) as PlanView;
    expect(ordered.targets.map((x) => x.id)).toEqual(reversed);
    expect((await t.as('huongbinh.uyvien').send('POST', base(2023, '/order'), { targetIds: reversed.slice(1) })).status).toBe(400);
  });

  it('offers keHoach.* placeholders: the report year\'s targets met and the next year\'s targets', async () => {
    const report = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as
      { figures: Record<string, { value: unknown; text: string }> };
    expect(report.figures['keHoach.soChiTieuNamSau'].text).toBe('08');
    expect(report.figures['keHoach.chiTieuNamSau'].text).toMatch(/^1\. Có 100% CBCC của cơ quan không vi phạm .*; 2\. Phấn đấu có 100% cán bộ, công chức/);
    expect(report.figures['keHoach.namSau.3'].text).toBe('có từ 02–03 CBCC đạt danh hiệu Chiến sỹ thi đua cơ sở');
    expect(report.figures['keHoach.phongTrao.2'].text).toBe('Phong trào giỏi việc nước, đảm việc nhà');
    expect(Number(report.figures['keHoach.soChiTieu'].value)).toBeGreaterThan(0);
    // counted on the report's date (in December): a rate reaching its target is on track until the year ends
    expect(report.figures['keHoach.ketQua'].text).toMatch(/100% CBCC đạt LĐTT năm 2023: thực hiện 100% \/ chỉ tiêu 100% \(đúng tiến độ\)/);
    expect(report.figures['keHoach.ketQua'].text).toMatch(/2–3 CSTĐCS năm 2023: thực hiện 01 \/ chỉ tiêu 02–03 \(có nguy cơ không đạt\)/);
  });

  it('writes the year\'s results into the next report (A.II.4) and leaves that part out of a year without a plan', async () => {
    const draft = async (year: number) => (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/${year}`)).json()) as AnnualDraftView;
    // This file's tests gave the demo a 2023 plan: its results open A.II.4 of the 2023 report, one dash line each.
    const results = (await draft(2023)).sections.find((s) => s.key === 'A.II.4')!;
    expect(results.rendered[0]).toMatch(/^Năm 2023, Công đoàn đạt \d+ trên \d+ chỉ tiêu đề ra:$/);
    expect(results.rendered).toContain('- 100% CBCC đạt LĐTT năm 2023: thực hiện 100% / chỉ tiêu 100% (đúng tiến độ).');
    // 2025 has no plan: the section prints nothing, heading included.
    const empty = (await draft(2025)).sections.find((s) => s.key === 'A.II.4')!;
    expect(empty).toMatchObject({ optional: true, rendered: [] });
    const preview = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2025/preview`);
    expect(preview.status).toBe(200);
    const { html } = (await preview.json()) as { html: string };
    expect(html).toContain('Một số chỉ tiêu cụ thể');
    expect(html).not.toContain('Kết quả thực hiện các chỉ tiêu');
  });
});
