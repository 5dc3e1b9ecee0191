import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AppliedRules, CapResult, Judgement, RewardResult, RuleSetInput, RuleSetView } from '../../../shared/contracts/rules.contract.ts';
import { ensureShippedRuleSets } from './rules.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const json = async <T>(res: Response, status = 200): Promise<T> => {
  const body = (await res.json()) as T;
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
};

/** A fictional amending law for 2027: CSTĐCS needs HTXSNV **and** an initiative (as a reported draft would). */
const fictional2027: RuleSetInput = {
  key: 'individual-titles-test-2027',
  name: 'Danh hiệu cá nhân theo luật sửa đổi (giả định, dùng để kiểm thử)',
  kind: 'individual_titles',
  regulation: { number: '99/2026/QH16', date: '2026-11-01', article: 'Điều 23', title: 'Luật sửa đổi Luật Thi đua, khen thưởng (giả định)' },
  validFrom: '2027-03-01',
  validTo: null,
  content: {
    titles: [
      { code: 'LDTT', name: 'Lao động tiên tiến', subject: 'individual', condition: { kind: 'rating_at_least', rating: 'HTTNV', article: 'Điều 24 (giả định)' } },
      {
        code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', subject: 'individual', article: 'Điều 23 Luật sửa đổi (giả định)',
        condition: { kind: 'all', of: [
          { kind: 'title_held', title: 'LDTT' },
          { kind: 'rating_at_least', rating: 'HTXSNV', text: 'Cần được xếp loại Hoàn thành xuất sắc nhiệm vụ' },
          { kind: 'initiative_recognised', minLevel: 'grassroots', text: 'Cần có sáng kiến được công nhận cấp cơ sở' },
        ] },
      },
    ],
  },
};

describe('reading the rules', () => {
  it('lists the shipped rule sets to any logged-in user, and none to an anonymous caller', async () => {
    const { items } = await json<{ items: RuleSetView[] }>(await t.as('huongbinh.doanvien').get('/api/rules'));
    expect(items.map((s) => s.key)).toEqual(expect.arrayContaining([
      'individual-titles-nd91-2017', 'individual-titles-nd98-2023', 'individual-titles-nd152-2025', 'collective-titles-luat-2022',
      'staff-rating-cap-2023', 'base-salary-2019', 'reward-nd152-2025', 'union-classification-1294',
    ]));
    expect(items.every((s) => s.source === 'shipped' && s.version === 1)).toBe(true);
    expect((await t.as(null).get('/api/rules')).status).toBe(401);
  });

  it('shows which rule sets apply to the seed union on 31/12/2023, each condition with its article', async () => {
    const applied = await json<AppliedRules>(await t.as('huongbinh.doanvien').get(`/api/orgs/${t.orgs.seed}/rules?date=2023-12-31`));
    const individual = applied.ruleSets.find((s) => s.kind === 'individual_titles')!;
    expect(individual.key).toBe('individual-titles-nd91-2017');
    const cstdcs = individual.titles.find((x) => x.code === 'CSTDCS')!;
    expect(cstdcs.condition.article).toBe('Điều 23 Luật Thi đua, khen thưởng 2003');
    expect(cstdcs.condition.children.map((c) => c.text)).toEqual([
      'Đạt danh hiệu Lao động tiên tiến trong năm',
      'Cần có sáng kiến được công nhận cấp cơ sở trở lên, hoặc đề tài nghiên cứu khoa học được nghiệm thu',
    ]);
    expect(individual.caps[0]).toMatchObject({ article: 'Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP' });
    expect(applied.ruleSets.find((s) => s.key === 'reward-nd91-2017')!.verified).toBe(false);
    expect(applied.ruleSets.find((s) => s.kind === 'base_salary')!.parameters[0].value).toBe(1_800_000);
  });

  it('hides another union from a caller with no role on it', async () => {
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.seed}/rules?date=2024-12-31`)).status).toBe(404);
  });
});

describe('judging through the API', () => {
  it('refuses in 2024 an HTTNV member without initiative, naming Điều 23 of the 2022 law; accepts HTXSNV', async () => {
    const refused = await json<Judgement>(await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', {
      date: '2024-12-15', title: 'CSTDCS', facts: { titles: ['LDTT'], rating: 'HTTNV' },
    }));
    expect(refused.status).toBe('not_met');
    expect(refused.refusal).toContain('Điều 23 Luật Thi đua, khen thưởng 2022');
    const accepted = await json<Judgement>(await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', {
      date: '2024-12-15', title: 'CSTDCS', facts: { titles: ['LDTT'], rating: 'HTXSNV' },
    }));
    expect(accepted.status).toBe('met');
  });

  it('says how far a 2023 proposal exceeds the CSTĐCS cap', async () => {
    const { caps } = await json<{ caps: CapResult[] }>(await t.as('huongbinh.chutich').send('POST', '/api/rules/caps', {
      date: '2023-12-15', counts: { LDTT: 19, CSTDCS: 3 },
    }));
    expect(caps).toHaveLength(1);
    expect(caps[0]).toMatchObject({ allowed: 2, proposed: 3, excess: 1, withinCap: false });
  });

  it('computes the reward with the base salary of the decision date, rounded up to 10.000 đ', async () => {
    const r = await json<RewardResult>(await t.as('huongbinh.ketoan').get('/api/rules/rewards/LDTT?date=2023-06-30'));
    expect(r).toMatchObject({ coefficient: 0.3, baseSalary: 1_490_000, amount: 450_000, unverified: true });
    const later = await json<RewardResult>(await t.as('huongbinh.ketoan').get('/api/rules/rewards/GIAY_KHEN_CA_NHAN?date=2026-07-01'));
    expect(later).toMatchObject({ baseSalary: 2_530_000, amount: 760_000, unverified: false });
  });
});

describe('administrators change the rules, as data', () => {
  it('adds a fictional 2027 rule set through the API and judges a 2027 case by it', async () => {
    const case2027 = { date: '2027-12-15', title: 'CSTDCS', facts: { titles: ['LDTT'], rating: 'HTXSNV' } };
    const before = await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', case2027);
    expect(before.status).toBe(404);
    expect(((await before.json()) as { error: { message: string } }).error.message).toContain('Chưa có bộ quy định');

    expect((await t.as('huongbinh.chutich').send('POST', '/api/rules', fictional2027)).status).toBe(403);
    expect((await t.as('tinh.canbo').send('POST', '/api/rules', fictional2027)).status).toBe(403);
    const added = await json<RuleSetView>(await t.as('admin').send('POST', '/api/rules', fictional2027));
    expect(added).toMatchObject({ key: fictional2027.key, version: 1, source: 'admin', verified: false });

    const refused = await json<Judgement>(await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', case2027));
    expect(refused.ruleSet.key).toBe(fictional2027.key);
    expect(refused.status).toBe('not_met');
    expect(refused.refusal).toBe('Không đủ điều kiện «Chiến sĩ thi đua cơ sở» — Điều 23 Luật sửa đổi (giả định): Cần có sáng kiến được công nhận cấp cơ sở');
    const accepted = await json<Judgement>(await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', {
      ...case2027, facts: { ...case2027.facts, initiatives: [{ level: 'grassroots', recognisedOn: '2027-11-01' }] },
    }));
    expect(accepted.status).toBe('met');
    // The same candidate in 2026 is still judged by Nghị định 152/2025:
    const in2026 = await json<Judgement>(await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', { ...case2027, date: '2026-12-15' }));
    expect(in2026).toMatchObject({ status: 'met', ruleSet: { key: 'individual-titles-nd152-2025' } });

    expect((await t.as('admin').send('POST', '/api/rules', fictional2027)).status).toBe(409);
  });

  it('refuses a malformed rule set with a Vietnamese message naming the field', async () => {
    const bad = { ...fictional2027, key: 'bad-content-test', content: { titles: [{ code: 'CSTDCS', name: 'X', subject: 'individual', condition: { kind: 'maybe' } }] } };
    const res = await t.as('admin').send('POST', '/api/rules', bad);
    const body = await json<{ error: { code: string; message: string } }>(res, 400);
    expect(body.error.message).toContain('content.titles.0');
    expect(body.error.message).toContain('Loại điều kiện không hợp lệ');
    const noKind = await t.as('admin').send('POST', '/api/rules', { ...fictional2027, key: 'x', content: {} });
    expect((await json<{ error: { message: string } }>(noKind, 400)).error.message).toMatch(/^key: Mã bộ quy định/);
  });

  it('marks a rule set verified and ends one as new versions, audited, leaving the old versions', async () => {
    const verified = await json<RuleSetView>(await t.as('admin').send('POST', '/api/rules/union-classification-1294/verify', { note: 'Đã đối chiếu văn bản' }));
    expect(verified).toMatchObject({ version: 2, verified: true, source: 'admin', changeNote: 'Đã đối chiếu văn bản' });
    expect((await t.as('huongbinh.chutich').send('POST', '/api/rules/union-classification-1294/verify', { note: 'Thử quyền' })).status).toBe(403);

    const badEnd = await t.as('admin').send('POST', '/api/rules/individual-titles-nd152-2025/end', { validTo: '2025-01-01', note: 'Sai ngày' });
    expect((await json<{ error: { message: string } }>(badEnd, 400)).error.message).toContain('validTo');
    const ended = await json<RuleSetView>(await t.as('admin').send('POST', '/api/rules/individual-titles-nd152-2025/end', {
      validTo: '2026-12-31', note: 'Thử: văn bản mới thay thế',
    }));
    expect(ended).toMatchObject({ version: 2, validTo: '2026-12-31' });
    const history = await json<{ versions: RuleSetView[] }>(await t.as('huongbinh.doanvien').get('/api/rules/individual-titles-nd152-2025'));
    expect(history.versions.map((v) => [v.version, v.validTo])).toEqual([[2, '2026-12-31'], [1, '2027-02-28']]);
    expect((await t.as('huongbinh.chutich').send('POST', '/api/rules/judge', {
      date: '2027-01-15', title: 'CSTDCS', facts: { titles: ['LDTT'], rating: 'HTXSNV' },
    })).status).toBe(404);

    // Rule sets belong to no union: their audit is the system's (migration 0035).
    const audit = await t.handle.db.selectFrom('system_audit_log').select(['action', 'entity_id']).where('entity', '=', 'rule_set')
      .where('user_id', 'is not', null).orderBy('id').execute();
    expect(audit).toEqual(expect.arrayContaining([
      { action: 'update', entity_id: 'union-classification-1294' },
      { action: 'end', entity_id: 'individual-titles-nd152-2025' },
      { action: 'create', entity_id: fictional2027.key },
    ]));
  });

  it('loads the shipped rule sets again without duplicating them or undoing an administrator', async () => {
    expect(await ensureShippedRuleSets(t.handle.db)).toEqual({ added: [], updated: [] });
    const { current } = await json<{ current: RuleSetView }>(await t.as('admin').get('/api/rules/union-classification-1294'));
    expect(current).toMatchObject({ version: 2, verified: true });
  });
});
