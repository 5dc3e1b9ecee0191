import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { agreementBody, roundBody } from '../../test/agreements-route-cases.ts';
import type { AgreementsPageView, AgreementView } from '../../../shared/contracts/agreements.contract.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';

// Thương lượng tập thể and thỏa ước lao động tập thể (issue 14, item 2): the enterprise demo's agreement and its checks,
// wage clauses against the regional minimum wage of the rules module by date, writes by role with their audit, the
// Vietnamese words of a refusal, the report's figures and the printed agreement.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = (path: string, orgId = t.orgs.enterprise) => `/api/orgs/${orgId}/${path}`;
const chair = () => t.as('mayhuongson.chutich');
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const auditOf = (entity: string, id: number) => t.handle.db.selectFrom('audit_log').select(['action']).where('entity', '=', entity)
  .where('entity_id', '=', String(id)).orderBy('id').execute();
const pageOn = async (date: string) => (await (await chair().get(api(`agreements?date=${date}`))).json()) as AgreementsPageView;
const made = async (body: Record<string, unknown>) => {
  const res = await chair().send('POST', api('agreements'), body);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as AgreementView;
};

describe('collective bargaining and agreements', () => {
  it('keeps the demo\'s agreement: vote valid, sent in time, in force, three clauses better than the 2026 region III minimum', async () => {
    const page = (await (await t.as('mayhuongson.ketoan').get(api('agreements?date=2026-06-01'))).json()) as AgreementsPageView;
    expect(page.rounds.map((r) => r.heldOn)).toEqual(['2025-11-20']);
    const demo = page.agreements.find((a) => a.signedOn === '2026-01-12')!;
    expect(demo).toMatchObject({ region: 'III', workersTotal: 420, votesFor: 318 });
    expect(demo.checks).toMatchObject({ voteValid: true, votePercent: 75.7, authority: 'in_time', authorityDueOn: '2026-01-22', inForce: true, renegotiate: false });
    const better = demo.clauses.filter((c) => c.betterThanLawConfirmed);
    expect(better.map((c) => c.topic)).toEqual(['wage', 'leave', 'meal']);
    expect(better[0].wageCheck).toMatchObject({ minimum: 4_140_000, above: true, marginPercent: 6.3 });
    expect(better[0].wageCheck!.source).toContain('293/2025');
    expect(demo.clauses.find((c) => c.topic === 'other')?.betterThanLawConfirmed).toBe(false);
  });

  it('fills the placeholders of the enterprise\'s 2026 report from the agreement in force', async () => {
    const report = (await (await chair().get(api('reports/annual/2026'))).json()) as { figures: Record<string, { value: unknown }> };
    const value = (key: string) => report.figures[key].value;
    expect(value('thoaUoc.coHieuLuc')).toBe('có');
    expect([value('thoaUoc.ngayKy'), value('thoaUoc.hetHan'), value('thoaUoc.soDieuKhoanCaoHon'), value('thoaUoc.luongToiThieu')])
      .toEqual(['12/01/2026', '14/01/2028', 3, 4_400_000]);
    expect(value('thoaUoc.dieuKhoanCaoHon')).toContain('bữa ăn giữa ca của người lao động có giá trị 30.000');
  });

  it('flags a wage clause marked better than the law that is below the regional minimum', async () => {
    const a = await made({ ...agreementBody, clauses: [{ ...agreementBody.clauses[0], value: 4_000_000 }] });
    expect(a.clauses[0].wageCheck).toMatchObject({ minimum: 4_140_000, above: false, marginPercent: -3.4 });
    expect(a.clauses[0].betterThanLawConfirmed).toBe(false);
  });

  it('judges a wage clause by the minimum of its effective date: NĐ 74/2024 in 2025, NĐ 293/2025 from 2026', async () => {
    const body = { ...agreementBody, region: 'II', clauses: [{ ...agreementBody.clauses[0], value: 4_600_000 }] };
    const in2025 = await made({ ...body, votedOn: '2025-03-01', signedOn: '2025-03-02', effectiveFrom: '2025-03-02', expiresOn: '2026-03-01', sentToAuthorityOn: null });
    expect(in2025.clauses[0].wageCheck).toMatchObject({ minimum: 4_410_000, above: true });
    expect(in2025.clauses[0].wageCheck!.source).toContain('74/2024');
    const in2026 = await made({ ...body, effectiveFrom: '2026-03-01', expiresOn: '2027-02-28' });
    expect(in2026.clauses[0].wageCheck).toMatchObject({ minimum: 4_730_000, above: false });
    expect(in2025.checks.authority).toBe('overdue');
  });

  it('reminds to renegotiate from 90 days before expiry', async () => {
    const find = (p: AgreementsPageView) => p.agreements.find((a) => a.signedOn === '2026-01-12')!;
    expect(find(await pageOn('2027-10-15')).checks.renegotiate).toBe(false);
    expect(find(await pageOn('2027-10-16')).checks).toMatchObject({ renegotiate: true, daysToExpiry: 90, inForce: true });
    expect(find(await pageOn('2028-01-15')).checks).toMatchObject({ renegotiate: false, inForce: false });
  });

  it('lets the chairperson and the committee write with an audit entry, and refuses the treasurer, members and other unions', async () => {
    const a = await made(agreementBody);
    const edited = await t.as('mayhuongson.uyvien').send('PUT', api(`agreements/${a.id}`), { ...agreementBody, sentToAuthorityOn: '2026-02-03' });
    expect(edited.status, await edited.clone().text()).toBe(200);
    // signed 06/01, due 16/01: sent on 03/02 is late
    expect(((await edited.json()) as AgreementView).checks.authority).toBe('late');
    expect((await t.as('mayhuongson.ketoan').send('POST', api('agreements'), agreementBody)).status).toBe(403);
    expect((await t.as('mayhuongson.doanvien').get(api('agreements'))).status).toBe(403);
    expect((await t.as('huongbinh.chutich').send('POST', api('bargaining-rounds'), roundBody)).status).toBe(404);
    expect((await chair().send('DELETE', api(`agreements/${a.id}`))).status).toBe(200);
    expect((await auditOf('collective_agreement', a.id)).map((x) => x.action)).toEqual(['create', 'update', 'delete']);
    const round = await chair().send('POST', api('bargaining-rounds'), roundBody);
    expect(round.status, await round.clone().text()).toBe(200);
    expect((await auditOf('bargaining_round', ((await round.json()) as { id: number }).id)).map((x) => x.action)).toEqual(['create']);
  });

  it('refuses a vote above the workforce, a term over 3 years and a better clause without its legal reference, in Vietnamese', async () => {
    const votes = await chair().send('POST', api('agreements'), { ...agreementBody, votesFor: 500 });
    expect(votes.status).toBe(400);
    expect((await errorOf(votes)).message).toContain('Số người tán thành không quá tổng số người lao động');
    const term = await chair().send('POST', api('agreements'), { ...agreementBody, expiresOn: '2029-02-01' });
    expect((await errorOf(term)).message).toContain('Thời hạn thỏa ước từ 1 năm đến 3 năm');
    const reference = await chair().send('POST', api('agreements'), { ...agreementBody, clauses: [{ ...agreementBody.clauses[0], legalReference: null }] });
    expect((await errorOf(reference)).message).toContain('cần ghi căn cứ pháp luật');
  });

  it('prints the agreement as a .docx with its clauses', async () => {
    const demo = (await pageOn('2026-06-01')).agreements.find((a) => a.signedOn === '2026-01-12')!;
    const res = await chair().get(api(`agreements/${demo.id}/docx`));
    expect(res.status).toBe(200);
    const texts = paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    expect(texts).toContain('THỎA ƯỚC LAO ĐỘNG TẬP THỂ');
    expect(texts).toContain('318/420');
    expect(texts).toContain('Bữa ăn giữa ca của người lao động có giá trị: 30.000 đồng/ca.');
    expect(texts).toContain('4.140.000');
  });
});
