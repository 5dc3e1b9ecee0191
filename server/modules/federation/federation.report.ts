import { formatPercent, padCount } from '../../../shared/vi/numbers.ts';
import type { RollupTotals, SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import type { Figure, ReportTopic, SectionProvider } from '../reports/engine/section-provider.ts';
import { listKinds } from '../orgs/orgs.service.ts';
import { rollupOf } from './federation.service.ts';

// Placeholders of an upper level's annual report (templates/federation.template.ts), from the roll-up of the grassroots
// unions below it in the tree of the report's date, for the report's year (rollupOf: the same figures as the
// federation page). Only an upper level gets them; a grassroots union's report has none.
//   tongHop.congDoanCoSo            unions counted              tongHop.congDoanCoSo.<kind>  per kind (privateEnterprise …)
//   tongHop.theoLoaiHinh            the unions per kind, as text tongHop.congDoanDoanhNghiep  unions in enterprises, cooperatives
//   tongHop.doanVien / .doanVienNu / .tyLeNu                     members, women, their share
//   tongHop.laoDong / .donViCoSoLieuLaoDong / .doanVienCoSoLieuLaoDong / .tyLeBaoPhu
//                                   workers of the unions that recorded them, how many did, their members, members ÷ workers
//   tongHop.dangKyThiDua / .datDanhHieu / .tyLeDat                titles registered, achieved, achieved ÷ registered
//   tongHop.xepLoai.<htxsnv|httnv|htnv|khtnv|chuaXepLoai>        unions per classification; tongHop.xepLoai as text
//   tongHop.doanPhiPhaiThu / .doanPhiDaThu / .tyLeThuDoanPhi / .nopCapTren   dues owed, collected, rate, remitted upward
//   tongHop.phucLoi                 welfare paid out             tongHop.thoaUocCoHieuLuc / .doiThoai  agreements in force, dialogues
//   tongHop.baoCao.<daNop|daHoanThanh|dangSoan|chuaLap|traLai|chuaNop>  annual reports per state; tongHop.donViChuaNop names
//   tongHop.soDonViBaoPhuThap / .donViBaoPhuThap                 unions whose members are under half their workers
// Sentences per roll-up topic say only what the records hold; limitations are offered as suggestions.

/** Editorial, not a legal threshold: below half of its workers as members, a union's coverage is called low. */
const LOW_COVERAGE = 0.5;
const ENTERPRISE_KINDS = new Set(['state_enterprise', 'private_enterprise', 'fdi_enterprise', 'cooperative']);
const GRADES = [
  ['htxsnv', 'hoàn thành xuất sắc nhiệm vụ'], ['httnv', 'hoàn thành tốt nhiệm vụ'], ['htnv', 'hoàn thành nhiệm vụ'],
  ['khtnv', 'không hoàn thành nhiệm vụ'], ['none', 'chưa được xếp loại'],
] as const;
const gradeKey = (g: string) => (g === 'none' ? 'chuaXepLoai' : g);
const camel = (code: string) => code.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase());
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

const count = (value: number, label: string): Figure => ({ value, label, format: 'count' });
const money = (value: number, label: string): Figure => ({ value, label, format: 'money' });
const percent = (value: number, label: string): Figure => ({ value, label, format: 'percent' });
const text = (value: string, label: string): Figure => ({ value, label, format: 'text' });

export const federationReportSection: SectionProvider = {
  id: 'federation',
  topics: ['rollupUnions', 'rollupEmulation', 'rollupClassification', 'rollupFinance', 'rollupWelfare', 'rollupEnterprise', 'rollupReports',
    'rollupLimitations'],
  async contribute({ db, org, year, date }) {
    if (!org.isUpperLevel) {
      return { figures: {}, sentences: {} };
    }
    const [view, kinds] = await Promise.all([rollupOf(db, org.id, date, year), listKinds(db)]);
    const kindNames = new Map(kinds.map((k) => [k.code as string, k.name]));
    return { figures: figuresOf(view, kindNames), sentences: sentencesOf(view.totals), suggestions: { rollupLimitations: limitationsOf(view) } };
  },
};

function unionsOf(view: SubordinatesView) {
  return view.rows.filter((r) => !r.isUpperLevel);
}

function figuresOf(view: SubordinatesView, kindNames: ReadonlyMap<string, string>): Record<string, Figure> {
  const t = view.totals;
  const unions = unionsOf(view);
  const low = lowCoverage(view);
  const notSubmitted = unions.filter((u) => u.report?.state !== 'submitted');
  const reports = (state: string) => t.reports[state] ?? 0;
  const kindsText = Object.entries(view.byKind)
    .sort(([, a], [, b]) => b.unions - a.unions)
    .map(([kind, k]) => `${padCount(k.unions)} ${kind === 'professional_union' ? 'nghiệp đoàn' : `công đoàn cơ sở ${lowerFirst(kindNames.get(kind) ?? kind)}`}`)
    .join(', ');
  const figures: Record<string, Figure> = {
    'tongHop.congDoanCoSo': count(t.unions, 'Số công đoàn cơ sở trực thuộc (mọi cấp)'),
    'tongHop.theoLoaiHinh': text(kindsText, 'Công đoàn cơ sở theo loại hình'),
    'tongHop.congDoanDoanhNghiep': count(
      Object.entries(view.byKind).filter(([kind]) => ENTERPRISE_KINDS.has(kind)).reduce((s, [, k]) => s + k.unions, 0),
      'Số công đoàn cơ sở doanh nghiệp, hợp tác xã'),
    'tongHop.doanVien': count(t.members, 'Tổng số đoàn viên các công đoàn cơ sở'),
    'tongHop.doanVienNu': count(t.women, 'Số đoàn viên nữ'),
    'tongHop.tyLeNu': percent(ratio(t.women, t.members), 'Tỷ lệ đoàn viên nữ'),
    'tongHop.laoDong': count(t.employees, 'Tổng số lao động (các đơn vị có số liệu lao động)'),
    'tongHop.donViCoSoLieuLaoDong': count(t.unionsWithWorkforce, 'Số công đoàn cơ sở có số liệu lao động'),
    'tongHop.doanVienCoSoLieuLaoDong': count(t.membersWithWorkforce, 'Số đoàn viên của các đơn vị có số liệu lao động'),
    'tongHop.tyLeBaoPhu': percent(ratio(t.membersWithWorkforce, t.employees), 'Tỷ lệ đoàn viên trên tổng số lao động'),
    'tongHop.dangKyThiDua': count(t.titlesRegistered, 'Số danh hiệu thi đua đăng ký'),
    'tongHop.datDanhHieu': count(t.titlesAchieved, 'Số danh hiệu thi đua được công nhận'),
    'tongHop.tyLeDat': percent(ratio(t.titlesAchieved, t.titlesRegistered), 'Tỷ lệ danh hiệu được công nhận trên số đăng ký'),
    'tongHop.xepLoai': text(classificationText(t), 'Xếp loại công đoàn cơ sở'),
    'tongHop.doanPhiPhaiThu': money(t.duesExpected, 'Đoàn phí phải thu'),
    'tongHop.doanPhiDaThu': money(t.duesCollected, 'Đoàn phí đã thu'),
    'tongHop.tyLeThuDoanPhi': percent(ratio(t.duesCollected, t.duesExpected), 'Tỷ lệ thu đoàn phí'),
    'tongHop.nopCapTren': money(t.remitted, 'Kinh phí, đoàn phí đã nộp công đoàn cấp trên'),
    'tongHop.phucLoi': money(t.welfareSpent, 'Chi thăm hỏi, trợ cấp, hỗ trợ đoàn viên'),
    'tongHop.thoaUocCoHieuLuc': count(t.agreementsInForce, 'Số đơn vị có thỏa ước lao động tập thể còn hiệu lực'),
    'tongHop.doiThoai': count(t.dialoguesHeld, 'Số cuộc đối thoại tại nơi làm việc'),
    'tongHop.baoCao.daNop': count(reports('submitted'), 'Số đơn vị đã gửi báo cáo tổng kết'),
    'tongHop.baoCao.daHoanThanh': count(reports('finalised'), 'Số đơn vị đã hoàn thành, chưa gửi báo cáo'),
    'tongHop.baoCao.dangSoan': count(reports('draft'), 'Số đơn vị đang soạn báo cáo'),
    'tongHop.baoCao.chuaLap': count(reports('not_started'), 'Số đơn vị chưa lập báo cáo'),
    'tongHop.baoCao.traLai': count(reports('returned'), 'Số báo cáo trả lại để sửa'),
    'tongHop.baoCao.chuaNop': count(notSubmitted.length, 'Số đơn vị chưa gửi báo cáo tổng kết'),
    'tongHop.donViChuaNop': text(notSubmitted.map((u) => u.name).join('; '), 'Các đơn vị chưa gửi báo cáo tổng kết'),
    'tongHop.soDonViBaoPhuThap': count(low.length, `Số đơn vị có dưới ${formatPercent(LOW_COVERAGE, 0)} lao động là đoàn viên`),
    'tongHop.donViBaoPhuThap': text(low.map((u) => u.name).join('; '), `Các đơn vị có dưới ${formatPercent(LOW_COVERAGE, 0)} lao động là đoàn viên`),
  };
  for (const [grade, meaning] of GRADES) {
    figures[`tongHop.xepLoai.${gradeKey(grade)}`] = count(t.classifications[grade] ?? 0, `Số công đoàn cơ sở ${meaning}`);
  }
  for (const [kind, k] of Object.entries(view.byKind)) {
    figures[`tongHop.congDoanCoSo.${camel(kind)}`] = count(k.unions, `Số công đoàn cơ sở: ${kindNames.get(kind) ?? kind}`);
  }
  return figures;
}

function lowCoverage(view: SubordinatesView) {
  return unionsOf(view).filter((u) => u.figures.employees !== null && u.figures.employees > 0 && u.members / u.figures.employees < LOW_COVERAGE);
}

/** "01 đơn vị hoàn thành xuất sắc nhiệm vụ, 01 đơn vị chưa được xếp loại": the grades that occur, best first. */
function classificationText(t: RollupTotals): string {
  return GRADES.filter(([g]) => (t.classifications[g] ?? 0) > 0).map(([g, meaning]) => `${padCount(t.classifications[g])} đơn vị ${meaning}`).join(', ');
}

function sentencesOf(t: RollupTotals): Partial<Record<ReportTopic, string[]>> {
  if (t.unions === 0) {
    return { rollupUnions: ['Hiện nay, {{tenVietTat}} chưa có công đoàn cơ sở trực thuộc.'] };
  }
  const graded = GRADES.filter(([g]) => g !== 'none' && (t.classifications[g] ?? 0) > 0);
  return {
    rollupUnions: [
      'Hiện nay, {{tenVietTat}} có {{tongHop.congDoanCoSo}} công đoàn cơ sở trực thuộc ({{tongHop.theoLoaiHinh}}), với tổng số {{tongHop.doanVien}} đoàn viên, trong đó nữ {{tongHop.doanVienNu}} đoàn viên, chiếm {{tongHop.tyLeNu}}.',
      t.unionsWithWorkforce === 0
        ? 'Các công đoàn cơ sở chưa cập nhật số liệu lao động tại đơn vị.'
        : 'Tại {{tongHop.donViCoSoLieuLaoDong}} đơn vị có số liệu lao động, tổng số lao động là {{tongHop.laoDong}} người, trong đó {{tongHop.doanVienCoSoLieuLaoDong}} người là đoàn viên công đoàn, đạt tỷ lệ {{tongHop.tyLeBaoPhu}}.',
    ],
    rollupEmulation: [t.titlesRegistered === 0
      ? 'Năm {{nam}}, các công đoàn cơ sở chưa đăng ký danh hiệu thi đua.'
      : t.titlesAchieved === 0
        ? 'Năm {{nam}}, các công đoàn cơ sở đăng ký {{tongHop.dangKyThiDua}} danh hiệu thi đua; chưa có quyết định công nhận danh hiệu nào.'
        : 'Năm {{nam}}, các công đoàn cơ sở đăng ký {{tongHop.dangKyThiDua}} danh hiệu thi đua; đã có quyết định công nhận {{tongHop.datDanhHieu}} danh hiệu, đạt {{tongHop.tyLeDat}} số đăng ký.'],
    rollupClassification: [graded.length === 0
      ? 'Năm {{nam}}, chưa có công đoàn cơ sở nào được đánh giá, xếp loại.'
      : 'Kết quả đánh giá, xếp loại công đoàn cơ sở năm {{nam}}: {{tongHop.xepLoai}}.'],
    rollupFinance: [
      t.duesExpected === 0
        ? 'Năm {{nam}}, các công đoàn cơ sở đã thu đoàn phí công đoàn {{tongHop.doanPhiDaThu}}.'
        : 'Năm {{nam}}, các công đoàn cơ sở đã thu đoàn phí công đoàn {{tongHop.doanPhiDaThu}} trên số phải thu {{tongHop.doanPhiPhaiThu}}, đạt {{tongHop.tyLeThuDoanPhi}}.',
      t.remitted === 0
        ? 'Các công đoàn cơ sở chưa nộp đoàn phí, kinh phí về công đoàn cấp trên.'
        : 'Các công đoàn cơ sở đã nộp về công đoàn cấp trên {{tongHop.nopCapTren}}.',
    ],
    rollupWelfare: [t.welfareSpent === 0
      ? 'Năm {{nam}}, các công đoàn cơ sở chưa ghi nhận khoản chi thăm hỏi, trợ cấp đoàn viên nào.'
      : 'Năm {{nam}}, các công đoàn cơ sở đã chi thăm hỏi, trợ cấp, hỗ trợ đoàn viên và người lao động với tổng số tiền {{tongHop.phucLoi}}.'],
    rollupEnterprise: [
      t.agreementsInForce === 0
        ? 'Chưa có công đoàn cơ sở nào có thỏa ước lao động tập thể còn hiệu lực.'
        : 'Có {{tongHop.thoaUocCoHieuLuc}} công đoàn cơ sở có thỏa ước lao động tập thể còn hiệu lực (trong {{tongHop.congDoanDoanhNghiep}} công đoàn cơ sở doanh nghiệp, hợp tác xã).',
      t.dialoguesHeld === 0
        ? 'Năm {{nam}}, các công đoàn cơ sở chưa ghi nhận cuộc đối thoại tại nơi làm việc nào.'
        : 'Năm {{nam}}, các công đoàn cơ sở đã phối hợp tổ chức {{tongHop.doiThoai}} cuộc đối thoại tại nơi làm việc.',
    ],
    rollupReports: [reportsSentence(t)],
  };
}

function reportsSentence(t: RollupTotals): string {
  const submitted = t.reports.submitted ?? 0;
  if (submitted === t.unions) {
    return '{{tenVietTat}} đã nhận đủ báo cáo tổng kết năm {{nam}} của {{tongHop.congDoanCoSo}} công đoàn cơ sở.';
  }
  return submitted === 0
    ? '{{tenVietTat}} chưa nhận được báo cáo tổng kết năm {{nam}} của công đoàn cơ sở nào ({{tongHop.baoCao.chuaNop}} đơn vị chưa gửi).'
    : '{{tenVietTat}} đã nhận báo cáo tổng kết năm {{nam}} của {{tongHop.baoCao.daNop}} công đoàn cơ sở; {{tongHop.baoCao.chuaNop}} công đoàn cơ sở chưa gửi báo cáo.';
}

function limitationsOf(view: SubordinatesView): string[] {
  const t = view.totals;
  const notSubmitted = unionsOf(view).filter((u) => u.report?.state !== 'submitted').length;
  return [
    notSubmitted === 0 ? null : '- Còn {{tongHop.baoCao.chuaNop}} công đoàn cơ sở chưa gửi báo cáo tổng kết năm {{nam}}: {{tongHop.donViChuaNop}}.',
    lowCoverage(view).length === 0 ? null
      : '- Tỷ lệ đoàn viên trên tổng số lao động còn thấp tại {{tongHop.soDonViBaoPhuThap}} đơn vị: {{tongHop.donViBaoPhuThap}}.',
    t.duesExpected > 0 && t.duesCollected < t.duesExpected ? '- Tỷ lệ thu đoàn phí công đoàn mới đạt {{tongHop.tyLeThuDoanPhi}} số phải thu.' : null,
    (t.classifications.none ?? 0) > 0 ? '- Còn {{tongHop.xepLoai.chuaXepLoai}} công đoàn cơ sở chưa được đánh giá, xếp loại năm {{nam}}.' : null,
  ].filter((s) => s !== null);
}
