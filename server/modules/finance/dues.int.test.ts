import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { DuesGrid, MarkPaidResult, MyDuesView } from '../../../shared/contracts/dues.contract.ts';
import { loadRuleSets } from '../rules/rules.service.ts';
import { todayIso } from '../../../shared/vi/dates.ts';
import { memberMonthDues, monthsOf } from './dues-calc.ts';

// Đoàn phí through the API (issue 12, item 2): the enterprise union's members across the 07/2025 change, the grid,
// "mark a month paid" posting one receipt, a reversal making the months unpaid again, and who may do what.

let t: TestApp;
let ent: number;
let fundId: number;
const ids: Record<string, number> = {};
const treasurer = 'mayhuongson.ketoan';
const chair = 'mayhuongson.chutich';

beforeAll(async () => {
  t = await createTestApp();
  ent = t.orgs.enterprise;
  for (const code of ['MHS001', 'MHS002', 'MHS010', 'HB08']) {
    ids[code] = (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  }
  const res = await t.as(treasurer).send('POST', `/api/orgs/${ent}/finance/funds`, {
    code: 'kinh-phi-doan-phi', name: 'Quỹ kinh phí, đoàn phí', kind: 'union_finance', openingOn: '2025-01-01',
  });
  expect(res.status, await res.clone().text()).toBe(200);
  fundId = ((await res.json()) as { id: number }).id;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${ent}/finance/dues`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const ok = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const grid = async (year: number, who = 'mayhuongson.uyvien') => ok<DuesGrid>(await t.as(who).get(`${base()}/${year}`));
const row = (g: DuesGrid, code: string) => g.members.find((r) => r.memberId === ids[code])!;
const markPaid = (month: string, over: Record<string, unknown> = {}, who = treasurer) =>
  t.as(who).send('POST', `${base()}/payments`, { month, fundId, entryDate: `${month}-25`, ...over });

describe('dues of the enterprise union in 2025', () => {
  beforeAll(async () => {
    // MHS010: 30.000.000 đ salary; MHS002: 10.000.000 đ, on a social-insurance benefit in 09–10/2025; MHS001: no salary, fixed minimum.
    for (const body of [
      { memberId: ids.MHS010, fromMonth: '2025-01', kind: 'insurance_salary', amount: 30_000_000 },
      { memberId: ids.MHS002, fromMonth: '2025-01', kind: 'insurance_salary', amount: 10_000_000 },
      { memberId: ids.MHS001, fromMonth: '2025-01', kind: 'fixed', amount: 0, note: 'Không thuộc diện đóng BHXH bắt buộc' },
    ]) {
      await ok(await t.as(treasurer).send('POST', `${base()}/bases`, body));
    }
    await ok(await t.as(chair).send('POST', `${base()}/exemptions`, {
      memberId: ids.MHS002, fromMonth: '2025-09', toMonth: '2025-10', reason: 'insurance_benefit', note: 'Nghỉ ốm dài ngày',
    }));
  });

  it('shows each month at the rule of its month: 234.000 đ capped to June, 150.000 đ from July, 2.304.000 đ for the year', async () => {
    const g = await grid(2025);
    const r = row(g, 'MHS010');
    expect(r.cells.map((c) => c.amount)).toEqual([...Array(6).fill(234_000), ...Array(6).fill(150_000)]);
    expect(r.cells.every((c) => c.status === 'unpaid')).toBe(true);
    expect(r).toMatchObject({ due: 2_304_000, paid: 0, unpaid: 2_304_000 });
    expect(row(g, 'MHS002').cells.map((c) => c.status).slice(7, 11)).toEqual(['unpaid', 'exempt', 'exempt', 'unpaid']);
    expect(row(g, 'MHS001').cells[6]).toMatchObject({ status: 'unpaid', amount: 11_700 });
    // The demo left these three without a dues base; with the bases above, every member has one.
    expect(g.totals.membersWithoutBase).toBe(0);
    expect(g.months[6]).toMatchObject({ month: '2025-07', orgKind: 'private_enterprise', rule: { ratePercent: { value: 0.5 }, capAmount: 234_000 } });
    expect(g.debtors.find((d) => d.memberId === ids.MHS010)).toMatchObject({ amount: 2_304_000 });
  });

  it('computes the same amounts as the calculator, with the rule sets of the database', async () => {
    const sets = await loadRuleSets(t.handle.db);
    const g = await grid(2025);
    const expected = monthsOf(2025).map((month) => memberMonthDues(sets, {
      month, orgKind: 'private_enterprise', active: true, bases: [{ fromMonth: '2025-01-01', kind: 'insurance_salary', amount: 10_000_000 }],
      exemptions: [{ fromMonth: '2025-09-01', toMonth: '2025-10-01', reason: 'insurance_benefit' }], unionRates: [],
    }));
    expect(row(g, 'MHS002').cells.map((c) => c.amount)).toEqual(expected.map((d) => (d.status === 'due' ? d.amount : null)));
  });

  it('marks a month paid for everyone due with one receipt, and refuses to collect it twice', async () => {
    // The demo collected July for everyone else: only the three members above are still due.
    const before = await grid(2025);
    const paid = await ok<MarkPaidResult>(await markPaid('2025-07'));
    expect(paid.entry).toMatchObject({ direction: 'receipt', category: 'dues', amount: 150_000 + 50_000 + 11_700, fundId, entryDate: '2025-07-25' });
    expect(paid.entry.number).toMatch(/^PT-2025-\d{3}$/);
    expect(paid.lines).toHaveLength(3);
    const g = await grid(2025);
    expect(row(g, 'MHS010').cells[6]).toMatchObject({ status: 'paid', amount: 150_000, entryId: paid.entry.id, entryNumber: paid.entry.number });
    expect(g.months[6]).toMatchObject({
      due: before.months[6].due, paid: before.months[6].paid + 211_700, membersDue: before.months[6].membersDue, membersPaid: before.months[6].membersPaid + 3,
    });
    expect(g.months[6].paid).toBe(g.months[6].due);
    // 70 % of the dues stays with the union (rounded per member and month), the rest goes up.
    expect(g.totals.paid - before.totals.paid).toBe(211_700);
    expect(g.totals.kept - before.totals.kept).toBe(105_000 + 35_000 + 8_190);

    const again = await markPaid('2025-07', { entryDate: '2025-07-28' });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).message).toBe('month: Không còn đoàn viên nào phải nộp mà chưa nộp đoàn phí tháng 07/2025');
  });

  it('marks a month paid for the members listed only, naming a member already paid or not due', async () => {
    const one = await ok<MarkPaidResult>(await markPaid('2025-08', { memberIds: [ids.MHS010] }, chair));
    expect(one.entry).toMatchObject({ amount: 150_000, memberId: ids.MHS010 });
    let res = await markPaid('2025-08', { memberIds: [ids.MHS002, ids.MHS010] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^memberIds\.1: .+ đã nộp đoàn phí tháng 08\/2025 \(PT-2025-\d{3}\)$/);
    res = await markPaid('2025-09', { memberIds: [ids.MHS002] });
    expect((await errorOf(res)).message).toMatch(/^memberIds\.0: .+ không phải nộp đoàn phí tháng 09\/2025$/);
    res = await markPaid('2025-09', { memberIds: [ids.HB08] });
    expect((await errorOf(res)).message).toBe('memberIds.0: Không tìm thấy đoàn viên này trong công đoàn');
    expect(row(await grid(2025), 'MHS002').cells[7].status).toBe('unpaid');
  });

  it('refuses a fund that is not the union\'s own finance', async () => {
    const res = await t.as(treasurer).send('POST', `/api/orgs/${ent}/finance/funds`, {
      code: 'quy-tham-quan', name: 'Quỹ tham quan', kind: 'voluntary', openingOn: '2025-01-01', monthlyAmount: 50_000,
    });
    const other = ((await res.json()) as { id: number }).id;
    const refused = await markPaid('2025-10', { fundId: other });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toContain('fundId: Đoàn phí thu vào quỹ kinh phí, đoàn phí');
  });

  it('makes the months of a reversed receipt unpaid again, and lets them be collected anew', async () => {
    const g = await grid(2025);
    const othersPaid = g.months[6].paid - 211_700;
    const entryId = row(g, 'MHS010').cells[6].entryId!;
    await ok(await t.as(treasurer).send('POST', `/api/orgs/${ent}/finance/entries/${entryId}/reverse`, {
      entryDate: '2025-07-30', reason: 'Ghi nhầm số tiền của tổ',
    }));
    const after = await grid(2025);
    expect(row(after, 'MHS010').cells[6]).toMatchObject({ status: 'unpaid', entryId: null });
    expect(after.months[6]).toMatchObject({ paid: othersPaid, membersPaid: g.months[6].membersPaid - 3 });
    const anew = await ok<MarkPaidResult>(await markPaid('2025-07', { entryDate: '2025-07-31' }));
    expect(anew.entry.amount).toBe(211_700);
    expect(row(await grid(2025), 'MHS010').cells[6]).toMatchObject({ status: 'paid', entryId: anew.entry.id });
  });

  it('shows the months not begun yet as upcoming: not owed, not in the debtors, not against the rates', async () => {
    const now = todayIso();
    const g = await grid(Number(now.slice(0, 4)));
    const begun = Number(now.slice(5, 7));
    const later = g.members.flatMap((m) => m.cells.slice(begun));
    expect(later.some((c) => c.status === 'unpaid')).toBe(false);
    expect(later.length === 0 || later.some((c) => c.status === 'upcoming' || c.status === 'paid')).toBe(true);
    expect(g.debtors.every((d) => d.months.every((m) => m <= now.slice(0, 7)))).toBe(true);
  });

  it('lets a member read their own dues only', async () => {
    const own = await ok<MyDuesView>(await t.as('mayhuongson.doanvien').get('/api/me/dues/2025'));
    expect(own.row).toMatchObject({ memberId: ids.MHS010, due: 2_304_000, paid: 300_000 });
    expect(own.months).toHaveLength(12);
    expect((await t.as('mayhuongson.doanvien').get(`${base()}/2025`)).status).toBe(403);
    expect((await t.as(chair).get('/api/me/dues/2025')).status).toBe(404);
  });

  it('keeps the committee to reading, and another union out', async () => {
    expect((await t.as('mayhuongson.uyvien').send('POST', `${base()}/bases`, {
      memberId: ids.MHS001, fromMonth: '2025-02', kind: 'fixed', amount: 20_000,
    })).status).toBe(403);
    expect((await t.as('mayhuongson.uyvien').send('POST', `${base()}/payments`, { month: '2025-11', fundId, entryDate: '2025-11-25' })).status).toBe(403);
    expect((await t.as('huongbinh.chutich').get(`${base()}/2025`)).status).toBe(404);
    expect((await t.as('huongbinh.ketoan').send('POST', `${base()}/payments`, { month: '2025-11', fundId, entryDate: '2025-11-25' })).status).toBe(404);
    const res = await t.as(treasurer).send('POST', `${base()}/bases`, { memberId: ids.HB08, fromMonth: '2025-01', kind: 'fixed', amount: 0 });
    expect((await errorOf(res)).message).toBe('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  });
});

describe('an exemption ended or corrected', () => {
  it('ends an exemption at its last month, removes one entered by mistake, and the months are due again', async () => {
    await ok(await t.as(chair).send('POST', `${base()}/exemptions`, { memberId: ids.MHS010, fromMonth: '2025-11', reason: 'no_income' }));
    const setup = async () => (await ok<{ exemptions: { id: number; memberId: number; fromMonth: string; toMonth: string | null }[] }>(
      await t.as(chair).get(`${base()}/setup`))).exemptions.filter((e) => e.memberId === ids.MHS010);
    const open = (await setup())[0];
    expect(open).toMatchObject({ fromMonth: '2025-11', toMonth: null });
    expect(row(await grid(2025), 'MHS010').cells.slice(10).map((c) => c.status)).toEqual(['exempt', 'exempt']);
    await ok(await t.as(treasurer).send('PUT', `${base()}/exemptions/${open.id}`, { fromMonth: '2025-11', toMonth: '2025-11', reason: 'no_income' }));
    expect(row(await grid(2025), 'MHS010').cells.slice(10).map((c) => c.status)).toEqual(['exempt', 'unpaid']);
    const backwards = await t.as(treasurer).send('PUT', `${base()}/exemptions/${open.id}`, { fromMonth: '2025-11', toMonth: '2025-10', reason: 'no_income' });
    expect((await errorOf(backwards)).message).toBe('toMonth: Tháng cuối phải từ tháng đầu trở đi');
    await ok(await t.as(treasurer).send('DELETE', `${base()}/exemptions/${open.id}`));
    expect(await setup()).toEqual([]);
    expect(row(await grid(2025), 'MHS010').cells[10].status).toBe('unpaid');
    expect((await t.as(treasurer).send('DELETE', `${base()}/exemptions/${open.id}`)).status).toBe(404);
    expect((await t.as('mayhuongson.uyvien').send('DELETE', `${base()}/exemptions/${open.id}`)).status).toBe(403);
  });
});

describe('the union\'s own higher rate', () => {
  it('applies from its month for an enterprise union, above the rule only', async () => {
    let res = await t.as(chair).send('POST', `${base()}/union-rates`, {
      fromMonth: '2026-01', ratePercent: 0.5, resolutionNumber: '05/NQ-BCH', resolutionDate: '2025-12-20',
    });
    expect((await errorOf(res)).message).toBe('ratePercent: Mức của công đoàn phải cao hơn mức chung (0,5 %)');
    res = await t.as(chair).send('POST', `${base()}/union-rates`, {
      fromMonth: '2026-01', ratePercent: 1, capAmount: 200_000, resolutionNumber: '05/NQ-BCH', resolutionDate: '2025-12-20',
    });
    await ok(res);
    const g = await grid(2026);
    expect(row(g, 'MHS002').cells[0].amount).toBe(100_000);
    expect(row(g, 'MHS010').cells[0].amount).toBe(200_000);
    expect(row(await grid(2025), 'MHS002').cells[11].amount).toBe(50_000);
    const setup = await ok<{ unionRates: { ratePercent: number }[] }>(await t.as('mayhuongson.uyvien').get(`${base()}/setup`));
    expect(setup.unionRates).toMatchObject([{ ratePercent: 1, capAmount: 200_000, resolutionNumber: '05/NQ-BCH' }]);
  });

  it('is refused to an agency union', async () => {
    const res = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${t.orgs.seed}/finance/dues/union-rates`, {
      fromMonth: '2025-01', ratePercent: 2, resolutionNumber: '01/NQ-BCH', resolutionDate: '2024-12-20',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('fromMonth: Chỉ công đoàn cơ sở doanh nghiệp và đơn vị sự nghiệp tự chủ');
  });
});

describe('an agency union (the demo union)', () => {
  it('owes 1 % uncapped to May 2025 and nothing from June 2025', async () => {
    await ok(await t.as('huongbinh.ketoan').send('POST', `/api/orgs/${t.orgs.seed}/finance/dues/bases`, {
      memberId: ids.HB08, fromMonth: '2024-01', kind: 'insurance_salary', amount: 25_000_000,
    }));
    const g = await ok<DuesGrid>(await t.as('huongbinh.uyvien').get(`/api/orgs/${t.orgs.seed}/finance/dues/2025`));
    const r = g.members.find((m) => m.memberId === ids.HB08)!;
    expect(r.cells.map((c) => c.amount)).toEqual([...Array(5).fill(250_000), ...Array(7).fill(null)]);
    expect(r.cells[5].status).toBe('not_due');
  });
});

describe('an ended union', () => {
  it('refuses new dues records and payments, and still shows its grid', async () => {
    const end = await t.as('phuong.canbo').send('POST', `/api/orgs/${ent}/end`, {
      on: '2026-03-01', reason: 'dissolved', decisionNumber: '16/QĐ-CĐP', decisionDate: '2026-02-25', decisionIssuer: 'Ban Thường vụ Công đoàn phường Hương Sơn',
    });
    expect(end.status, await end.clone().text()).toBe(200);
    const res = await markPaid('2026-01');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('ORG_ENDED');
    const g = await grid(2026, chair);
    // Members ended with the union on 01/03/2026: nothing due from March.
    expect(row(g, 'MHS010').cells.map((c) => c.status).slice(0, 4)).toEqual(['unpaid', 'unpaid', 'not_due', 'not_due']);
  });
});
