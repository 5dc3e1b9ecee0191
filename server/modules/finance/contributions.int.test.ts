import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type {
  CampaignDetail, CampaignSummary, CollectResult, ContributionGrid, MyContributionsView,
} from '../../../shared/contracts/contributions.contract.ts';
import type { EntryView } from '../../../shared/contracts/finance.contract.ts';
import { todayIso } from '../../../shared/vi/dates.ts';

// Voluntary funds and campaigns through the API (issue 12, item 3): the seed's tour fund at 50.000 đ/người/tháng with
// its grid, "collected for month …", an opt-out and a reversal; a campaign at 100 % of the seed's 30 members with its
// hand-over; and who may do what.

let t: TestApp;
let seed: number;
let fundId: number;
const ids: Record<string, number> = {};
const treasurer = 'huongbinh.ketoan';
const chair = 'huongbinh.chutich';

beforeAll(async () => {
  t = await createTestApp();
  seed = t.orgs.seed;
  for (const code of ['HB08', 'HB29', 'HB30', 'MHS010']) {
    ids[code] = (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  }
  const res = await t.as(treasurer).send('POST', `/api/orgs/${seed}/finance/funds`, {
    code: 'quy-du-lich-he', name: 'Quỹ tham quan', kind: 'voluntary', openingOn: '2023-01-01', monthlyAmount: 50_000,
  });
  expect(res.status, await res.clone().text()).toBe(200);
  fundId = ((await res.json()) as { id: number }).id;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${seed}/finance/contributions/${fundId}`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const ok = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const grid = async (year = 2023, who = 'huongbinh.uyvien') => ok<ContributionGrid>(await t.as(who).get(`${base()}/${year}`));
const row = (g: ContributionGrid, code: string) => g.members.find((r) => r.memberId === ids[code])!;
const collect = (month: string, over: Record<string, unknown> = {}, who = treasurer) =>
  t.as(who).send('POST', `${base()}/payments`, { month, entryDate: `${month}-25`, ...over });

describe('the tour fund (quỹ tham quan, 50.000 đ/người/tháng) in 2023', () => {
  it('shows every member of the union due 50.000 đ a month, nothing paid', async () => {
    const g = await grid();
    expect(g.members).toHaveLength(30);
    expect(g.fund).toMatchObject({ name: 'Quỹ tham quan', monthlyAmount: 50_000 });
    expect(row(g, 'HB08').cells.map((c) => [c.status, c.amount])).toEqual(Array(12).fill(['unpaid', 50_000]));
    expect(g.totals).toMatchObject({ due: 30 * 12 * 50_000, paid: 0, unpaid: 30 * 12 * 50_000, membersDue: 30, membersFullyPaid: 0, participationRate: 0 });
    expect((await grid(2022)).totals).toMatchObject({ due: 0, participationRate: null });
  });

  it('leaves a member who opted out from July out of the months after', async () => {
    await ok(await t.as(chair).send('POST', `${base()}/opt-outs`, { memberId: ids.HB29, fromMonth: '2023-07', note: 'Xin không tham gia từ tháng 7' }));
    const g = await grid();
    expect(row(g, 'HB29').cells.map((c) => c.status)).toEqual([...Array(6).fill('unpaid'), ...Array(6).fill('opted_out')]);
    expect(row(g, 'HB29').due).toBe(6 * 50_000);
    expect(g.totals).toMatchObject({ due: (30 * 12 - 6) * 50_000, membersOptedOut: 1 });
    expect(g.optOuts).toMatchObject([{ memberId: ids.HB29, fromMonth: '2023-07', toMonth: null }]);
    const bad = await t.as(chair).send('POST', `${base()}/opt-outs`, { memberId: ids.MHS010, fromMonth: '2023-07' });
    expect((await errorOf(bad)).message).toBe('memberId: Không tìm thấy đoàn viên này trong công đoàn');
    const backwards = await t.as(chair).send('POST', `${base()}/opt-outs`, { memberId: ids.HB29, fromMonth: '2023-07', toMonth: '2023-06' });
    expect((await errorOf(backwards)).message).toContain('toMonth');
  });

  it('marks a month collected for everyone due with one receipt into the fund, and refuses to collect it twice', async () => {
    const jan = await ok<CollectResult>(await collect('2023-01'));
    expect(jan.entry).toMatchObject({ direction: 'receipt', category: 'voluntary', fundId, amount: 30 * 50_000, entryDate: '2023-01-25' });
    expect(jan.entry.number).toMatch(/^PT-2023-\d{3}$/);
    expect(jan.lines).toHaveLength(30);
    const jul = await ok<CollectResult>(await collect('2023-07'));
    expect(jul.lines).toHaveLength(29);
    expect(jul.lines.some((l) => l.memberId === ids.HB29)).toBe(false);
    const g = await grid();
    expect(row(g, 'HB08').cells[0]).toMatchObject({ status: 'paid', amount: 50_000, entryId: jan.entry.id, entryNumber: jan.entry.number });
    expect(g.months[6]).toMatchObject({ due: 29 * 50_000, paid: 29 * 50_000, membersDue: 29, membersPaid: 29 });
    const again = await collect('2023-01', { entryDate: '2023-01-28' });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).message).toBe('month: Không còn đoàn viên nào phải đóng mà chưa đóng quỹ «Quỹ tham quan» tháng 01/2023');
    const opted = await collect('2023-08', { memberIds: [ids.HB29] });
    expect((await errorOf(opted)).message).toMatch(/^memberIds\.0: .+ không phải đóng quỹ «Quỹ tham quan» tháng 08\/2023$/);
  });

  it('reaches 100 % participation when every due month is collected, and a reversal makes the months unpaid again', async () => {
    for (const m of ['02', '03', '04', '05', '06', '08', '09', '10', '11', '12']) {
      await ok(await collect(`2023-${m}`));
    }
    let g = await grid();
    expect(g.totals).toMatchObject({ unpaid: 0, paid: (30 * 12 - 6) * 50_000, membersDue: 30, membersFullyPaid: 30, participationRate: 100 });
    const entryId = row(g, 'HB08').cells[11].entryId!;
    await ok(await t.as(treasurer).send('POST', `/api/orgs/${seed}/finance/entries/${entryId}/reverse`, {
      entryDate: '2023-12-28', reason: 'Ghi nhầm tháng',
    }));
    g = await grid();
    expect(row(g, 'HB08').cells[11]).toMatchObject({ status: 'unpaid', entryId: null });
    // Only the member out of the fund since July has no December to owe.
    expect(g.totals).toMatchObject({ membersFullyPaid: 1, participationRate: 3.3, unpaid: 29 * 50_000 });
    const anew = await ok<CollectResult>(await collect('2023-12', { entryDate: '2023-12-29' }));
    expect(anew.entry.amount).toBe(29 * 50_000);
    expect((await grid()).totals.participationRate).toBe(100);
    const balances = await ok<{ funds: { fundId: number; balance: number }[] }>(await t.as(chair).get(`/api/orgs/${seed}/finance/balances?date=2023-12-31`));
    expect(balances.funds.find((f) => f.fundId === fundId)!.balance).toBe((30 * 12 - 6) * 50_000);
  });

  it('ends or removes an opt-out, and the months become due again', async () => {
    await ok(await t.as(chair).send('POST', `${base()}/opt-outs`, { memberId: ids.HB30, fromMonth: '2022-01', note: 'Ghi nhầm năm' }));
    let g = await grid(2022);
    const wrong = g.optOuts.find((o) => o.memberId === ids.HB30)!;
    expect(wrong).toMatchObject({ fromMonth: '2022-01', toMonth: null });
    await ok(await t.as(treasurer).send('PUT', `${base()}/opt-outs/${wrong.id}`, { fromMonth: '2022-01', toMonth: '2022-12', note: 'Tham gia lại từ 01/2023' }));
    g = await grid(2022);
    expect(g.optOuts.find((o) => o.id === wrong.id)).toMatchObject({ toMonth: '2022-12', note: 'Tham gia lại từ 01/2023' });
    await ok(await t.as(treasurer).send('DELETE', `${base()}/opt-outs/${wrong.id}`));
    expect((await grid(2022)).optOuts.some((o) => o.id === wrong.id)).toBe(false);
    expect((await t.as(treasurer).send('DELETE', `${base()}/opt-outs/${wrong.id}`)).status).toBe(404);
    expect((await t.as('huongbinh.uyvien').send('PUT', `${base()}/opt-outs/${wrong.id}`, { fromMonth: '2022-01' })).status).toBe(403);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'fund_opt_out').where('entity_id', '=', String(wrong.id))
      .orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('changes the monthly amount from a month by the members\' decision: later months cost the new amount, paid months keep theirs', async () => {
    const bad = await t.as(treasurer).send('POST', `${base()}/amounts`, { fromMonth: '2023-01', amount: 60_000, decision: 'Hội nghị đoàn viên' });
    expect((await errorOf(bad)).message).toBe('fromMonth: Mức đóng mới phải áp dụng từ sau tháng mở quỹ (01/2023)');
    await ok(await t.as(treasurer).send('POST', `${base()}/amounts`, { fromMonth: '2024-07', amount: 60_000, decision: 'Nghị quyết hội nghị đoàn viên 20/6/2024' }));
    const g = await grid(2024);
    expect(g.fund.amounts).toEqual([
      { id: null, fromMonth: '2023-01', amount: 50_000, decision: null },
      { id: expect.any(Number), fromMonth: '2024-07', amount: 60_000, decision: 'Nghị quyết hội nghị đoàn viên 20/6/2024' },
    ]);
    expect(g.fund.monthlyAmount).toBe(60_000);
    expect(row(g, 'HB08').cells.map((c) => c.amount)).toEqual([...Array(6).fill(50_000), ...Array(6).fill(60_000)]);
    const jul = await ok<CollectResult>(await collect('2024-07', { memberIds: [ids.HB08] }));
    expect(jul.entry.amount).toBe(60_000);
    // Set again for the same month: replaced, and the 2023 grid is untouched.
    await ok(await t.as(treasurer).send('POST', `${base()}/amounts`, { fromMonth: '2024-07', amount: 55_000, decision: 'Sửa theo biên bản' }));
    const again = await grid(2024);
    expect(again.fund.amounts).toHaveLength(2);
    expect(row(again, 'HB08').cells[6]).toMatchObject({ status: 'paid', amount: 60_000 });
    expect(row(again, 'HB08').cells[7]).toMatchObject({ status: 'unpaid', amount: 55_000 });
    expect((await grid(2023)).fund.monthlyAmount).toBe(50_000);
  });

  it('shows the months not begun yet as upcoming: not owed, not against the participation rate, collectable in advance', async () => {
    const now = todayIso();
    const year = Number(now.slice(0, 4));
    const begun = Number(now.slice(5, 7));
    const g = await grid(year);
    const later = g.members.flatMap((m) => m.cells.slice(begun));
    expect(later.some((c) => c.status === 'unpaid')).toBe(false);
    if (begun < 12) {
      expect(row(g, 'HB08').cells[begun].status).toBe('upcoming');
      expect(row(g, 'HB08').unpaid).toBe(row(g, 'HB08').cells.filter((c) => c.status === 'unpaid').reduce((s, c) => s + c.amount!, 0));
      const month = `${year}-${String(begun + 1).padStart(2, '0')}`;
      const ahead = await ok<CollectResult>(await collect(month, { memberIds: [ids.HB08], entryDate: now }));
      expect(ahead.lines).toEqual([{ memberId: ids.HB08, amount: row(g, 'HB08').cells[begun].amount }]);
    }
  });

  it('refuses a fund that is not a voluntary fund', async () => {
    const res = await t.as(treasurer).send('POST', `/api/orgs/${seed}/finance/funds`, { code: 'quy-khac', name: 'Quỹ khác', kind: 'other', openingOn: '2023-01-01' });
    const other = ((await res.json()) as { id: number }).id;
    const refused = await t.as(treasurer).get(`/api/orgs/${seed}/finance/contributions/${other}/2023`);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toBe('fundId: Quỹ «Quỹ khác» không phải quỹ tự nguyện có mức đóng hằng tháng');
  });
});

describe('a campaign (Quỹ đền ơn đáp nghĩa) in 2023', () => {
  let campaignId: number;
  const campaigns = () => `/api/orgs/${seed}/finance/campaigns`;

  it('collects from the 30 members in one receipt, 100 % participation, and records the hand-over as a payment', async () => {
    campaignId = (await ok<{ id: number }>(await t.as(chair).send('POST', campaigns(), {
      code: 'den-on-dap-nghia-2023', name: 'Quỹ đền ơn đáp nghĩa', launchedOn: '2023-07-01', recipient: 'Ủy ban MTTQ Việt Nam xã Hương Bình',
      suggestedAmount: 100_000, targetAmount: 3_000_000,
    }))).id;
    const before = await ok<CampaignDetail>(await t.as('huongbinh.uyvien').get(`${campaigns()}/${campaignId}`));
    expect(before).toMatchObject({ membersActive: 30, membersContributed: 0, participationRate: 0, collected: 0 });
    const lines = before.members.map((m) => ({ memberId: m.memberId, amount: m.memberId === ids.HB08 ? 200_000 : 100_000 }));
    const first = await ok<CollectResult>(await t.as(treasurer).send('POST', `${campaigns()}/${campaignId}/contributions`, {
      entryDate: '2023-07-20', lines: lines.slice(0, 20),
    }));
    expect(first.entry).toMatchObject({ category: 'campaign', direction: 'receipt', fundId: campaignId, amount: 2_100_000 });
    const listed = async (year: number) => (await ok<{ items: CampaignSummary[] }>(await t.as(chair).get(`${campaigns()}?year=${year}`)))
      .items.filter((c) => c.fundId === campaignId);
    expect((await listed(2023))[0]).toMatchObject({ fundId: campaignId, membersContributed: 20, participationRate: 66.7 });
    await ok(await t.as(chair).send('POST', `${campaigns()}/${campaignId}/contributions`, { entryDate: '2023-07-21', lines: lines.slice(20) }));

    const tooMuch = await t.as(treasurer).send('POST', `${campaigns()}/${campaignId}/handovers`, { entryDate: '2023-07-30', amount: 3_200_000 });
    expect(tooMuch.status).toBe(400);
    expect((await errorOf(tooMuch)).message).toMatch(/^amount: Số tiền chuyển .+ vượt số cuộc vận động còn giữ \(3\.100\.000/);
    const handover = await ok<EntryView>(await t.as(treasurer).send('POST', `${campaigns()}/${campaignId}/handovers`, {
      entryDate: '2023-07-30', amount: 3_100_000, documentRef: 'Biên nhận 12/MTTQ',
    }));
    expect(handover).toMatchObject({ direction: 'payment', category: 'campaign_handover', counterparty: 'Ủy ban MTTQ Việt Nam xã Hương Bình' });
    expect(handover.number).toMatch(/^PC-2023-\d{3}$/);

    expect(await listed(2023)).toMatchObject([{
      fundId: campaignId, membersActive: 30, membersContributed: 30, participationRate: 100, collected: 3_100_000, handedOver: 3_100_000, balance: 0,
    }]);
    expect(await listed(2024)).toEqual([]);
    const detail = await ok<CampaignDetail>(await t.as(chair).get(`${campaigns()}/${campaignId}`));
    expect(detail.members.find((m) => m.memberId === ids.HB08)).toMatchObject({ amount: 200_000, activeOnLaunch: true });
    expect(detail.entries).toHaveLength(3);
  });

  it('names the line of a member from another union or chosen twice, and refuses a contribution before the launch', async () => {
    const url = `${campaigns()}/${campaignId}/contributions`;
    let res = await t.as(treasurer).send('POST', url, { entryDate: '2023-08-01', lines: [{ memberId: ids.MHS010, amount: 50_000 }] });
    expect((await errorOf(res)).message).toBe('lines.0.memberId: Không tìm thấy đoàn viên này trong công đoàn');
    res = await t.as(treasurer).send('POST', url, { entryDate: '2023-08-01', lines: [{ memberId: ids.HB30, amount: 1 }, { memberId: ids.HB30, amount: 1 }] });
    expect((await errorOf(res)).message).toBe('lines.1.memberId: Đoàn viên được chọn hai lần');
    res = await t.as(treasurer).send('POST', url, { entryDate: '2023-06-01', lines: [{ memberId: ids.HB30, amount: 10_000 }] });
    expect((await errorOf(res)).message).toMatch(/^entryDate: /);
    res = await t.as(chair).send('POST', campaigns(), { code: 'den-on-dap-nghia-2023', name: 'Trùng mã', launchedOn: '2023-08-01', recipient: 'MTTQ xã' });
    expect(res.status).toBe(409);
  });

  it('lets a member read their own contributions only', async () => {
    const own = await ok<MyContributionsView>(await t.as('huongbinh.doanvien').get('/api/me/contributions/2023'));
    const mine = own.funds.find((f) => f.fundId === fundId)!;
    expect(mine).toMatchObject({ name: 'Quỹ tham quan', row: { memberId: ids.HB08, due: 600_000, paid: 600_000 } });
    expect(mine.row!.cells).toHaveLength(12);
    expect(own.campaigns.find((c) => c.fundId === campaignId)).toMatchObject({ amount: 200_000 });
    expect((await t.as('huongbinh.doanvien').get(`${base()}/2023`)).status).toBe(403);
    expect((await t.as('huongbinh.doanvien').get(campaigns())).status).toBe(403);
    expect((await t.as(chair).get('/api/me/contributions/2023')).status).toBe(404);
  });

  it('keeps the committee to reading, and another union out', async () => {
    expect((await t.as('huongbinh.uyvien').get(campaigns())).status).toBe(200);
    expect((await t.as('huongbinh.uyvien').send('POST', `${base()}/payments`, { month: '2024-01', entryDate: '2024-01-25' })).status).toBe(403);
    expect((await t.as('huongbinh.uyvien').send('POST', `${campaigns()}/${campaignId}/handovers`, { entryDate: '2023-08-01', amount: 1 })).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(`${base()}/2023`)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(`${campaigns()}/${campaignId}`)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').send('POST', `${campaigns()}/${campaignId}/contributions`, {
      entryDate: '2023-08-01', lines: [{ memberId: ids.MHS010, amount: 1 }],
    })).status).toBe(404);
    // A fund of another union through one's own union: not found.
    const ent = t.orgs.enterprise;
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${ent}/finance/contributions/${fundId}/2023`)).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${ent}/finance/campaigns/${campaignId}`)).status).toBe(404);
  });
});

describe('an ended union', () => {
  it('refuses new collections, opt-outs and campaigns, and still shows its grid', async () => {
    const ent = t.orgs.enterprise;
    const entChair = 'mayhuongson.chutich';
    const res = await t.as(entChair).send('POST', `/api/orgs/${ent}/finance/funds`, {
      code: 'quy-du-lich-he', name: 'Quỹ tham quan', kind: 'voluntary', openingOn: '2026-01-01', monthlyAmount: 30_000,
    });
    const entFund = ((await ok<{ id: number }>(res))).id;
    const end = await t.as('phuong.canbo').send('POST', `/api/orgs/${ent}/end`, {
      on: '2026-03-01', reason: 'dissolved', decisionNumber: '16/QĐ-CĐP', decisionDate: '2026-02-25', decisionIssuer: 'Ban Thường vụ Công đoàn phường Hương Sơn',
    });
    expect(end.status, await end.clone().text()).toBe(200);
    const url = `/api/orgs/${ent}/finance/contributions/${entFund}`;
    for (const refused of [
      await t.as(entChair).send('POST', `${url}/payments`, { month: '2026-01', entryDate: '2026-01-25' }),
      await t.as(entChair).send('POST', `${url}/opt-outs`, { memberId: ids.MHS010, fromMonth: '2026-02' }),
      await t.as(entChair).send('POST', `/api/orgs/${ent}/finance/campaigns`, { code: 'mai-am', name: 'Quỹ Mái ấm Công đoàn', launchedOn: '2026-02-01', recipient: 'LĐLĐ tỉnh' }),
    ]) {
      expect(refused.status).toBe(409);
      expect((await errorOf(refused)).code).toBe('ORG_ENDED');
    }
    const g = await ok<ContributionGrid>(await t.as(entChair).get(`${url}/2026`));
    expect(g.members.find((m) => m.memberId === ids.MHS010)!.cells.map((c) => c.status).slice(0, 4)).toEqual(['unpaid', 'unpaid', 'not_due', 'not_due']);
  });
});
