import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { EmulationYear } from '../../../shared/contracts/emulation.contract.ts';
import type { JudgingCandidate, YearJudging } from '../../../shared/contracts/judging.contract.ts';
import type { RewardResult } from '../../../shared/contracts/rules.contract.ts';

// Xét duyệt (issue 11, items 8 and 9): the demo union's records judged by the rules in force, decided titles refused
// when they fail, an administrator's override, and the cash computed with each decision.

let t: TestApp;
let ids: Map<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.handle.db.selectFrom('members').select(['id', 'code']).execute();
  ids = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.close());

const chair = () => t.as('huongbinh.chutich');
const committee = () => t.as('huongbinh.uyvien');
const admin = () => t.as('admin');
const base = () => `/api/orgs/${t.orgs.seed}/emulation`;
const id = (code: string) => ids.get(code)!;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const idOf = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { id: number }).id;
};
const judging = async (year: number, query = '') => {
  const res = await chair().get(`${base()}/${year}/judging${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as YearJudging;
};
const candidate = (j: YearJudging, code: string) => j.candidates.find((c) => c.memberId === id(code))!;
const titleOf = (c: JudgingCandidate, title: 'ldtt' | 'cstdcs') => c.titles.find((x) => x.title === title)!;
const decision = async (number: string, issuedOn: string, issuerLevel = 'commune', issuer = 'UBND xã Hương Bình') =>
  idOf(await chair().send('POST', `${base()}/decisions`, { number, issuedOn, issuer, issuerLevel }));
const propose = (year: number, code: string, title: 'ldtt' | 'cstdcs') =>
  committee().send('POST', `${base()}/results`, { year, memberId: id(code), title });
const reward = async (title: string, date: string) =>
  ((await (await chair().get(`/api/rules/rewards/${title}?date=${date}`)).json()) as RewardResult).amount;
const yearView = async (year: number) => (await (await chair().get(`${base()}/${year}`)).json()) as EmulationYear;
const auditOf = (entity: string, entityId: number) => t.handle.db.selectFrom('audit_log').select(['user_id', 'after'])
  .where('entity', '=', entity).where('entity_id', '=', String(entityId)).orderBy('id', 'desc').executeTakeFirstOrThrow();

describe('the demo union\'s 2023 year, judged by the rules of 2023', () => {
  it('judges the 19 LĐTT and the CSTĐCS candidates under Nghị định 91/2017, and the cap allows 2 of 19 with 1 proposed', async () => {
    const j = await judging(2023);
    expect(j.rulesDate).toBe('2023-12-31');
    const ldtt = j.candidates.filter((c) => c.titles.some((x) => x.title === 'ldtt'));
    expect(ldtt).toHaveLength(19);
    expect(ldtt.every((c) => titleOf(c, 'ldtt').judgement?.status === 'met' && titleOf(c, 'ldtt').status === 'decided')).toBe(true);
    const hb07 = titleOf(candidate(j, 'HB07'), 'cstdcs');
    expect(hb07).toMatchObject({ registered: true, status: 'decided', judgement: { status: 'met', ruleSet: { key: 'individual-titles-nd91-2017' } } });
    expect(candidate(j, 'HB07').facts.initiatives).toEqual([expect.objectContaining({ level: 'district', recognisedOn: '2023-12-08' })]);
    // Registered for CSTĐCS without an initiative: not met, with the article.
    const hb09 = titleOf(candidate(j, 'HB09'), 'cstdcs');
    expect(hb09).toMatchObject({ registered: true, status: null, judgement: { status: 'not_met' } });
    expect(hb09.judgement!.refusal).toContain('Điều 23 Luật Thi đua, khen thưởng 2003: Cần có sáng kiến được công nhận');
    const cap = j.caps.find((c) => c.code === 'cstdcs_share_of_ldtt')!;
    expect(cap).toMatchObject({ base: 19, allowed: 2, proposed: 1, excess: 0, withinCap: true, article: 'Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP' });
    expect(cap.ruleSet.key).toBe('individual-titles-nd91-2017');
    expect(j.caps.find((c) => c.code === 'htxsnv_share_of_httnv')).toMatchObject({ base: 28, allowed: 5, proposed: 2, excess: 0 });
  });

  it('refuses a decided 2023 CSTĐCS without an initiative, naming the condition and its article', async () => {
    const decisionId = await decision('901/QĐ-UBND', '2023-12-18', 'district', 'UBND thị xã Hương Trà');
    const res = await chair().send('POST', `${base()}/results`, { year: 2023, memberId: id('HB03'), title: 'cstdcs', decisionId });
    expect(res.status).toBe(409);
    const { message } = await errorOf(res);
    expect(message).toContain('Đồng chí Lê Quang Thắng: Không đủ điều kiện «Chiến sĩ thi đua cơ sở»');
    // HTXSNV alone was not enough before 2024.
    expect(message).toContain('Điều 23 Luật Thi đua, khen thưởng 2003: Cần có sáng kiến được công nhận cấp cơ sở trở lên');
    // Proposing is free; deciding the proposal is refused the same way.
    const resultId = await idOf(await propose(2023, 'HB11', 'cstdcs'));
    const decided = await chair().send('POST', `${base()}/results/${resultId}/decide`, { decisionId });
    expect(decided.status).toBe(409);
    expect((await errorOf(decided)).message).toContain('Điều 23 Luật Thi đua, khen thưởng 2003');
    expect((await yearView(2023)).results.find((r) => r.id === resultId)?.status).toBe('proposed');
  });

  it('shows the year only to the union\'s officers: a member gets 403, another union 404', async () => {
    expect((await t.as('huongbinh.doanvien').get(`${base()}/2023/judging`)).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(`${base()}/2023/judging`)).status).toBe(404);
    expect((await t.as(null).get(`${base()}/2023/judging`)).status).toBe(401);
    expect((await t.as('tinh.canbo').get(`${base()}/2023/judging`)).status).toBe(200);
  });
});

describe('2024 under the 2022 law, and the same records as if under 2023\'s rules', () => {
  beforeAll(async () => {
    for (const [code, grade] of [['HB15', 'htxsnv'], ['HB16', 'httnv']] as const) {
      await idOf(await committee().send('POST', `${base()}/ratings`, { year: 2024, memberId: id(code), grade }));
      await idOf(await propose(2024, code, 'ldtt'));
      await idOf(await propose(2024, code, 'cstdcs'));
    }
  });

  it('accepts an HTXSNV member without an initiative and refuses an HTTNV one (Luật 2022 Điều 23)', async () => {
    const j = await judging(2024);
    expect(j.rulesDate).toBe('2024-12-31');
    expect(titleOf(candidate(j, 'HB15'), 'cstdcs').judgement).toMatchObject({ status: 'met', ruleSet: { key: 'individual-titles-nd98-2023' } });
    const hb16 = titleOf(candidate(j, 'HB16'), 'cstdcs').judgement!;
    expect(hb16.status).toBe('not_met');
    expect(hb16.refusal).toContain('Điều 23 Luật Thi đua, khen thưởng 2022: Cần được xếp loại Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến');
    // No national cap on CSTĐCS from 2024.
    expect(j.caps.map((c) => c.code)).not.toContain('cstdcs_share_of_ldtt');
  });

  it('judged as if under the rules of 31/12/2023, refuses both and applies the 15 % cap', async () => {
    const j = await judging(2024, '?asOf=2023-12-31');
    expect(j.rulesDate).toBe('2023-12-31');
    for (const code of ['HB15', 'HB16']) {
      expect(titleOf(candidate(j, code), 'cstdcs').judgement).toMatchObject({ status: 'not_met', ruleSet: { key: 'individual-titles-nd91-2017' } });
    }
    expect(j.caps.find((c) => c.code === 'cstdcs_share_of_ldtt')).toMatchObject({ base: 2, allowed: 0, proposed: 2, excess: 2 });
  });

  it('decides the HTXSNV member\'s CSTĐCS with its cash, and refuses the HTTNV one', async () => {
    const decisionId = await decision('77/QĐ-UBND', '2024-12-20');
    const y = await yearView(2024);
    const resultOf = (code: string, title: string) => y.results.find((r) => r.memberId === id(code) && r.title === title)!.id;
    expect((await chair().send('POST', `${base()}/results/${resultOf('HB15', 'ldtt')}/decide`, { decisionId })).status).toBe(200);
    expect((await chair().send('POST', `${base()}/results/${resultOf('HB15', 'cstdcs')}/decide`, { decisionId })).status).toBe(200);
    const refused = await chair().send('POST', `${base()}/results/${resultOf('HB16', 'cstdcs')}/decide`, { decisionId });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toContain('Đồng chí Phạm Văn Nam: Không đủ điều kiện «Chiến sĩ thi đua cơ sở» — Điều 23 Luật Thi đua, khen thưởng 2022');
    const after = await yearView(2024);
    const cash = (code: string, title: string) => after.results.find((r) => r.memberId === id(code) && r.title === title)!.cashAmount;
    // 0.3 × 2.340.000 = 702.000, rounded up to 710.000 đ; 1.0 × 2.340.000 = 2.340.000 đ.
    expect(cash('HB15', 'ldtt')).toBe(710_000);
    expect(cash('HB15', 'ldtt')).toBe(await reward('LDTT', '2024-12-20'));
    expect(cash('HB15', 'cstdcs')).toBe(2_340_000);
    expect(cash('HB16', 'cstdcs')).toBeNull();
  });

  it('does not count an initiative recognised after the meeting', async () => {
    await idOf(await committee().send('POST', `${base()}/ratings`, { year: 2024, memberId: id('HB17'), grade: 'httnv' }));
    await idOf(await propose(2024, 'HB17', 'ldtt'));
    await idOf(await propose(2024, 'HB17', 'cstdcs'));
    const decisionId = await decision('81/QĐ-UBND', '2024-12-20');
    await idOf(await committee().send('POST', `${base()}/initiatives`, {
      year: 2024, title: 'Số hóa sổ hộ tịch xã Hương Bình', authorIds: [id('HB17')], decisionId,
    }));
    const before = titleOf(candidate(await judging(2024, '?meetingOn=2024-12-15'), 'HB17'), 'cstdcs').judgement!;
    expect(before.status).toBe('not_met');
    expect(JSON.stringify(before.condition)).toContain('sau ngày xét 15/12/2024: không được tính');
    const after = await judging(2024, '?meetingOn=2024-12-22');
    expect(after.evaluatedOn).toBe('2024-12-22');
    expect(titleOf(candidate(after, 'HB17'), 'cstdcs').judgement!.status).toBe('met');
  });
});

describe('the 2023 cap, an administrator\'s override, and cash', () => {
  let decisionId: number;
  let resultIds: Record<string, number>;
  beforeAll(async () => {
    decisionId = await decision('3020/QĐ-UBND', '2023-12-18', 'district', 'UBND thị xã Hương Trà');
    const recognised = await decision('2960/QĐ-UBND', '2023-12-08', 'district', 'UBND thị xã Hương Trà');
    await idOf(await committee().send('POST', `${base()}/initiatives`, {
      year: 2023, title: 'Một cửa liên thông điện tử tại xã Hương Bình', authorIds: [id('HB09'), id('HB13')], decisionId: recognised,
    }));
    const y = await yearView(2023);
    const proposed = (code: string) => y.results.find((r) => r.memberId === id(code) && r.title === 'cstdcs')?.id;
    resultIds = {
      HB09: proposed('HB09') ?? await idOf(await propose(2023, 'HB09', 'cstdcs')),
      HB13: proposed('HB13') ?? await idOf(await propose(2023, 'HB13', 'cstdcs')),
    };
  });

  it('decides a second CSTĐCS within the cap, with the cash of the decision date', async () => {
    expect((await chair().send('POST', `${base()}/results/${resultIds.HB09}/decide`, { decisionId })).status).toBe(200);
    const cash = (await yearView(2023)).results.find((r) => r.id === resultIds.HB09)!.cashAmount;
    // 1.0 × the base salary of 18/12/2023 (1.800.000 đ, Nghị định 24/2023), rounded up to 10.000 đ.
    expect(cash).toBe(1_800_000);
    expect(cash).toBe(await reward('CSTDCS', '2023-12-18'));
  });

  it('refuses a third, naming the cap, its source and the excess', async () => {
    const j = await judging(2023);
    expect(j.caps.find((c) => c.code === 'cstdcs_share_of_ldtt')).toMatchObject({ allowed: 2, excess: 2 });
    const res = await chair().send('POST', `${base()}/results/${resultIds.HB13}/decide`, { decisionId });
    expect(res.status).toBe(409);
    const { message } = await errorOf(res);
    expect(message).toContain('tối đa 2 «Chiến sĩ thi đua cơ sở»');
    expect(message).toContain('Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP');
    expect(message).toContain('vượt 1');
  });

  it('refuses an override from the chairperson, accepts an administrator\'s with its reason, and audits it', async () => {
    const override = { reason: 'UBND thị xã giao chỉ tiêu riêng cho xã điểm chuyển đổi số' };
    const byChair = await chair().send('POST', `${base()}/results/${resultIds.HB13}/decide`, { decisionId, override });
    expect(byChair.status).toBe(403);
    expect((await errorOf(byChair)).message).toContain('Chỉ quản trị viên được ghi đè quy định');
    const tooShort = await admin().send('POST', `${base()}/results/${resultIds.HB13}/decide`, { decisionId, override: { reason: ' ' } });
    expect(tooShort.status).toBe(400);
    expect((await admin().send('POST', `${base()}/results/${resultIds.HB13}/decide`, { decisionId, override })).status).toBe(200);
    const audit = await auditOf('emulation_results', resultIds.HB13);
    expect(audit.after).toMatchObject({
      status: 'decided', decisionId, cashAmount: 1_800_000,
      override: { reason: override.reason, refused: [expect.stringContaining('vượt 1')] },
    });
  });

  it('computes a commendation\'s cash (Giấy khen 0.3 × 1.490.000 = 447.000 → 450.000 đ) and keeps a given amount', async () => {
    const early = await decision('120/QĐ-UBND', '2023-05-10');
    const commendation = (memberCode: string, extra: object) => chair().send('POST', `${base()}/commendations`, {
      year: 2023, memberId: id(memberCode), form: 'giay_khen', issuer: 'UBND xã Hương Bình', issuerLevel: 'commune', decisionId: early, ...extra,
    });
    await idOf(await commendation('HB05', {}));
    await idOf(await commendation('HB06', { cashAmount: 500_000 }));
    const cashOf = (y: EmulationYear, code: string) => y.commendations.find((c) => c.memberId === id(code) && c.decision?.id === early)!.cashAmount;
    const y = await yearView(2023);
    expect(cashOf(y, 'HB05')).toBe(450_000);
    expect(cashOf(y, 'HB06')).toBe(500_000);
  });

  it('lets the chairperson correct the cash with a reason, audited; the committee may not', async () => {
    const path = `${base()}/results/${resultIds.HB09}/cash`;
    const body = { cashAmount: 2_000_000, reason: 'Quỹ thi đua khen thưởng của xã chi thêm' };
    expect((await committee().send('PUT', path, body)).status).toBe(403);
    expect((await chair().send('PUT', path, { ...body, cashAmount: 1.5 })).status).toBe(400);
    expect((await chair().send('PUT', path, { cashAmount: 1 })).status).toBe(400);
    expect((await t.as('mayhuongson.chutich').send('PUT', path, body)).status).toBe(404);
    const res = await chair().send('PUT', path, body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: resultIds.HB09, cashAmount: 2_000_000 });
    expect((await yearView(2023)).results.find((r) => r.id === resultIds.HB09)!.cashAmount).toBe(2_000_000);
    expect((await auditOf('emulation_results.cash', resultIds.HB09)).after).toEqual({ cashAmount: 2_000_000, reason: body.reason });
  });
});
