import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AnnualDraftView, ReportVersionView, StartFromLastYearView, TypedNumberWarning } from '../../../shared/contracts/reports.contract.ts';
import { fillGaps } from '../../test/report-finalise.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const url = (org: number, year: number, rest = '') => `/api/orgs/${org}/reports/annual/${year}${rest}`;
const draftOf = async (who: string, org: number, year: number) => (await (await t.as(who).get(url(org, year))).json()) as AnnualDraftView;
const shown = (ws: readonly TypedNumberWarning[]) => ws.map((w) => `${w.section} ${w.text}`);
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string; details?: { typedNumbers?: TypedNumberWarning[] } } }).error;

describe('typed numbers and gaps in the annual report draft', () => {
  it('finds no typed number and no gap in the demo 2023 draft: every figure of the seed comes from the records', async () => {
    const draft = await draftOf('huongbinh.chutich', t.orgs.seed, 2023);
    expect(shown(draft.typedNumbers)).toEqual([]);
    expect(draft.gaps).toEqual([]);
  });

  it('points each typed number at its place in the stored text', async () => {
    const chair = t.as('huongbinh.chutich');
    const typed = 'Thu nhập bình quân 5.000.000 đồng/tháng; 19 đồng chí có nhà riêng; 2 - 3 đồng chí học cao học.';
    const draft = (await (await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.I.2'), { paragraphs: [typed] })).json()) as AnnualDraftView;
    expect(shown(draft.typedNumbers)).toEqual(['A.I.2 5.000.000', 'A.I.2 19', 'A.I.2 2 - 3']);
    for (const w of draft.typedNumbers) {
      const paragraph = draft.sections.find((s) => s.key === w.section)!.paragraphs[w.paragraph];
      expect(paragraph.slice(w.start, w.end)).toBe(w.text);
    }
    expect(new Set(draft.typedNumbers.map((w) => w.id)).size).toBe(draft.typedNumbers.length);
    expect((await chair.send('DELETE', url(t.orgs.seed, 2023, '/sections/A.I.2'))).status).toBe(200);
  });

  it('offers the figure of the year with the same value, and replacing it by its placeholder clears the warning', async () => {
    const chair = t.as('huongbinh.chutich');
    const typed = 'Tổng số đoàn viên là 30 đồng chí, Nữ 07 đồng chí; hỗ trợ trên 5.000.000 đồng; kỷ niệm 92 năm.';
    const saved = (await (await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.I.2'), { paragraphs: [typed] })).json()) as AnnualDraftView;
    const warnings = saved.typedNumbers.filter((w) => w.section === 'A.I.2');
    expect(shown(warnings)).toEqual(['A.I.2 30', 'A.I.2 07', 'A.I.2 5.000.000', 'A.I.2 92']);
    const [total, women, money, years] = warnings;
    expect(total.candidates.map((c) => c.key)).toContain('doanVien.tong');
    expect(women.candidates.map((c) => c.key)).toContain('doanVien.nu');
    // "trên 5.000.000" is how the welfare figure prints: the candidate takes "trên" along.
    const holiday = money.candidates.find((c) => c.key === 'chamLo.leTet.lamTron')!;
    expect(typed.slice(holiday.start, holiday.end)).toBe('trên 5.000.000');
    expect(years.candidates.map((c) => c.key)).not.toContain('kyNiem.hoiLHPN'); // 2023 is the 93rd year

    const c = total.candidates.find((x) => x.key === 'doanVien.tong')!;
    const replaced = `${typed.slice(0, c.start)}{{${c.key}}}${typed.slice(c.end)}`;
    const after = (await (await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.I.2'), { paragraphs: [replaced] })).json()) as AnnualDraftView;
    expect(shown(after.typedNumbers.filter((w) => w.section === 'A.I.2'))).toEqual(['A.I.2 07', 'A.I.2 5.000.000', 'A.I.2 92']);
    expect(after.sections.find((s) => s.key === 'A.I.2')!.rendered[0]).toContain('Tổng số đoàn viên là 30 đồng chí');
    expect((await chair.send('DELETE', url(t.orgs.seed, 2023, '/sections/A.I.2'))).status).toBe(200);
  });

  it('finds the gaps of a draft made of the template\'s defaults', async () => {
    const draft = await draftOf('mayhuongson.chutich', t.orgs.enterprise, 2025);
    // The enterprise's production is the chairperson's to write; B.II comes from the 2026 plan, which has no targets
    // (its movements, launched for 2026, write B.I).
    expect(draft.gaps.map((g) => `${g.section} ${g.text}`)).toEqual(['A.I.1 …', 'A.III.1 - …', 'A.III.2 - …', 'B.II 1. …']);
  });
});

describe('"Bắt đầu từ năm trước" lists the typed numbers it carried over', () => {
  it('turns last year\'s placeholders into this year\'s values, and returns every typed number copied', async () => {
    const chair = t.as('huongbinh.chutich');
    await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.I.2'), { paragraphs: ['Kỷ niệm 93 năm ngày thành lập Hội LHPN, hỗ trợ 19 đồng chí.'] });
    const res = await chair.send('POST', url(t.orgs.seed, 2024, '/start-from-last-year'));
    expect(res.status).toBe(200);
    const view = (await res.json()) as StartFromLastYearView;
    expect(shown(view.carriedOver)).toEqual(['A.I.2 93', 'A.I.2 19']);
    // Part B is last year's plan: not copied, written anew from the plan of 2025 (none yet: a gap to fill).
    expect(view.renewed).toEqual(['B.II']);
    expect(view.sections.find((s) => s.key === 'B.II')).toMatchObject({ edited: false, paragraphs: ['1. …'] });
    expect(view.typedNumbers.map((w) => w.id)).toEqual(expect.arrayContaining(view.carriedOver.map((w) => w.id)));
    // The placeholders are this year's: 2024 is the 94th year of the Women's Union, and the typed 93 is no figure of it.
    expect(view.sections.find((s) => s.key === 'A.II.3')!.rendered.join(' ')).toContain('kỷ niệm 94 năm ngày thành lập Hội LHPN');
    expect(view.carriedOver[0].candidates.map((c) => c.key)).not.toContain('kyNiem.hoiLHPN');
    const audit = await t.handle.db.selectFrom('audit_log').select('after').where('entity', '=', 'report_section').where('entity_id', '=', '2024')
      .orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect((audit.after as { typedNumbers: string[] }).typedNumbers).toContain('A.I.2 “93”');
    await chair.send('DELETE', url(t.orgs.seed, 2023, '/sections/A.I.2'));
  });
});

describe('finalising refuses gaps and unconfirmed typed numbers', () => {
  it('names every typed number not confirmed, takes them confirmed one by one, and lets only the chairperson finalise', async () => {
    const chair = t.as('huongbinh.chutich');
    await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.I.2'), { paragraphs: ['Thu nhập bình quân 5.000.000 đồng/tháng; 19 đồng chí có nhà riêng.'] });
    const draft = await draftOf('huongbinh.chutich', t.orgs.seed, 2023);
    const none = await chair.send('POST', url(t.orgs.seed, 2023, '/finalise'), {});
    expect(none.status).toBe(400);
    const error = await errorOf(none);
    expect(error.message).toBe('Báo cáo còn 2 số gõ tay chưa được xác nhận; hãy thay bằng số liệu hoặc xác nhận từng số: A.I.2 “5.000.000”; A.I.2 “19”');
    expect(error.details!.typedNumbers!.map((w) => w.id)).toEqual(draft.typedNumbers.map((w) => w.id));

    const allButOne = draft.typedNumbers.slice(1).map((w) => w.id);
    const partial = await chair.send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged: allButOne });
    expect(partial.status).toBe(400);
    expect((await errorOf(partial)).message).toContain('còn 1 số gõ tay chưa được xác nhận');

    const acknowledged = draft.typedNumbers.map((w) => w.id);
    for (const who of ['huongbinh.uyvien', 'huongbinh.ketoan', 'huongbinh.doanvien']) {
      expect((await t.as(who).send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged })).status).toBe(403);
    }
    expect((await t.as('mayhuongson.chutich').send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged })).status).toBe(404);
    expect((await chair.send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged: 'all' })).status).toBe(400);
    const ok = await chair.send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ReportVersionView).version).toBe(1);
  });

  it('asks again when a confirmed paragraph is edited: a new typed number is a new warning', async () => {
    const chair = t.as('huongbinh.chutich');
    const before = await draftOf('huongbinh.chutich', t.orgs.seed, 2023);
    const section = before.sections.find((s) => s.key === 'A.II.2')!;
    const paragraphs = section.paragraphs.map((p) => p.replace('{{giaDinhVanHoa.tyLe}} gia đình', '95% gia đình'));
    await chair.send('PUT', url(t.orgs.seed, 2023, '/sections/A.II.2'), { paragraphs });
    const res = await chair.send('POST', url(t.orgs.seed, 2023, '/finalise'), { acknowledged: before.typedNumbers.map((w) => w.id) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('A.II.2 “95%”');
  });

  it('refuses a draft with gaps even when every typed number is confirmed, and finalises it once they are filled', async () => {
    const chair = t.as('mayhuongson.chutich');
    const draft = await draftOf('mayhuongson.chutich', t.orgs.enterprise, 2025);
    const acknowledged = draft.typedNumbers.map((w) => w.id);
    const refused = await chair.send('POST', url(t.orgs.enterprise, 2025, '/finalise'), { acknowledged });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toBe('Báo cáo còn 4 chỗ chưa điền, hãy viết cho đủ trước khi chốt: A.I.1 “…”; A.III.1 “- …”; A.III.2 “- …”; B.II “1. …”');
    await fillGaps(chair, t.orgs.enterprise, 2025);
    const after = await draftOf('mayhuongson.chutich', t.orgs.enterprise, 2025);
    expect(after.gaps).toEqual([]);
    const ok = await chair.send('POST', url(t.orgs.enterprise, 2025, '/finalise'), { acknowledged: after.typedNumbers.map((w) => w.id) });
    expect(ok.status).toBe(200);
  });
});
