import type { Db } from '../db/client.ts';
import { welfareCategory, type WelfareKind } from '../../shared/contracts/welfare.contract.ts';
import type { EntryView, LedgerCategory } from '../../shared/contracts/finance.contract.ts';
import { insertCampaign, insertLines } from '../modules/finance/contributions.repo.ts';
import { insertFund } from '../modules/finance/ledger.repo.ts';
import { postEntriesIn } from '../modules/finance/ledger.service.ts';
import { insertEvent } from '../modules/finance/welfare.repo.ts';
import { insertDonation, upsertPriorCount } from '../modules/finance/blood-donations.repo.ts';
import { insertDisclosureMade } from '../modules/finance/disclosure.repo.ts';
import { collectDemoDuesMonth, setDemoBases } from './demo-dues.ts';

// The seed union's money in 2023 (parts A.I.3 and A.II.3 of the seed report), as a treasurer would have entered it:
// the union's own fund (kinh phí, đoàn phí) with dues at 1 % of the social-insurance salary of its 30 members (an
// agency union: uncapped), all twelve months collected; the upper level's share remitted; KPCĐ; the plantation
// forest's sale; the members' tour fund of 50.000 đ a month, fully paid; four campaigns every member gave to, handed
// over; welfare of every kind, each with its payment, holiday support above 5.000.000 đ; blood donations, one member
// past 15. Amounts of dues are computed, never typed; names of counterparties and amounts of welfare are invented.
//
// Voluntary-fund and campaign money goes through the contributions module's records (migration 0019): each receipt
// with one line per member, each campaign with its launch date and recipient.
const YEAR = 2023;
const UPPER = 'LĐLĐ thị xã Hương Trà';

// Hệ số lương (× 100) of HB01…HB30: cán bộ, công chức with their leadership allowance; không chuyên trách on their
// allowance. The social-insurance salary is the coefficient × the base salary (1.490.000 đ, 1.800.000 đ from 07/2023).
const coefficients = [
  452, 498, 467, 421, 410, 333, 365, 300, 267, 386, 334, 412, 300, 267, 441, 465, 300, 378, 345,
  114, 150, 114, 150, 100, 150, 114, 100, 114, 150, 100,
];
const baseSalaries = [{ fromMonth: '2023-01', amount: 1_490_000 }, { fromMonth: '2023-07', amount: 1_800_000 }];

export async function loadHuongBinhFinance2023(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const member = (code: string) => memberIds.get(code)!;
  const codes = coefficients.map((_, i) => `HB${String(i + 1).padStart(2, '0')}`);
  const fund = async (code: string, name: string, kind: 'union_finance' | 'voluntary' | 'campaign', openingBalance: number, monthlyAmount: number | null = null) =>
    insertFund(tx, orgId, { code, name, kind, openingOn: `${YEAR}-01-01`, openingBalance, monthlyAmount });
  const post = (fundId: number, direction: 'receipt' | 'payment', entryDate: string, amount: number, category: LedgerCategory, description: string,
    over: { memberId?: number | null; counterparty?: string | null; documentRef?: string | null; account?: 'cash' | 'bank' } = {}) =>
    postEntriesIn(tx, orgId, null, [{
      fundId, direction, entryDate, amount, category, description, memberId: over.memberId ?? null, counterparty: over.counterparty ?? null,
      documentRef: over.documentRef ?? null, account: over.account ?? 'cash',
    }]);

  const main = await fund('kinh-phi-doan-phi', 'Kinh phí, đoàn phí', 'union_finance', 18_450_000);
  const tour = await fund('quy-tham-quan', 'Quỹ tham quan học tập', 'voluntary', 3_200_000, 50_000);

  // Đoàn phí: bases, then each month collected on the 25th; the upper level's share remitted each half-year.
  await setDemoBases(tx, orgId, codes.flatMap((code, i) => baseSalaries.map((b) => ({
    memberId: member(code), fromMonth: b.fromMonth, amount: (coefficients[i] * b.amount) / 100,
    note: `Hệ số ${(coefficients[i] / 100).toFixed(2).replace('.', ',')} × lương cơ sở`,
  }))));
  let toRemit = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = `${YEAR}-${String(m).padStart(2, '0')}`;
    const collected = await collectDemoDuesMonth(tx, orgId, main, month, `${month}-25`);
    toRemit += collected.total - collected.kept;
    if (m === 6 || m === 12) {
      await post(main, 'payment', m === 6 ? `${YEAR}-06-30` : `${YEAR}-12-27`, toRemit, 'remittance',
        `Nộp phần đoàn phí của công đoàn cấp trên ${m === 6 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${YEAR}`, { counterparty: UPPER, account: 'bank' });
      toRemit = 0;
    }
  }
  // KPCĐ: 2 % of the payroll paid by the agency; the union's 75 % comes back from the upper level each quarter.
  const payroll = (months: number[]) => months.reduce((s, mo) => s + coefficients.reduce((t, c) => t + (c * (mo < 7 ? 1_490_000 : 1_800_000)) / 100, 0), 0);
  for (const [q, months, date] of [['I', [1, 2, 3], '04-20'], ['II', [4, 5, 6], '07-20'], ['III', [7, 8, 9], '10-20'], ['IV', [10, 11, 12], '12-22']] as const) {
    await post(main, 'receipt', `${YEAR}-${date}`, Math.round((payroll([...months]) * 2 * 75) / 10_000), 'kpcd',
      `Cấp trên cấp lại 75 % kinh phí công đoàn quý ${q}/${YEAR}`, { counterparty: UPPER, account: 'bank' });
  }
  // Rừng trồng: care in spring, the acacia sold in the autumn.
  await post(main, 'payment', `${YEAR}-03-20`, 2_000_000, 'other_expense', 'Thuê nhân công phát dọn, chăm sóc rừng trồng của Công đoàn',
    { counterparty: 'Tổ lao động thôn Bình Dương' });
  await post(main, 'receipt', `${YEAR}-10-16`, 14_800_000, 'other_income', 'Bán keo rừng trồng của Công đoàn (2,1 ha)',
    { counterparty: 'Công ty TNHH Lâm sản Hương Trà', account: 'bank' });
  await post(main, 'payment', `${YEAR}-03-24`, 2_500_000, 'activities', 'Tổ chức giải bóng chuyền chào mừng ngày thành lập Đoàn 26/3');
  await post(main, 'payment', `${YEAR}-09-12`, 650_000, 'administration', 'Mua văn phòng phẩm, sổ sách công đoàn');

  // Quỹ tham quan học tập: 50.000 đ a member and month, collected monthly (one receipt, a line per member); the tour in July.
  for (let m = 1; m <= 12; m += 1) {
    const month = String(m).padStart(2, '0');
    const [entry] = await post(tour, 'receipt', `${YEAR}-${month}-25`, 50_000 * codes.length, 'voluntary',
      `Thu quỹ tham quan học tập tháng ${month}/${YEAR} của ${codes.length} đoàn viên`);
    await insertLines(tx, orgId, tour, entry.id, `${YEAR}-${month}-01`, codes.map((code) => ({ memberId: member(code), amount: 50_000 })));
  }
  await post(tour, 'payment', `${YEAR}-07-15`, 16_500_000, 'activities', 'Tổ chức cho đoàn viên tham quan học tập tại Quảng Bình',
    { counterparty: 'Công ty Du lịch Hương Giang' });

  await loadCampaigns(tx, orgId, codes.map(member), fund, post);
  await loadWelfare(tx, orgId, main, member, codes);
  await loadBlood(tx, orgId, member);
  await loadDisclosures(tx, orgId);
}

type Post = (fundId: number, direction: 'receipt' | 'payment', entryDate: string, amount: number, category: LedgerCategory, description: string,
  over?: { memberId?: number | null; counterparty?: string | null }) => Promise<EntryView[]>;

const campaigns = [
  { code: 'quy-den-on-dap-nghia', name: 'Quỹ đền ơn đáp nghĩa', each: 100_000, launched: '07-10', on: '07-18', handedOn: '07-25', to: 'Ủy ban MTTQ Việt Nam xã Hương Bình' },
  { code: 'quy-nan-nhan-da-cam', name: 'Quỹ nạn nhân chất độc da cam', each: 50_000, launched: '08-01', on: '08-08', handedOn: '08-10', to: 'Hội Nạn nhân chất độc da cam/dioxin thị xã Hương Trà' },
  { code: 'quy-mai-am-cong-doan', name: 'Quỹ mái ấm công đoàn', each: 100_000, launched: '09-05', on: '09-20', handedOn: '09-28', to: UPPER },
  { code: 'quy-vi-nguoi-ngheo', name: 'Quỹ vì công nhân lao động nghèo', each: 100_000, launched: '11-01', on: '11-10', handedOn: '11-17', to: 'Ủy ban MTTQ Việt Nam xã Hương Bình' },
];

/** Each campaign: launched, every member's contribution on one receipt (a line each), handed over to its recipient. */
async function loadCampaigns(
  tx: Db, orgId: number, members: number[],
  fund: (code: string, name: string, kind: 'campaign', openingBalance: number) => Promise<number>, post: Post,
): Promise<void> {
  for (const c of campaigns) {
    const id = await fund(c.code, c.name, 'campaign', 0);
    await insertCampaign(tx, orgId, id, { launchedOn: `${YEAR}-${c.launched}`, recipient: c.to, targetAmount: null, suggestedAmount: c.each, note: null });
    const [entry] = await post(id, 'receipt', `${YEAR}-${c.on}`, c.each * members.length, 'campaign', `Thu ủng hộ ${c.name} của ${members.length} đoàn viên`);
    await insertLines(tx, orgId, id, entry.id, null, members.map((memberId) => ({ memberId, amount: c.each })));
    await post(id, 'payment', `${YEAR}-${c.handedOn}`, c.each * members.length, 'campaign_handover', `Chuyển tiền ủng hộ ${c.name} cho ${c.to}`,
      { counterparty: c.to });
  }
}

interface Line { code: string; amount: number; relativeName?: string; relation?: string; child?: string }

async function loadWelfare(tx: Db, orgId: number, fundId: number, member: (code: string) => number, codes: string[]): Promise<void> {
  const children = await tx.selectFrom('member_children').select(['id', 'full_name']).where('org_id', '=', orgId).execute();
  const childId = (name: string) => children.find((c) => c.full_name === name)!.id;
  const women = (await tx.selectFrom('members').select('code').where('org_id', '=', orgId).where('sex', '=', 'female').orderBy('code').execute())
    .map((r) => r.code);
  const kids: Line[] = [
    { code: 'HB06', child: 'Đặng Võ Minh Khang', amount: 100_000 }, { code: 'HB06', child: 'Đặng Võ Ngọc Hân', amount: 100_000 },
    { code: 'HB13', child: 'Trần Lê Bảo Anh', amount: 100_000 },
    { code: 'HB14', child: 'Nguyễn Khánh Linh', amount: 100_000 },
  ];
  const events: { kind: WelfareKind; date: string; description: string; lines: Line[]; counterparty?: string }[] = [
    { kind: 'holiday', date: '01-13', description: 'Quà Tết Quý Mão cho đoàn viên', lines: codes.map((code) => ({ code, amount: 150_000 })) },
    { kind: 'womens_day', date: '03-07', description: 'Tặng quà đoàn viên nữ nhân ngày Quốc tế Phụ nữ 8/3', lines: women.map((code) => ({ code, amount: 100_000 })) },
    { kind: 'sickness', date: '03-14', description: 'Thăm hỏi đồng chí Phạm Văn Nam ốm nằm viện', lines: [{ code: 'HB16', amount: 500_000 }] },
    { kind: 'wedding', date: '04-16', description: 'Mừng đám cưới đồng chí Hà Văn Việt', lines: [{ code: 'HB26', amount: 500_000 }] },
    { kind: 'bereavement', date: '05-09', description: 'Phúng viếng thân mẫu đồng chí Võ Văn Toàn từ trần', lines: [{ code: 'HB23', amount: 500_000, relativeName: 'Lê Thị Mến', relation: 'Mẹ đẻ' }] },
    { kind: 'childrens_day', date: '06-01', description: 'Tặng quà các cháu thiếu nhi con đoàn viên nhân ngày Quốc tế Thiếu nhi 1/6', lines: kids },
    { kind: 'sickness', date: '08-22', description: 'Thăm hỏi thân phụ đồng chí Dương Văn Hải ốm', lines: [{ code: 'HB12', amount: 300_000, relativeName: 'Dương Văn Lực', relation: 'Bố đẻ' }] },
    { kind: 'study_award', date: '08-25', description: 'Khen thưởng con đoàn viên học sinh giỏi năm học 2022 - 2023',
      lines: [{ code: 'HB06', child: 'Đặng Võ Minh Khang', amount: 200_000 }, { code: 'HB13', child: 'Trần Lê Bảo Anh', amount: 200_000 }] },
    { kind: 'holiday', date: '08-30', description: 'Hỗ trợ đoàn viên nhân dịp Quốc khánh 2/9', lines: codes.map((code) => ({ code, amount: 40_000 })) },
    { kind: 'mid_autumn', date: '09-28', description: 'Tặng quà Trung thu cho các cháu con đoàn viên', lines: kids },
    { kind: 'hardship', date: '10-05', description: 'Hỗ trợ đồng chí Nguyễn Văn Xuân có nhà bị hư hỏng do mưa lũ', lines: [{ code: 'HB27', amount: 1_000_000 }] },
    { kind: 'womens_day', date: '10-19', description: 'Tặng quà đoàn viên nữ nhân ngày thành lập Hội LHPN Việt Nam 20/10', lines: women.map((code) => ({ code, amount: 100_000 })) },
  ];
  for (const e of events) {
    const amount = e.lines.reduce((s, l) => s + l.amount, 0);
    const people = new Set(e.lines.map((l) => l.code));
    const [entry] = await postEntriesIn(tx, orgId, null, [{
      fundId, direction: 'payment', entryDate: `${YEAR}-${e.date}`, account: 'cash', amount, category: welfareCategory[e.kind],
      memberId: people.size === 1 ? member(e.lines[0].code) : null, counterparty: e.counterparty ?? null, description: e.description, documentRef: null,
    }]);
    await insertEvent(tx, orgId, { kind: e.kind, eventDate: `${YEAR}-${e.date}`, description: e.description, entryId: entry.id }, null,
      e.lines.map((l) => ({
        memberId: member(l.code), childId: l.child ? childId(l.child) : null, relativeName: l.child ?? l.relativeName ?? null,
        relation: l.child ? 'Con' : l.relation ?? null, amount: l.amount,
      })));
  }
}

// Hiến máu: counts from before 2023 as the union's old book had them, then the year's two drives.
async function loadBlood(tx: Db, orgId: number, member: (code: string) => number): Promise<void> {
  const prior: [string, number][] = [['HB05', 19], ['HB16', 14], ['HB21', 3]];
  for (const [code, count] of prior) {
    await upsertPriorCount(tx, orgId, member(code), { count, countedBefore: `${YEAR}-01-01`, note: 'Theo sổ theo dõi hiến máu của Công đoàn đến hết năm 2022' });
  }
  const drives: [string, string[]][] = [['2023-04-12', ['HB05', 'HB16', 'HB21', 'HB14']], ['2023-11-10', ['HB29', 'HB21']]];
  for (const [donatedOn, codes] of drives) {
    for (const code of codes) {
      await insertDonation(tx, orgId, { memberId: member(code), donatedOn, place: 'Trung tâm Y tế thị xã Hương Trà', volumeMl: 350 }, null);
    }
  }
}

// Công khai tài chính: each quarter's statement on the notice board early the next month, and the half-year's read out
// at the mid-year meeting (the year's own goes to the members' conference in January 2024).
async function loadDisclosures(tx: Db, orgId: number): Promise<void> {
  const made: [string, string, string, 'notice_board' | 'meeting'][] = [
    ['01-01', '03-31', '04-05', 'notice_board'], ['01-01', '06-30', '07-14', 'meeting'], ['04-01', '06-30', '07-05', 'notice_board'],
    ['07-01', '09-30', '10-05', 'notice_board'],
  ];
  for (const [from, to, publishedOn, place] of made) {
    await insertDisclosureMade(tx, orgId, { from: `${YEAR}-${from}`, to: `${YEAR}-${to}`, publishedOn: `${YEAR}-${publishedOn}`, place, note: null }, null);
  }
}
