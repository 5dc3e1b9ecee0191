import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';
import type { DuesGrid } from '../../../shared/contracts/dues.contract.ts';
import type { EntryView } from '../../../shared/contracts/finance.contract.ts';
import type { WelfareYearView } from '../../../shared/contracts/welfare.contract.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';

// Golden test (issue 12, items 7 and 9): the demo union's 2023 annual report says what its ledger says — the seed's
// A.I.3 and A.II.3 sentences with figures computed from the demo's 2023 ledger, dues grid, welfare events and blood
// donations — and a record changed through the API changes the draft.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const chair = () => t.as('huongbinh.chutich');
const treasurer = () => t.as('huongbinh.ketoan');
const api = (path: string) => `/api/orgs/${t.orgs.seed}/${path}`;
const ok = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const draft2023 = async () => ok<AnnualDraftView>(await chair().get(api('reports/annual/2023')));
const section = (d: AnnualDraftView, key: string) => d.sections.find((s) => s.key === key)!.rendered.join('\n');
const figure = (d: AnnualDraftView, key: string) => d.figures[key]?.text;
const docx2023 = async () => {
  const res = await chair().get(api('reports/annual/2023/draft.docx'));
  expect(res.status).toBe(200);
  return paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
};

const campaigns = 'Quỹ đền ơn đáp nghĩa, Quỹ nạn nhân chất độc da cam, Quỹ mái ấm công đoàn, Quỹ vì công nhân lao động nghèo';
const sentences = [
  `thực hiện đầy đủ các khoản đóng góp theo chủ trương của Đảng, Nhà nước phát động như: ${campaigns}... Ngoài ra hàng tháng mỗi đoàn viên tự nguyện tham gia đóng góp quỹ Công đoàn 50.000đ/người/tháng để góp phần xây dựng quỹ tham quan học tập`,
  'Vận động CBCC trong cơ quan tham gia hiến máu nhân đạo hàng năm, có những đoàn viên tham gia hiến máu nhân đạo đến nay từ 15 đến 20 lần.',
  'Hỗ trợ về vật chất cũng như tinh thần cho CBCC trong các ngày lễ, tết với số tiền trên 5.000.000 đồng.',
];
const duesSentence = 'Công đoàn đã thực hiện tốt việc thu, chi đoàn phí, 100% đoàn viên nộp đầy đủ các loại quỹ do cấp trên phát động, công tác thu, chi đảm bảo công khai theo nguyên tắc tài chính.';

describe('the demo union\'s 2023 report, from its ledger', () => {
  it('writes the seed\'s finance and welfare sentences with figures computed from the records', async () => {
    const d = await draft2023();
    expect(d.errors).toEqual([]);
    const a13 = section(d, 'A.I.3');
    for (const s of sentences) {
      expect(a13).toContain(s);
    }
    expect(section(d, 'A.II.3')).toContain(duesSentence);

    // Dues: 30 members, every month of 2023 paid at 1 % of their salary; the upper level's share remitted.
    const grid = await ok<DuesGrid>(await treasurer().get(api('finance/dues/2023')));
    expect(grid.totals).toMatchObject({ membersDue: 30, membersFullyPaid: 30, unpaid: 0, membersWithoutBase: 0 });
    expect(grid.months.map((m) => m.rule.ratePercent?.value)).toEqual(Array(12).fill(1));
    expect(grid.months.every((m) => m.rule.capAmount === null)).toBe(true);
    expect(figure(d, 'taiChinh.doanPhi.tyLeDoanVien')).toBe('100%');
    expect(figure(d, 'taiChinh.doanPhi.tyLeSoTien')).toBe('100%');
    expect(figure(d, 'taiChinh.doanPhi.daThu')).toBe(formatDong(grid.totals.paid));
    expect(figure(d, 'taiChinh.doanPhi.giuLai')).toBe(formatDong(grid.totals.kept));
    expect(figure(d, 'taiChinh.doanPhi.daNopCapTren')).toBe(formatDong(grid.totals.toRemit));
    const entries = (await ok<{ items: EntryView[] }>(await treasurer().get(api('finance/entries?from=2023-01-01&to=2023-12-31')))).items;
    const dues = entries.filter((e) => e.category === 'dues');
    expect(dues).toHaveLength(12);
    expect(dues.reduce((s, e) => s + e.amount, 0)).toBe(grid.totals.paid);

    // The tour fund fully paid, four campaigns with every member, the forest's sale.
    expect(figure(d, 'taiChinh.quyTuNguyen.tyLe')).toBe('100%');
    expect(figure(d, 'taiChinh.quyTuNguyen.daThu')).toBe(formatDong(50_000 * 30 * 12));
    expect(figure(d, 'taiChinh.vanDong.soQuy')).toBe('04');
    expect(figure(d, 'taiChinh.vanDong.tyLeThamGia')).toBe('100%');
    expect(figure(d, 'taiChinh.vanDong.daChuyen')).toBe(figure(d, 'taiChinh.vanDong.soTien'));
    expect(figure(d, 'taiChinh.thuKhac')).toBe(formatDong(14_800_000));

    // Welfare of every kind, each with its payment; holiday support is the sum of the holiday payments.
    const welfare = await ok<WelfareYearView>(await treasurer().get(api('welfare/events?year=2023')));
    const kinds = new Set(welfare.byKind.map((k) => k.kind));
    for (const kind of ['sickness', 'bereavement', 'hardship', 'wedding', 'holiday', 'womens_day', 'childrens_day', 'mid_autumn', 'study_award'] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    const holiday = welfare.byKind.find((k) => k.kind === 'holiday')!.amount;
    expect(holiday).toBeGreaterThan(5_000_000);
    expect(figure(d, 'chamLo.leTet.soTien')).toBe(formatDong(holiday));
    const paidOut = entries.filter((e) => welfare.events.some((w) => w.entryId === e.id));
    expect(paidOut).toHaveLength(welfare.events.length);
    expect(figure(d, 'chamLo.quaPhuNu.soNguoi')).toBe('07');
    expect(figure(d, 'chamLo.conDoanVien.soChau')).toBe('04');
    expect(figure(d, 'chamLo.hienMau.caoNhat')).toBe('20');
    expect(figure(d, 'chamLo.hienMau.tu15')).toBe('02');
  });

  it('prints the same sentences in the .docx', async () => {
    const text = await docx2023();
    for (const s of [...sentences, duesSentence]) {
      expect(text).toContain(s);
    }
  });

  it('changes the draft when a dues receipt and the Tết gift are reversed through the API', async () => {
    const entries = (await ok<{ items: EntryView[] }>(await treasurer().get(api('finance/entries?from=2023-03-01&to=2023-03-31')))).items;
    const march = entries.find((e) => e.category === 'dues')!;
    await ok(await treasurer().send('POST', api(`finance/entries/${march.id}/reverse`), { entryDate: '2023-12-28', reason: 'Thu nhầm tháng, thu lại' }));
    let d = await draft2023();
    expect(figure(d, 'taiChinh.doanPhi.tyLeDoanVien')).toBe('0%');
    expect(figure(d, 'taiChinh.doanPhi.tyLeSoTien')).not.toBe('100%');
    expect(section(d, 'A.II.3')).toContain('Công đoàn đã thực hiện tốt việc thu, chi đoàn phí, 0% đoàn viên nộp đầy đủ');
    expect(await docx2023()).toContain('0% đoàn viên nộp đầy đủ');

    const tet = (await ok<WelfareYearView>(await treasurer().get(api('welfare/events?year=2023')))).events.find((e) => e.kind === 'holiday')!;
    await ok(await treasurer().send('POST', api(`finance/entries/${tet.entryId}/reverse`), { entryDate: '2023-12-28', reason: 'Ghi nhầm quỹ chi quà Tết' }));
    d = await draft2023();
    expect(section(d, 'A.I.3')).toContain('trong các ngày lễ, tết với số tiền trên 1.000.000 đồng.');
    expect(figure(d, 'chamLo.leTet.soLan')).toBe('01');
  });
});
