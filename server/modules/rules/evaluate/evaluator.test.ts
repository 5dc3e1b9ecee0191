import { describe, expect, it } from 'vitest';
import type { CandidateFacts } from '../../../../shared/contracts/rule-content.contract.ts';
import { readShippedRuleSets } from '../shipped-rule-sets.ts';
import { allowedByCap } from './caps.ts';
import { evaluateCaps, judgeTitle, titleRuleOn } from './judge.ts';
import { parameterOn, rewardAmount } from './parameters.ts';
import { renderRuleSetsOn } from './render.ts';
import type { LoadedRuleSet } from './rule-set.ts';

// Every boundary of the shipped rule sets, judged through the one evaluator.
const sets: LoadedRuleSet[] = readShippedRuleSets().map((s, i) => ({ ...s, id: i + 1, version: 1 }));

const MEETING_2023 = '2023-12-15';
const MEETING_2024 = '2024-12-15';
const judge = (title: string, facts: CandidateFacts, date: string) => {
  const found = titleRuleOn(sets, title, date);
  if (!found) {
    throw new Error(`no rule for ${title} on ${date}`);
  }
  return judgeTitle(sets, found, facts, date);
};
const initiative = (recognisedOn: string) => ({ level: 'district' as const, recognisedOn });

describe('which rule set judges a date', () => {
  it.each([
    ['2023-12-31', 'individual-titles-nd91-2017'],
    ['2024-01-01', 'individual-titles-nd98-2023'],
    ['2025-06-30', 'individual-titles-nd98-2023'],
    ['2025-07-01', 'individual-titles-nd152-2025'],
    ['2027-02-28', 'individual-titles-nd152-2025'],
  ])('CSTĐCS on %s is judged by %s', (date, key) => {
    expect(titleRuleOn(sets, 'CSTDCS', date)?.set.key).toBe(key);
  });

  it('has no individual title rule after 152/2025 expires (01/03/2027) until an administrator adds one', () => {
    expect(titleRuleOn(sets, 'CSTDCS', '2027-03-01')).toBeNull();
  });
});

describe('CSTĐCS up to 2023 (Luật 2003/2013, Nghị định 91/2017)', () => {
  it('accepts LĐTT with an initiative recognised before the meeting', () => {
    const j = judge('CSTDCS', { titles: ['LDTT'], rating: 'HTTNV', initiatives: [initiative('2023-11-20')] }, MEETING_2023);
    expect(j.status).toBe('met');
    expect(j.refusal).toBeNull();
  });

  it('refuses a CSTĐCS without LĐTT in the same year, naming the article', () => {
    const j = judge('CSTDCS', { titles: [], rating: 'HTXSNV', initiatives: [initiative('2023-11-20')] }, MEETING_2023);
    expect(j.status).toBe('not_met');
    expect(j.refusal).toContain('Điều 23 Luật Thi đua, khen thưởng 2003');
    expect(j.refusal).toContain('Lao động tiên tiến');
  });

  it('refuses an HTXSNV member without initiative and an HTTNV member without initiative', () => {
    expect(judge('CSTDCS', { titles: ['LDTT'], rating: 'HTXSNV' }, MEETING_2023).status).toBe('not_met');
    expect(judge('CSTDCS', { titles: ['LDTT'], rating: 'HTTNV' }, MEETING_2023).status).toBe('not_met');
  });

  it('does not count an initiative recognised after the meeting, and says why', () => {
    const j = judge('CSTDCS', { titles: ['LDTT'], rating: 'HTTNV', initiatives: [initiative('2023-12-20')] }, MEETING_2023);
    expect(j.status).toBe('not_met');
    const initiativeLeaf = j.condition.children[1].children[0];
    expect(initiativeLeaf.status).toBe('not_met');
    expect(initiativeLeaf.detail).toContain('20/12/2023');
    expect(judge('CSTDCS', { titles: ['LDTT'], rating: 'HTTNV', initiatives: [initiative(MEETING_2023)] }, MEETING_2023).status).toBe('met');
  });

  it('caps CSTĐCS at 15 % of LĐTT rounded down: 19 LĐTT allow 2; 2 is within, 3 exceeds by one', () => {
    const [within] = evaluateCaps(sets, { LDTT: 19, CSTDCS: 2 }, MEETING_2023);
    expect(within).toMatchObject({ allowed: 2, proposed: 2, excess: 0, withinCap: true, message: null });
    const [over] = evaluateCaps(sets, { LDTT: 19, CSTDCS: 3 }, MEETING_2023);
    expect(over).toMatchObject({ allowed: 2, proposed: 3, excess: 1, withinCap: false });
    expect(over.message).toContain('Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP');
    expect(over.message).toContain('vượt 1');
  });

  it('reaches the next CSTĐCS exactly at 20 LĐTT (15 % of 20 = 3)', () => {
    const cap = sets.find((s) => s.key === 'individual-titles-nd91-2017')!.content.caps![0];
    expect([allowedByCap(cap, 6), allowedByCap(cap, 7), allowedByCap(cap, 19), allowedByCap(cap, 20)]).toEqual([0, 1, 2, 3]);
  });
});

describe('CSTĐCS from 2024 (Luật 2022 Điều 23)', () => {
  it('accepts an HTXSNV member without initiative and refuses an HTTNV member without one; 2023 refuses both', () => {
    const htxsnv: CandidateFacts = { titles: ['LDTT'], rating: 'HTXSNV' };
    const httnv: CandidateFacts = { titles: ['LDTT'], rating: 'HTTNV' };
    expect(judge('CSTDCS', htxsnv, MEETING_2024).status).toBe('met');
    const refused = judge('CSTDCS', httnv, MEETING_2024);
    expect(refused.status).toBe('not_met');
    expect(refused.refusal).toBe('Không đủ điều kiện «Chiến sĩ thi đua cơ sở» — Điều 23 Luật Thi đua, khen thưởng 2022: '
      + 'Cần được xếp loại Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận cấp cơ sở trở lên, hoặc có đề tài nghiên cứu khoa học được nghiệm thu');
    // The same records judged as 2023:
    expect(judge('CSTDCS', htxsnv, MEETING_2023).status).toBe('not_met');
    expect(judge('CSTDCS', httnv, MEETING_2023).status).toBe('not_met');
  });

  it('accepts an accepted research project, and has no cap', () => {
    expect(judge('CSTDCS', { titles: ['LDTT'], rating: 'HTTNV', research: [{ acceptedOn: '2024-10-01' }] }, MEETING_2024).status).toBe('met');
    expect(evaluateCaps(sets, { LDTT: 19, CSTDCS: 10 }, MEETING_2024).filter((c) => c.code === 'cstdcs_share_of_ldtt')).toEqual([]);
  });

  it('judges 2026 by Nghị định 152/2025 with the same standards', () => {
    const j = judge('CSTDCS', { titles: ['LDTT'], rating: 'HTXSNV' }, '2026-12-15');
    expect(j.ruleSet.key).toBe('individual-titles-nd152-2025');
    expect(j.status).toBe('met');
  });

  it('says "unknown" when a needed rating is not recorded, rather than refusing', () => {
    expect(judge('CSTDCS', { titles: ['LDTT'] }, MEETING_2024).status).toBe('unknown');
    expect(judge('CSTDCS', { titles: ['LDTT'], initiatives: [initiative('2024-06-01')] }, MEETING_2024).status).toBe('met');
  });
});

describe('LĐTT', () => {
  it('refuses a member disciplined in the year, and one rated HTNV', () => {
    expect(judge('LDTT', { rating: 'HTTNV' }, MEETING_2024).status).toBe('met');
    expect(judge('LDTT', { rating: 'HTNV' }, MEETING_2024).status).toBe('not_met');
    const j = judge('LDTT', { rating: 'HTTNV', disciplines: [{ level: 'reprimand', on: '2024-05-01' }] }, MEETING_2024);
    expect(j.status).toBe('not_met');
    expect(j.refusal).toContain('Nghị định 48/2023/NĐ-CP');
  });
});

describe('the HTXSNV cap (20 % of HTTNV)', () => {
  it.each([
    ['2023-12-15', 10, 2, true], ['2023-12-15', 10, 3, false], ['2026-12-15', 14, 2, true], ['2026-12-15', 14, 3, false], ['2026-12-15', 15, 3, true],
  ])('on %s with %i HTTNV, %i HTXSNV within the cap: %s', (date, httnv, htxsnv, ok) => {
    const [cap] = evaluateCaps(sets, { HTTNV: httnv, HTXSNV: htxsnv }, date);
    expect(cap.withinCap).toBe(ok);
    expect(cap.allowed).toBe(Math.floor(httnv / 5));
  });
});

describe('collective titles', () => {
  const members = (n: number, ldtt: number, cstdcs = 1): CandidateFacts[] => Array.from({ length: n }, (_, i) => ({
    rating: 'HTTNV', titles: [...(i < ldtt ? ['LDTT'] : []), ...(i < cstdcs ? ['CSTDCS'] : [])],
  }));

  it('Tập thể LĐXS needs at least 70 % LĐTT: 69 % refused, 70 % accepted', () => {
    expect(judge('TTLDXS', { rating: 'HTXSNV', members: members(100, 69) }, MEETING_2024).status).toBe('not_met');
    const j = judge('TTLDXS', { rating: 'HTXSNV', members: members(100, 70) }, MEETING_2024);
    expect(j.status).toBe('met');
    expect(j.condition.children[2].detail).toBe('70/100 thành viên (70 %)');
  });

  it('Tập thể LĐXS needs at least one CSTĐCS', () => {
    const j = judge('TTLDXS', { rating: 'HTXSNV', members: members(10, 10, 0) }, MEETING_2024);
    expect(j.status).toBe('not_met');
    expect(j.refusal).toContain('Chiến sĩ thi đua cơ sở');
  });

  it('Tập thể LĐTT needs more than half LĐTT (unverified under the 2022 law): 50 % refused, 51 % accepted', () => {
    expect(judge('TTLDTT', { rating: 'HTTNV', members: members(100, 50) }, MEETING_2024).status).toBe('not_met');
    const j = judge('TTLDTT', { rating: 'HTTNV', members: members(100, 51) }, MEETING_2024);
    expect(j.status).toBe('met');
    expect(j.condition.unverified).toBe(true);
  });

  it('judges the seed 2023 agency (19 of 30 LĐTT, no one disciplined) Tập thể LĐTT', () => {
    expect(judge('TTLDTT', { rating: 'HTTNV', members: members(30, 19) }, MEETING_2023).status).toBe('met');
  });
});

describe('reward amounts', () => {
  it('uses the base salary in force on the decision date and rounds up to 10.000 đ', () => {
    const amount = (title: string, date: string) => {
      const r = rewardAmount(sets, title, date);
      return 'amount' in r ? r.amount : r.missing;
    };
    expect(amount('LDTT', '2023-06-30')).toBe(450_000); // 0,3 × 1.490.000 = 447.000
    expect(amount('LDTT', '2023-07-01')).toBe(540_000); // 0,3 × 1.800.000
    expect(amount('CSTDCS', '2024-12-20')).toBe(2_340_000);
    expect(amount('GIAY_KHEN_CA_NHAN', '2026-06-30')).toBe(710_000); // 0,3 × 2.340.000 = 702.000
    expect(amount('GIAY_KHEN_CA_NHAN', '2026-07-01')).toBe(760_000); // 0,3 × 2.530.000 = 759.000
    expect(amount('TTLDTT', '2026-07-01')).toBe(2_030_000); // 0,8 × 2.530.000 = 2.024.000
    expect(amount('TTLDXS', '2026-07-01')).toBe(3_800_000); // 1,5 × 2.530.000 = 3.795.000
    expect(amount('GIAY_KHEN_TAP_THE', '2025-12-01')).toBe(1_410_000); // 0,6 × 2.340.000 = 1.404.000
  });

  it('reads the base salary series with its decrees', () => {
    expect(parameterOn(sets, 'base_salary', '2024-06-30')).toMatchObject({ value: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' });
    expect(parameterOn(sets, 'base_salary', '2026-07-01')).toMatchObject({ value: 2_530_000, source: 'Nghị định 161/2026/NĐ-CP' });
    expect(parameterOn(sets, 'base_salary', '2019-06-30')).toBeNull();
  });
});

describe('rendering for the page', () => {
  it('shows each condition in plain Vietnamese with its article, and flags unverified values', () => {
    const rendered = renderRuleSetsOn(sets, '2023-12-31');
    const individual = rendered.find((s) => s.key === 'individual-titles-nd91-2017')!;
    const cstdcs = individual.titles.find((t) => t.code === 'CSTDCS')!;
    expect(cstdcs.condition.children[1].text).toContain('sáng kiến');
    expect(individual.caps[0].article).toBe('Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP');
    const reward = rendered.find((s) => s.key === 'reward-nd91-2017')!;
    expect(reward.verified).toBe(false);
    const classification = rendered.find((s) => s.key === 'union-classification-1294')!;
    expect(classification.parameters.every((p) => p.unverified)).toBe(true);
    const salary = rendered.find((s) => s.key === 'base-salary-2019')!;
    expect(salary.parameters[0].display).toBe('1.800.000\u00a0đ');
  });
});
