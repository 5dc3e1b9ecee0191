import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { ClassificationForm, ThresholdsList } from '../../../shared/contracts/classification.contract.ts';

// Xếp loại CĐCS (issue 11, item 11): the self-assessment form of the scale in force, points with evidence, the total
// and grade from thresholds kept as data, an upper level's own thresholds, and the decided grade.

let t: TestApp;
let upperId: number;
beforeAll(async () => {
  t = await createTestApp();
  upperId = (await t.handle.db.selectFrom('org_versions').select('parent_id')
    .where('org_id', '=', t.orgs.seed).where('valid_to', 'is', null).executeTakeFirstOrThrow()).parent_id!;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${t.orgs.seed}/emulation`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const form = async (year: number, who = 'huongbinh.chutich') => {
  const res = await t.as(who).get(`${base()}/${year}/classification/form`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ClassificationForm;
};
const indicator = (f: ClassificationForm, code: string) => f.groups.flatMap((g) => g.indicators).find((i) => i.code === code);
const save = (year: number, scores: { indicator: string; points: number; evidence?: string }[], who = 'huongbinh.uyvien') =>
  t.as(who).send('PUT', `${base()}/${year}/classification/scores`, { scores });

/** Full marks on every indicator but those given. */
const marks = (f: ClassificationForm, given: Record<string, number> = {}) => f.groups.flatMap((g) => g.indicators)
  .map((i) => ({ indicator: i.code, points: given[i.code] ?? i.maxPoints, evidence: `Minh chứng ${i.code}` }));

describe('the form of the demo union (a commune office: kind agency)', () => {
  it('offers the scale of Hướng dẫn 1294/HD-TLĐ with the indicators of its kind, marked unverified, and the records beside them', async () => {
    const f = await form(2023);
    expect(f.kind).toBe('agency');
    expect(f.scale).toMatchObject({ key: 'union-classification-1294', verified: false });
    expect(f.scale.regulation).toContain('1294/HD-TLĐ');
    expect(f.groups.map((g) => g.code)).toEqual(['1', '2', '3', '4']);
    expect(indicator(f, '1.1')).toBeDefined();
    expect(indicator(f, '1.1dn')).toBeUndefined();
    expect(indicator(f, '1.1')!.unverified).toBe(true);
    // The records congdoan holds: 19 LĐTT decided of 30 members, 1 initiative recognised in 2023.
    expect(indicator(f, '1.3')!.fact!.text).toBe('Lao động tiên tiến (đã có quyết định): 19/30 đoàn viên (63,3%)');
    expect(indicator(f, '4.1')!.fact!.text).toBe('Sáng kiến, đề tài được công nhận trong năm: 1');
    expect(f.thresholds).toMatchObject({ source: 'rules', unverified: true });
    expect(f.thresholds.grades).toEqual([{ grade: 'HTXSNV', minPoints: 90 }, { grade: 'HTTNV', minPoints: 70 }, { grade: 'HTNV', minPoints: 50 }]);
    // The demo's decided grade, from the town federation's decision.
    expect(f).toMatchObject({ decidedGrade: 'HTTNV', decision: { number: '61/QĐ-LĐLĐ' } });
  });

  it('adds the points up, grades by the thresholds at the boundary, and keeps the grade with the scale it was computed under', async () => {
    const f = await form(2024);
    let res = await save(2024, marks(f));
    expect(res.status, await res.clone().text()).toBe(200);
    let saved = (await res.json()) as ClassificationForm;
    expect(saved.total).toBe(100);
    expect(saved).toMatchObject({ grade: 'HTXSNV', selfGrade: 'HTXSNV', selfPoints: 100 });
    // 90 points exactly: HTXSNV; 89,5: half a point short.
    res = await save(2024, marks(f, { '1.2': 5, '1.4': 5 }));
    expect((await res.json()) as ClassificationForm).toMatchObject({ total: 90, grade: 'HTXSNV' });
    res = await save(2024, marks(f, { '1.2': 5, '1.4': 4.5 }));
    saved = (await res.json()) as ClassificationForm;
    expect(saved.total).toBe(89.5);
    expect(saved).toMatchObject({ grade: 'HTTNV', selfGrade: 'HTTNV' });
    expect(indicator(saved, '1.4')).toMatchObject({ points: 4.5, evidence: 'Minh chứng 1.4' });
    const stored = await t.handle.db.selectFrom('union_classifications').select(['scale_key', 'scale_version', 'self_grade'])
      .where('org_id', '=', t.orgs.seed).where('year', '=', 2024).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ scale_key: 'union-classification-1294', self_grade: 'httnv' });
    const audit = await t.handle.db.selectFrom('audit_log').select(['user_id', 'after']).where('entity', '=', 'union_classification')
      .where('entity_id', '=', '2024').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ total: 89.5, grade: 'HTTNV' });
  });

  it('refuses points over an indicator\'s maximum, an indicator of another kind, and an indicator twice, naming it', async () => {
    let res = await save(2024, [{ indicator: '1.2', points: 10.5 }]);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('Chỉ tiêu 1.2 tối đa 10 điểm');
    res = await save(2024, [{ indicator: '1.1dn', points: 5 }]);
    expect((await errorOf(res)).message).toContain('Chỉ tiêu 1.1dn không có trong thang điểm áp dụng cho công đoàn này');
    res = await save(2024, [{ indicator: '1.2', points: 5 }, { indicator: '1.2', points: 4 }]);
    expect((await errorOf(res)).message).toContain('được chấm hai lần');
    res = await save(2024, [{ indicator: '1.2', points: 5.25 }]);
    expect(res.status).toBe(400);
    // Nothing of these was written: the last saved total stands.
    expect((await form(2024)).total).toBe(89.5);
  });

  it('lets only the committee score, and no other union see the form', async () => {
    expect((await save(2024, [], 'huongbinh.ketoan')).status).toBe(403);
    expect((await save(2024, [], 'huongbinh.doanvien')).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(`${base()}/2024/classification/form`)).status).toBe(404);
    expect((await form(2024, 'tinh.canbo')).total).toBe(89.5);
  });
});

describe('thresholds set by the upper level', () => {
  it('applies the nearest upper level\'s thresholds from their date, and leaves earlier years to the scale', async () => {
    const res = await t.as('tinh.canbo').send('POST', `/api/orgs/${upperId}/classification-thresholds`, {
      validFrom: '2024-12-01', htxsnvMin: 85, httnvMin: 65, htnvMin: 45, note: 'Hướng dẫn số 12/HD-LĐLĐ của cấp trên',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const f = await form(2024);
    expect(f.thresholds).toMatchObject({ source: 'upper_level', unverified: false, setBy: { orgId: upperId, validFrom: '2024-12-01' } });
    expect(f).toMatchObject({ total: 89.5, grade: 'HTXSNV' });
    expect((await form(2023)).thresholds.source).toBe('rules');
    const list = (await (await t.as('tinh.canbo').get(`/api/orgs/${upperId}/classification-thresholds?date=2025-01-01`)).json()) as ThresholdsList;
    expect(list.own).toEqual([expect.objectContaining({ validFrom: '2024-12-01', htxsnvMin: 85 })]);
    expect(list.effective.source).toBe('upper_level');
  });

  it('refuses thresholds out of order, twice on one date, on a grassroots union, and from a chairperson', async () => {
    const post = (who: string, orgId: number, body: Record<string, unknown>) =>
      t.as(who).send('POST', `/api/orgs/${orgId}/classification-thresholds`, { validFrom: '2025-01-01', htxsnvMin: 90, httnvMin: 70, htnvMin: 50, note: 'Hướng dẫn', ...body });
    let res = await post('tinh.canbo', upperId, { httnvMin: 95 });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('Ngưỡng điểm giảm dần');
    res = await post('tinh.canbo', upperId, { validFrom: '2024-12-01' });
    expect(res.status).toBe(409);
    res = await post('tinh.canbo', t.orgs.seed, {});
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('công đoàn cấp trên');
    expect((await post('huongbinh.chutich', t.orgs.seed, {})).status).toBe(403);
  });

  it('lets the upper level\'s officer record the decided grade with its decision', async () => {
    const dec = await t.as('tinh.canbo').send('POST', `${base()}/decisions`, {
      number: '15/QĐ-LĐLĐ', issuedOn: '2025-01-10', issuer: 'LĐLĐ thành phố Huế', issuerLevel: 'province',
    });
    expect(dec.status, await dec.clone().text()).toBe(200);
    const decisionId = ((await dec.json()) as { id: number }).id;
    const res = await t.as('tinh.canbo').send('POST', `${base()}/2024/classification/decide`, { grade: 'htxsnv', decisionId });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await form(2024)).toMatchObject({ decidedGrade: 'HTXSNV', selfGrade: 'HTTNV', decision: { number: '15/QĐ-LĐLĐ' } });
  });
});
