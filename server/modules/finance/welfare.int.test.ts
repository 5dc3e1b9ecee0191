import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import type { EntryView } from '../../../shared/contracts/finance.contract.ts';
import type {
  BloodDonationYearView, ChildrenTurningView, EligibleChildrenView, MemberWelfareView, NotVisitedView, WelfareEventView, WelfareYearView,
} from '../../../shared/contracts/welfare.contract.ts';

// Chăm lo (issue 12, items 4 and 5): each welfare event written with the ledger payment that funded it, in one
// transaction; children chosen from the records within the union's age limit; the member's own history; the
// "not visited" and "turning 16" lists; blood donations with cumulative counts.

let t: TestApp;
let fundId: number;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  const res = await treasurer().send('POST', `/api/orgs/${t.orgs.seed}/finance/funds`, {
    code: 'kinh-phi', name: 'Kinh phí, đoàn phí', kind: 'union_finance', openingOn: '2023-01-01', openingBalance: 50_000_000,
  });
  expect(res.status, await res.clone().text()).toBe(200);
  fundId = ((await res.json()) as { id: number }).id;
  const rows = await t.handle.db.selectFrom('members').select(['id', 'code']).where('org_id', '=', t.orgs.seed).execute();
  for (const r of rows) {
    ids[r.code] = r.id;
  }
});
afterAll(() => t.close());

const treasurer = () => t.as('huongbinh.ketoan');
const base = (path: string) => `/api/orgs/${t.orgs.seed}/${path}`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const childId = async (fullName: string) =>
  (await t.handle.db.selectFrom('member_children').select('id').where('full_name', '=', fullName).executeTakeFirstOrThrow()).id;
const postEvent = (body: Record<string, unknown>, who = 'huongbinh.ketoan') => t.as(who).send('POST', base('welfare/events'), {
  kind: 'sickness', eventDate: '2026-03-10', description: 'Thăm hỏi đoàn viên ốm', fundId, amount: 500_000,
  beneficiaries: [{ memberId: ids.HB12, amount: 500_000 }], ...body,
});
const give = (code: string, donatedOn: string, who = 'huongbinh.ketoan') =>
  t.as(who).send('POST', base('blood-donations'), { memberId: ids[code], donatedOn, place: 'Bệnh viện Trung ương Huế', volumeMl: 350 });
const created = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as WelfareEventView;
};
/** Rows of the ledger, welfare and audit tables: what a refused request must leave as it was. */
const counts = async () => {
  const n = async (table: 'ledger_entries' | 'welfare_events' | 'welfare_beneficiaries' | 'audit_log') =>
    Number((await t.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { entries: await n('ledger_entries'), events: await n('welfare_events'), lines: await n('welfare_beneficiaries'), audit: await n('audit_log') };
};

describe('a welfare event and its payment', () => {
  it('writes a visit and its phiếu chi together, the payment filed as welfare and naming the one member', async () => {
    const event = await created(await postEvent({ beneficiaries: [{ memberId: ids.HB12, relativeName: 'Dương Văn Lực', relation: 'Bố đẻ', amount: 500_000 }] }));
    expect(event).toMatchObject({ kind: 'sickness', amount: 500_000, entryNumber: 'PC-2026-001', reversed: false, fundName: 'Kinh phí, đoàn phí' });
    expect(event.beneficiaries).toEqual([expect.objectContaining({ memberId: ids.HB12, relativeName: 'Dương Văn Lực', relation: 'Bố đẻ', amount: 500_000 })]);
    const entry = (await (await treasurer().get(base(`finance/entries/${event.entryId}`))).json()) as EntryView;
    expect(entry).toMatchObject({ direction: 'payment', category: 'welfare', amount: 500_000, memberId: ids.HB12, entryDate: '2026-03-10' });
  });

  it('pays a Tết gift to every woman as one payment with one line each, filed as gifts', async () => {
    const women = ['HB04', 'HB06', 'HB09', 'HB13'];
    const event = await created(await postEvent({
      kind: 'womens_day', eventDate: '2026-03-08', description: 'Quà 8/3', amount: 800_000, counterparty: 'Võ Thị Ánh',
      beneficiaries: women.map((c) => ({ memberId: ids[c], amount: 200_000 })),
    }));
    expect(event.beneficiaries).toHaveLength(4);
    expect(event.entryNumber).toBe('PC-2026-002');
    const entry = (await (await treasurer().get(base(`finance/entries/${event.entryId}`))).json()) as EntryView;
    expect(entry).toMatchObject({ category: 'gifts', amount: 800_000, memberId: null, counterparty: 'Võ Thị Ánh' });
  });

  it('writes nothing when the lines do not add up to the payment, a member is of another union, or a man gets an 8/3 gift', async () => {
    const before = await counts();
    let res = await postEvent({ amount: 600_000 });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(`amount: Tổng tiền của 1 người nhận (${formatDong(500_000)}) khác số tiền phiếu chi (${formatDong(600_000)})`);
    const other = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.enterprise).executeTakeFirstOrThrow();
    res = await postEvent({ beneficiaries: [{ memberId: ids.HB12, amount: 200_000 }, { memberId: other.id, amount: 300_000 }] });
    expect((await errorOf(res)).message).toBe('beneficiaries.1.memberId: Không tìm thấy đoàn viên này trong công đoàn');
    res = await postEvent({ kind: 'womens_day', beneficiaries: [{ memberId: ids.HB08, amount: 500_000 }] });
    expect((await errorOf(res)).message).toContain('beneficiaries.0.memberId: Quà 8/3, 20/10 dành cho đoàn viên nữ');
    res = await postEvent({ beneficiaries: [{ memberId: ids.HB12, amount: 250_000 }, { memberId: ids.HB12, amount: 250_000 }] });
    expect((await errorOf(res)).message).toContain('beneficiaries.1: Dương Văn Hải được ghi hai lần');
    // A fund the ledger refuses (another union's id): the payment fails inside the transaction, the event with it.
    res = await postEvent({ fundId: 999_999 });
    expect((await errorOf(res)).message).toContain('fundId:');
    expect(await counts()).toEqual(before);
  });

  it('chooses children from the records within the age limit, computed on the event date, and names a child too old', async () => {
    // Khang (20/05/2014) is 12 on 01/06/2026, Hân 7; a child born 01/03/2010 is 16 and is refused by the default limit.
    const khang = await childId('Đặng Võ Minh Khang');
    const han = await childId('Đặng Võ Ngọc Hân');
    const added = await t.as('huongbinh.chutich').send('POST', base(`members/${ids.HB13}/children`), { fullName: 'Trần Lê Minh Quân', birthDate: '2010-03-01', sex: 'male' });
    expect(added.status, await added.clone().text()).toBe(200);
    const quan = await childId('Trần Lê Minh Quân');
    const before = await counts();
    let res = await postEvent({
      kind: 'childrens_day', eventDate: '2026-06-01', description: 'Quà 1/6', amount: 300_000,
      beneficiaries: [{ memberId: ids.HB06, childId: khang, amount: 100_000 }, { memberId: ids.HB13, childId: quan, amount: 100_000 }, { memberId: ids.HB06, childId: han, amount: 100_000 }],
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('beneficiaries.1.childId: Cháu Trần Lê Minh Quân đã 16 tuổi vào ngày 01/06/2026, quá tuổi được nhận (dưới 16 tuổi)');
    res = await postEvent({ kind: 'mid_autumn', amount: 100_000, beneficiaries: [{ memberId: ids.HB06, amount: 100_000 }] });
    expect((await errorOf(res)).message).toContain('beneficiaries.0.childId: Quà 1/6, Trung thu');
    res = await postEvent({ kind: 'mid_autumn', amount: 100_000, beneficiaries: [{ memberId: ids.HB13, childId: khang, amount: 100_000 }] });
    expect((await errorOf(res)).message).toBe('beneficiaries.0.childId: Không tìm thấy người con này trong hồ sơ của Lê Thị Hà');
    expect(await counts()).toEqual(before);

    // The union lowers its limit to 11: Khang (12) is refused, Hân (7) is not.
    expect((await treasurer().send('PUT', base('welfare/settings'), { childAgeLimit: 11 })).status).toBe(200);
    res = await postEvent({ kind: 'childrens_day', eventDate: '2026-06-01', amount: 100_000, beneficiaries: [{ memberId: ids.HB06, childId: khang, amount: 100_000 }] });
    expect((await errorOf(res)).message).toContain('Cháu Đặng Võ Minh Khang đã 12 tuổi vào ngày 01/06/2026, quá tuổi được nhận (dưới 12 tuổi)');
    const eligible = (await (await treasurer().get(base('welfare/eligible-children?date=2026-06-01'))).json()) as EligibleChildrenView;
    expect(eligible.ageLimit).toBe(11);
    expect(eligible.children.find((c) => c.childId === khang)).toMatchObject({ age: 12, eligible: false });
    expect(eligible.children.find((c) => c.childId === han)).toMatchObject({ age: 7, eligible: true });
    expect((await treasurer().send('PUT', base('welfare/settings'), { childAgeLimit: 15 })).status).toBe(200);

    const event = await created(await postEvent({
      kind: 'study_award', eventDate: '2026-06-01', description: 'Thưởng con đoàn viên học giỏi', amount: 300_000,
      beneficiaries: [{ memberId: ids.HB06, childId: khang, amount: 200_000 }, { memberId: ids.HB06, childId: han, amount: 100_000 }],
    }));
    expect(event.beneficiaries.map((b) => [b.relativeName, b.relation])).toEqual([['Đặng Võ Minh Khang', 'Con'], ['Đặng Võ Ngọc Hân', 'Con']]);
    const entry = (await (await treasurer().get(base(`finance/entries/${event.entryId}`))).json()) as EntryView;
    expect(entry).toMatchObject({ category: 'rewards', memberId: ids.HB06 });
  });

  it('lists the children who turn 16 in a year', async () => {
    const res = await t.as('huongbinh.chutich').get(base('welfare/children-turning?year=2026'));
    const view = (await res.json()) as ChildrenTurningView;
    expect(view.age).toBe(16);
    expect(view.children).toEqual([expect.objectContaining({ fullName: 'Trần Lê Minh Quân', birthday: '2026-03-01', memberName: 'Lê Thị Hà' })]);
    const later = (await (await t.as('huongbinh.chutich').get(base('welfare/children-turning?year=2030'))).json()) as ChildrenTurningView;
    expect(later.children.map((c) => c.fullName)).toEqual(['Đặng Võ Minh Khang']);
  });

  it('lists the year\'s events with payment numbers and totals by kind', async () => {
    const year = (await (await t.as('huongbinh.uyvien').get(base('welfare/events?year=2026'))).json()) as WelfareYearView;
    expect(year.events.map((e) => [e.kind, e.entryNumber])).toEqual([
      ['womens_day', 'PC-2026-002'], ['sickness', 'PC-2026-001'], ['study_award', 'PC-2026-003'],
    ]);
    expect(year.byKind).toContainEqual({ kind: 'womens_day', events: 1, beneficiaries: 4, amount: 800_000 });
  });

  it('lists the members not visited in the year, and drops a visit whose payment was reversed', async () => {
    const notVisited = async () => ((await (await t.as('huongbinh.chutich').get(base('welfare/not-visited?year=2026'))).json()) as NotVisitedView).members;
    let list = await notVisited();
    expect(list.map((m) => m.memberId)).not.toContain(ids.HB12);
    // A gift is not a visit.
    expect(list.map((m) => m.memberId)).toContain(ids.HB04);
    const visit = await created(await postEvent({ kind: 'bereavement', eventDate: '2026-04-02', description: 'Viếng mẹ đoàn viên', amount: 1_000_000,
      beneficiaries: [{ memberId: ids.HB27, relativeName: 'Lê Thị Mơ', relation: 'Mẹ đẻ', amount: 1_000_000 }] }));
    expect((await notVisited()).map((m) => m.memberId)).not.toContain(ids.HB27);
    const reversed = await treasurer().send('POST', base(`finance/entries/${visit.entryId}/reverse`), { entryDate: '2026-04-03', reason: 'Ghi nhầm đoàn viên' });
    expect(reversed.status, await reversed.clone().text()).toBe(200);
    list = await notVisited();
    expect(list.map((m) => m.memberId)).toContain(ids.HB27);
    const year = (await (await treasurer().get(base('welfare/events?year=2026'))).json()) as WelfareYearView;
    expect(year.events.find((e) => e.id === visit.id)!.reversed).toBe(true);
    expect(year.byKind.find((k) => k.kind === 'bereavement')).toBeUndefined();
  });
});

describe('who may do what', () => {
  it('lets the treasurer and the chairperson write, the committee read, and refuses the member and the committee writing', async () => {
    expect((await postEvent({}, 'huongbinh.chutich')).status).toBe(200);
    expect((await postEvent({}, 'huongbinh.uyvien')).status).toBe(403);
    expect((await postEvent({}, 'huongbinh.doanvien')).status).toBe(403);
    expect((await t.as('huongbinh.uyvien').get(base('welfare/events?year=2026'))).status).toBe(200);
    expect((await t.as('huongbinh.doanvien').get(base('welfare/events?year=2026'))).status).toBe(403);
    expect((await t.as('huongbinh.uyvien').send('PUT', base('welfare/settings'), { childAgeLimit: 14 })).status).toBe(403);
  });

  it('shows a member their own history only, on /me and on their page', async () => {
    await created(await postEvent({ eventDate: '2026-05-05', beneficiaries: [{ memberId: ids.HB08, amount: 500_000 }] }));
    const own = (await (await t.as('huongbinh.doanvien').get('/api/me/welfare')).json()) as MemberWelfareView;
    expect(own).toMatchObject({ memberId: ids.HB08, fullName: 'Huỳnh Văn An' });
    // This year's (the demo's 2023 gifts to every member are there too).
    expect(own.welfare.filter((l) => l.eventDate.startsWith('2026'))).toEqual([expect.objectContaining({ kind: 'sickness', eventDate: '2026-05-05', amount: 500_000 })]);
    expect((await t.as('huongbinh.doanvien').get(base(`welfare/members/${ids.HB08}`))).status).toBe(200);
    expect((await t.as('huongbinh.doanvien').get(base(`welfare/members/${ids.HB12}`))).status).toBe(403);
    const page = (await (await t.as('huongbinh.uyvien').get(base(`welfare/members/${ids.HB12}`))).json()) as MemberWelfareView;
    expect(page.welfare.map((l) => l.entryNumber)).toContain('PC-2026-001');
    expect((await t.as('huongbinh.ketoan').get('/api/me/welfare')).status).toBe(404);
  });

  it('hides everything from another union', async () => {
    const other = t.as('mayhuongson.chutich');
    expect((await other.get(base('welfare/events?year=2026'))).status).toBe(404);
    expect((await other.get(base(`welfare/members/${ids.HB12}`))).status).toBe(404);
    expect((await other.get(base('blood-donations?year=2026'))).status).toBe(404);
    expect((await postEvent({}, 'mayhuongson.chutich')).status).toBe(404);
  });
});

describe('blood donations', () => {
  const year = async (y: number) => (await (await t.as('huongbinh.uyvien').get(base(`blood-donations?year=${y}`))).json()) as BloodDonationYearView;

  it('counts donations cumulatively, with those made before records began', async () => {
    const prior = await treasurer().send('PUT', base(`blood-donations/prior-counts/${ids.HB10}`), { count: 14, countedBefore: '2024-01-01', note: 'Theo sổ của Hội Chữ thập đỏ' });
    expect(prior.status, await prior.clone().text()).toBe(200);
    for (const d of ['2024-04-10', '2025-04-12', '2025-10-20']) {
      expect((await give('HB10', d)).status).toBe(200);
    }
    expect((await give('HB12', '2025-04-12')).status).toBe(200);
    const y2024 = await year(2024);
    expect(y2024.donors.find((d) => d.memberId === ids.HB10)).toMatchObject({ priorCount: 14, cumulative: 15 });
    const y2025 = await year(2025);
    expect(y2025.donors.find((d) => d.memberId === ids.HB10)).toMatchObject({ priorCount: 14, cumulative: 17 });
    expect(y2025.donors.find((d) => d.memberId === ids.HB10)!.inYear.map((d) => d.donatedOn)).toEqual(['2025-04-12', '2025-10-20']);
    expect(y2025.donors.find((d) => d.memberId === ids.HB12)).toMatchObject({ priorCount: 0, cumulative: 1 });
    expect(y2025.totals).toEqual({ donations: 3, donors: 2, volumeMl: 1050 });
  });

  it('refuses a donation before the prior count\'s date, twice on a day, and a prior count after a recorded donation', async () => {
    let res = await give('HB10', '2023-12-01');
    expect((await errorOf(res)).message).toBe('donatedOn: Các lần hiến trước ngày 01/01/2024 đã tính trong số lần trước đó (14 lần)');
    res = await give('HB10', '2025-04-12');
    expect(res.status).toBe(409);
    res = await treasurer().send('PUT', base(`blood-donations/prior-counts/${ids.HB12}`), { count: 3, countedBefore: '2026-01-01' });
    expect((await errorOf(res)).message).toContain('countedBefore: Đã ghi một lần hiến ngày 12/04/2025');
    expect((await give('HB12', '2025-06-01', 'huongbinh.uyvien')).status).toBe(403);
  });

  it('shows a member their own donations', async () => {
    expect((await give('HB08', '2025-08-08')).status).toBe(200);
    const own = (await (await t.as('huongbinh.doanvien').get('/api/me/welfare')).json()) as MemberWelfareView;
    expect(own.blood).toMatchObject({ priorCount: 0, total: 1 });
  });
});

describe('an ended union', () => {
  it('refuses new welfare events and donations once the union has ended', async () => {
    const ended = await t.as('tinh.canbo').send('POST', `/api/orgs/${t.orgs.seed}/end`, {
      on: '2026-06-30', reason: 'dissolved', decisionNumber: '1/QĐ', decisionDate: '2026-06-01', decisionIssuer: 'LĐLĐ thành phố Huế',
    });
    expect(ended.status, await ended.clone().text()).toBe(200);
    const before = await counts();
    const res = await postEvent({});
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('ORG_ENDED');
    expect((await give('HB12', '2025-09-01')).status).toBe(409);
    expect((await counts()).entries).toBe(before.entries);
    // What was written stays readable.
    expect((await t.as('huongbinh.chutich').get(base('welfare/events?year=2026'))).status).toBe(200);
  });
});
