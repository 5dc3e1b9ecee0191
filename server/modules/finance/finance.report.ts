import { SYSTEM_CALLER } from '../../core/access.ts';
import { formatDongPlain } from '../../../shared/vi/money.ts';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { disclosurePlaceLabels, type LedgerCategory } from '../../../shared/contracts/finance.contract.ts';
import { findCarried, findCategoryTotals, findDisclosuresMade } from './disclosure.repo.ts';
import { computeGridWithMembers } from './dues.service.ts';
import { findFunds } from './ledger.repo.ts';
import { listCampaigns } from './campaigns.service.ts';
import { findPaidLines } from './contributions.repo.ts';
import { getContributionGrid } from './contributions.service.ts';

// Placeholders under taiChinh.* for the annual report (part A.II.3, and the voluntary fund and campaigns of A.I.3), all
// computed from the ledger and the dues grid of the year; reversed entries net out:
//   taiChinh.doanPhi.phaiThu | .daThu | .tyLeSoTien | .tyLeDoanVien | .doanVienNopDu | .doanVienPhaiNop
//   taiChinh.doanPhi.giuLai | .phaiNopCapTren | .daNopCapTren       dues kept (by the rule's share), owed and remitted upward
//   taiChinh.kinhPhi                                                 KPCĐ received
//   taiChinh.quyTuNguyen.ten | .mucDong | .daThu | .tyLe | .tyLeSoTien   the members' voluntary fund (the first with a
//                                                                    monthly amount): members paying every month due, and by amount
//   taiChinh.vanDong.soQuy | .ten | .soTien | .daChuyen | .tyLeThamGia   campaigns launched in the year (lowest participation)
//   taiChinh.nopDayDu.tyLe        members who paid every month of dues due and gave to every campaign of the year
//   taiChinh.thuKhac              other income (the plantation forest's sale)
//   taiChinh.tongThu | .tongChi | .tonCuoiNam                        the year's statement (công khai tài chính), every fund
//   taiChinh.congKhai.soLan | .hinhThuc   statements of the year's periods recorded as made public, and how
//   taiChinh.congKhai.danhGia     "đảm bảo công khai" when every quarter ended by the report's date was made public
// The suggested sentence claims "được công khai" only when a statement was recorded as made public.

const NO_DATA = 'chưa có số liệu';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The quarters of `year` ended before `date` whose statement was not made public by `date` (a statement of a longer
 * period covering the quarter counts). Null when no quarter has ended yet and nothing was made public.
 */
export function quartersNotDisclosed(made: readonly { from: string; to: string; publishedOn: string }[], year: number, date: string): number[] | null {
  const ends = ['03-31', '06-30', '09-30', '12-31'].map((d) => `${year}-${d}`);
  const starts = ['01-01', '04-01', '07-01', '10-01'].map((d) => `${year}-${d}`);
  const ended = [1, 2, 3, 4].filter((q) => ends[q - 1] < date);
  const published = made.filter((m) => m.publishedOn <= date);
  if (ended.length === 0) {
    return published.length > 0 ? [] : null;
  }
  return ended.filter((q) => !published.some((m) => m.from <= starts[q - 1] && m.to >= ends[q - 1]));
}

/** "50.000đ", or with the year's changes: "50.000đ (từ 07/2024: 60.000đ)". */
export function amountsOfYear(amounts: readonly { fromMonth: string; amount: number }[], year: number): string {
  const january = `${year}-01`;
  const first = amounts.filter((a) => a.fromMonth <= january).at(-1) ?? amounts[0];
  const later = amounts.filter((a) => a.fromMonth > first.fromMonth && a.fromMonth.startsWith(`${year}-`));
  const changes = later.map((a) => `từ ${a.fromMonth.slice(5, 7)}/${year}: ${formatDongPlain(a.amount)}đ`);
  return `${formatDongPlain(first.amount)}đ${changes.length > 0 ? ` (${changes.join('; ')})` : ''}`;
}
const percentFigure = (part: number, whole: number, label: string): Figure =>
  (whole === 0 ? { value: NO_DATA, label, format: 'text' } : { value: part / whole, label, format: 'percent' });

export const financeReportSection: SectionProvider = {
  id: 'finance',
  topics: ['dues', 'welfare'],
  async contribute({ db, org, year, date }) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const [{ grid, members }, funds, carried, totals, disclosed, campaigns] = await Promise.all([
      computeGridWithMembers(db, org.id, year), findFunds(db, org.id),
      findCarried(db, org.id, from, to), findCategoryTotals(db, org.id, from, to), findDisclosuresMade(db, org.id, year),
      listCampaigns(db, SYSTEM_CALLER, org.id, year),
    ]);
    const items = [...campaigns.items].sort((a, b) => (a.launchedOn < b.launchedOn ? -1 : a.launchedOn > b.launchedOn ? 1 : a.fundId - b.fundId));
    const sum = (category: LedgerCategory, fundIds?: number[]) =>
      totals.filter((t) => t.category === category && (!fundIds || fundIds.includes(t.fundId))).reduce((s, t) => s + t.amount, 0);
    const figures: Record<string, Figure> = {};
    const money = (key: string, value: number, label: string) => {
      figures[`taiChinh.${key}`] = { value, label, format: 'money' };
    };
    const count = (key: string, value: number, label: string) => {
      figures[`taiChinh.${key}`] = { value, label, format: 'count' };
    };
    const text = (key: string, value: string, label: string) => {
      figures[`taiChinh.${key}`] = { value, label, format: 'text' };
    };

    const t = grid.totals;
    money('doanPhi.phaiThu', t.due, 'Đoàn phí phải thu trong năm');
    money('doanPhi.daThu', t.paid, 'Đoàn phí đã thu');
    figures['taiChinh.doanPhi.tyLeSoTien'] = percentFigure(t.due - t.unpaid, t.due, 'Tỷ lệ thu đoàn phí (theo số tiền)');
    figures['taiChinh.doanPhi.tyLeDoanVien'] = percentFigure(t.membersFullyPaid, t.membersDue, 'Tỷ lệ đoàn viên nộp đủ đoàn phí');
    count('doanPhi.doanVienNopDu', t.membersFullyPaid, 'Đoàn viên nộp đủ đoàn phí cả năm');
    count('doanPhi.doanVienPhaiNop', t.membersDue, 'Đoàn viên phải nộp đoàn phí');
    money('doanPhi.giuLai', t.kept, 'Đoàn phí công đoàn cơ sở được giữ lại');
    money('doanPhi.phaiNopCapTren', t.toRemit, 'Đoàn phí phải nộp cấp trên');
    money('doanPhi.daNopCapTren', sum('remittance'), 'Đã nộp cấp trên trong năm');
    money('kinhPhi', sum('kpcd'), 'Kinh phí công đoàn được cấp, thu trong năm');
    money('thuKhac', sum('other_income'), 'Thu khác (rừng trồng, …)');

    // The members' voluntary fund (the first with a monthly amount) and the campaigns launched in the year, as the
    // contributions module counts them: a member takes part through a line of a standing receipt.
    const voluntary = funds.find((f) => f.kind === 'voluntary' && f.monthlyAmount !== null && f.openingOn <= to && (f.closedOn === null || f.closedOn >= from));
    const [tour, lines] = await Promise.all([
      voluntary ? getContributionGrid(db, SYSTEM_CALLER, org.id, voluntary.id, year) : null, findPaidLines(db, org.id, items.map((c) => c.fundId)),
    ]);
    text('quyTuNguyen.ten', voluntary?.name ?? '', 'Quỹ tự nguyện của đoàn viên');
    text('quyTuNguyen.mucDong', tour ? amountsOfYear(tour.fund.amounts, year) : NO_DATA, 'Mức đóng quỹ tự nguyện mỗi người mỗi tháng');
    money('quyTuNguyen.daThu', tour?.totals.paid ?? 0, 'Quỹ tự nguyện đã thu trong năm');
    figures['taiChinh.quyTuNguyen.tyLe'] = percentFigure(tour?.totals.membersFullyPaid ?? 0, tour?.totals.membersDue ?? 0, 'Tỷ lệ đoàn viên đóng đủ quỹ tự nguyện');
    figures['taiChinh.quyTuNguyen.tyLeSoTien'] = percentFigure((tour?.totals.due ?? 0) - (tour?.totals.unpaid ?? 0), tour?.totals.due ?? 0, 'Tỷ lệ thu quỹ tự nguyện (theo số tiền)');

    count('vanDong.soQuy', items.length, 'Số cuộc vận động trong năm');
    text('vanDong.ten', items.map((c) => c.name).join(', '), 'Các quỹ vận động đóng góp');
    money('vanDong.soTien', items.reduce((s, c) => s + c.collected, 0), 'Tiền đoàn viên đóng góp các cuộc vận động');
    money('vanDong.daChuyen', items.reduce((s, c) => s + c.handedOver, 0), 'Đã chuyển cho các quỹ vận động');
    figures['taiChinh.vanDong.tyLeThamGia'] = items.length === 0
      ? { value: NO_DATA, label: 'Tỷ lệ đoàn viên tham gia (cuộc vận động thấp nhất)', format: 'text' }
      : percentFigure(
        Math.min(...items.map((c) => c.membersContributed / Math.max(1, c.membersActive))), 1, 'Tỷ lệ đoàn viên tham gia (cuộc vận động thấp nhất)',
      );

    // Nộp đầy đủ: every month of dues due paid, and a line in every campaign of the year.
    const gave = items.map((c) => new Set(lines.filter((l) => l.fundId === c.fundId).map((l) => l.memberId)));
    const active = members.filter((m) => m.active.some(Boolean)).map((m) => m.id);
    const rows = new Map(grid.members.map((r) => [r.memberId, r]));
    const full = active.filter((id) => (rows.get(id)?.cells.every((c) => c.status !== 'unpaid') ?? true) && gave.every((g) => g.has(id)));
    const measured = t.membersDue > 0 || items.length > 0;
    figures['taiChinh.nopDayDu.tyLe'] = percentFigure(full.length, measured ? active.length : 0, 'Tỷ lệ đoàn viên nộp đầy đủ đoàn phí và các quỹ vận động');

    const receipts = totals.filter((x) => x.direction === 'receipt').reduce((s, x) => s + x.amount, 0);
    const payments = totals.filter((x) => x.direction === 'payment').reduce((s, x) => s + x.amount, 0);
    money('tongThu', receipts, 'Tổng thu trong năm (mọi quỹ)');
    money('tongChi', payments, 'Tổng chi trong năm (mọi quỹ)');
    money('tonCuoiNam', carried.reduce((s, f) => s + f.opening, 0) + receipts - payments, 'Tồn quỹ cuối năm (mọi quỹ)');

    // Công khai: the statements of the year's periods made public, and how.
    count('congKhai.soLan', disclosed.length, 'Số lần công khai tài chính trong năm');
    const places = [...new Set(disclosed.map((d) => d.place))].map((p) => disclosurePlaceLabels[p]);
    text('congKhai.hinhThuc', places.join(', ') || NO_DATA, 'Hình thức công khai tài chính');
    const missing = quartersNotDisclosed(disclosed, year, date);
    text('congKhai.danhGia', missing === null ? 'chưa được công khai' : missing.length === 0 ? 'đảm bảo công khai'
      : `chưa công khai đầy đủ (${missing.map((q) => `quý ${ROMAN[q - 1]}`).join(', ')} chưa công khai)`, 'Đánh giá công khai tài chính (theo các quý đã qua)');
    const disclosedSentence = disclosed.length > 0
      ? 'công tác thu, chi được công khai {{taiChinh.congKhai.soLan}} lần trong năm ({{taiChinh.congKhai.hinhThuc}}) theo nguyên tắc tài chính.'
      : 'chưa ghi nhận lần công khai tài chính nào trong năm.';

    return {
      figures,
      sentences: {
        dues: [
          `Năm {{nam}}, Công đoàn thu đoàn phí {{taiChinh.doanPhi.daThu}}, đạt {{taiChinh.doanPhi.tyLeSoTien}} số phải thu; {{taiChinh.doanPhi.doanVienNopDu}}/{{taiChinh.doanPhi.doanVienPhaiNop}} đoàn viên ({{taiChinh.doanPhi.tyLeDoanVien}}) nộp đủ đoàn phí; ${
            sum('remittance') > 0 ? 'đã nộp cấp trên {{taiChinh.doanPhi.daNopCapTren}}' : 'chưa nộp đoàn phí về cấp trên'}.`,
          `Tổng thu trong năm {{taiChinh.tongThu}}, tổng chi {{taiChinh.tongChi}}, tồn quỹ cuối năm {{taiChinh.tonCuoiNam}}; ${disclosedSentence}`,
        ],
        welfare: items.length === 0 ? [] : [
          '{{taiChinh.vanDong.tyLeThamGia}} đoàn viên tham gia đóng góp {{taiChinh.vanDong.soQuy}} quỹ vận động ({{taiChinh.vanDong.soTien}}).',
        ],
      },
    };
  },
};
