import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ENTERPRISE_INITIATIVE_AUTHOR_2026, ENTERPRISE_REFUSED_CSTDCS_2026 } from '../../demo/enterprise-emulation-2026.ts';
import type { JudgingCandidate, YearJudging } from '../../../shared/contracts/judging.contract.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';

// Issue 11 item 14: the demo enterprise union's 2026 emulation year, judged under Nghị định 152/2025 (Luật 2022).

let t: TestApp;
let ids: Map<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.handle.db.selectFrom('members').select(['id', 'code']).where('org_id', '=', t.orgs.enterprise).execute();
  ids = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.close());

const chair = () => t.as('mayhuongson.chutich');
const candidate = (j: YearJudging, code: string) => j.candidates.find((c) => c.memberId === ids.get(code))!;
const titleOf = (c: JudgingCandidate, title: 'ldtt' | 'cstdcs') => c.titles.find((x) => x.title === title)!;

describe('the enterprise union\'s 2026 year', () => {
  it('is judged by the rules of Nghị định 152/2025: the initiative\'s author passes CSTĐCS, the HTTNV one without initiative fails', async () => {
    const res = await chair().get(`/api/orgs/${t.orgs.enterprise}/emulation/2026/judging`);
    expect(res.status, await res.clone().text()).toBe(200);
    const j = (await res.json()) as YearJudging;
    expect(j).toMatchObject({ rulesDate: '2026-12-31', meetingOn: '2026-12-04', evaluatedOn: '2026-12-04' });
    const ldtt = j.candidates.filter((c) => c.titles.some((x) => x.title === 'ldtt'));
    expect(ldtt).toHaveLength(52);
    for (const c of ldtt) {
      expect(titleOf(c, 'ldtt').judgement?.ruleSet).toMatchObject({ key: 'individual-titles-nd152-2025', regulation: { number: '152/2025/NĐ-CP' } });
    }
    // 50 proposed LĐTT meet the conditions; the 2 rated HTNV do not.
    expect(ldtt.filter((c) => titleOf(c, 'ldtt').judgement?.status === 'met' && titleOf(c, 'ldtt').status === 'proposed')).toHaveLength(50);

    const author = candidate(j, ENTERPRISE_INITIATIVE_AUTHOR_2026);
    expect(author.facts).toMatchObject({ rating: 'HTTNV', initiatives: [{ level: 'grassroots', recognisedOn: '2026-11-16' }] });
    expect(titleOf(author, 'cstdcs')).toMatchObject({
      registered: true, status: 'proposed',
      judgement: { status: 'met', refusal: null, ruleSet: { key: 'individual-titles-nd152-2025', regulation: { number: '152/2025/NĐ-CP' } } },
    });

    const refused = candidate(j, ENTERPRISE_REFUSED_CSTDCS_2026);
    expect(refused.facts).toMatchObject({ rating: 'HTTNV', initiatives: [] });
    const judged = titleOf(refused, 'cstdcs');
    expect(judged).toMatchObject({ registered: true, status: null, judgement: { status: 'not_met', ruleSet: { regulation: { number: '152/2025/NĐ-CP' } } } });
    expect(judged.judgement!.refusal).toContain('Điều 23 Luật Thi đua, khen thưởng 2022');
  });

  it('counts the registered members in the 2026 annual report draft', async () => {
    const res = await chair().get(`/api/orgs/${t.orgs.enterprise}/reports/annual/2026`);
    expect(res.status).toBe(200);
    const draft = (await res.json()) as AnnualDraftView;
    expect(draft.figures['thiDua.dangKy.tong']).toMatchObject({ value: 52, text: '52' });
    expect(draft.figures['thiDua.dangKy.cstdcs'].value).toBe(2);
    expect(draft.figures['thiDua.deNghi.ldtt'].value).toBe(50);
    expect(draft.figures['thiDua.deNghi.cstdcs'].value).toBe(1);
    expect(draft.figures['thiDua.sangKien.coSo'].value).toBe(1);
    expect(draft.figures['thiDua.khenThuong.capXa.deNghi'].value).toBe(1);
    // The enterprise still has its 60 members: the year adds emulation records only.
    expect(draft.figures['doanVien.tong'].value).toBe(60);
  });
});
