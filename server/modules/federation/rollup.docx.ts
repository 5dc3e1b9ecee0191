import { formatDong, formatDongPlain } from '../../../shared/vi/money.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatPercent, padCount } from '../../../shared/vi/numbers.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import type { OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block } from '../reports/document/model.ts';
import { rollupLines } from './rollup-table.ts';

// Báo cáo tổng hợp of an upper level, in the official format of the one .docx toolkit: the upper body and the issuer,
// the number line, place and date, "BÁO CÁO TỔNG HỢP …", a few sentences of the totals, a table of the unions (the
// main figures; the workbook has them all) with subtotals and the total, Nơi nhận and the signature.

const CONFEDERATION = 'Tổng Liên đoàn Lao động Việt Nam';
const plain = (n: number | string | null) => (n === null ? '' : typeof n === 'number' ? formatDongPlain(n) : n);

function totalsSentences(view: SubordinatesView, org: OrgView): string[] {
  const t = view.totals;
  const share = (part: number, whole: number) => (whole === 0 ? null : formatPercent(part / whole));
  // Coverage over the unions that recorded their workforce only.
  const coverage = share(t.membersWithWorkforce, t.employees);
  const collected = share(t.duesCollected, t.duesExpected);
  const classified = Object.entries(t.classifications).filter(([g]) => g !== 'none');
  const submitted = t.reports.submitted ?? 0;
  return [
    `Đến ngày ${formatDateVi(view.asOf)}, ${org.name} có ${padCount(t.unions)} công đoàn cơ sở trực thuộc với ${plain(t.members)} đoàn viên, trong đó nữ ${plain(t.women)} đồng chí`
      + (coverage === null ? '.' : `; ${padCount(t.unionsWithWorkforce)} đơn vị có số liệu lao động với ${plain(t.employees)} người lao động, tỷ lệ đoàn viên trên số lao động ở các đơn vị này ${coverage}.`),
    `Năm ${view.year}, các công đoàn cơ sở đăng ký ${plain(t.titlesRegistered)} danh hiệu thi đua, ${plain(t.titlesAchieved)} danh hiệu được công nhận`
      + (classified.length === 0 ? '; chưa có công đoàn cơ sở được xếp loại.'
        : `; ${padCount(classified.reduce((s, [, n]) => s + n, 0))} công đoàn cơ sở được xếp loại (${classified.map(([g, n]) => `${g.toUpperCase()}: ${padCount(n)}`).join(', ')}).`),
    `Đoàn phí phải thu ${formatDong(t.duesExpected)}, đã thu ${formatDong(t.duesCollected)}${collected === null ? '' : ` (đạt ${collected})`}; đã nộp cấp trên ${formatDong(t.remitted)}. `
      + `Chi chăm lo đoàn viên ${formatDong(t.welfareSpent)}.`,
    `${padCount(t.agreementsInForce)} công đoàn cơ sở có thỏa ước lao động tập thể còn hiệu lực; tổ chức ${plain(t.dialoguesHeld)} cuộc đối thoại tại nơi làm việc. `
      + `${padCount(submitted)}/${padCount(t.unions)} công đoàn cơ sở đã gửi báo cáo năm ${view.year}.`,
  ];
}

/** Columns of the printed table: TT, name, then these of the workbook's (by header). */
const printed = ['Đoàn viên', 'Nữ', 'Lao động', 'Đạt danh hiệu thi đua', 'Đoàn phí đã thu (đồng)', 'Đã nộp cấp trên (đồng)', 'Chi chăm lo đoàn viên (đồng)', 'Báo cáo năm'];

export async function writeRollupDocx(view: SubordinatesView, org: OrgView, upperBody: string | null, columnHeaders: readonly string[]): Promise<Buffer> {
  const picked = printed.map((h) => columnHeaders.indexOf(h) + 2);
  const lines = rollupLines(view);
  const widths = [5, 27, 8, 7, 8, 8, 11, 10, 10, 6];
  const blocks: Block[] = [
    { kind: 'heading', level: 'roman', text: 'I. Tình hình chung' },
    ...totalsSentences(view, org).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 'roman', text: 'II. Số liệu các công đoàn cơ sở trực thuộc' },
    { kind: 'paragraph', text: 'Đơn vị tính: đoàn viên, người, danh hiệu; tiền: đồng (chi tiết từng chỉ tiêu trong bảng tổng hợp .xlsx kèm theo).' },
    {
      kind: 'table',
      columns: [{ header: 'TT', widthPct: widths[0], align: 'center' }, { header: 'Công đoàn', widthPct: widths[1] },
        ...printed.map((header, i) => ({ header: header.replace(' (đồng)', ''), widthPct: widths[i + 2], align: 'right' as const }))],
      rows: lines.map((l) => [plain(l.cells[0]), l.kind === 'union' ? plain(l.cells[1]) : String(l.cells[1]).toUpperCase(), ...picked.map((i) => plain(l.cells[i]))]),
    },
  ];
  const onBehalf = org.kind === 'provincial_federation' || org.kind === 'district_federation' || org.kind === 'industry_union'
    ? 'TM. BAN THƯỜNG VỤ' : 'TM. BAN CHẤP HÀNH';
  return renderDocx({
    upperBody: upperBody ?? CONFEDERATION, issuer: org.shortName, number: null,
    numberSuffix: org.kind === 'commune_union' ? 'BC-CĐ' : 'BC-LĐLĐ', place: org.placeName ?? '', date: view.asOf,
    docType: 'BÁO CÁO TỔNG HỢP', summary: [`Tình hình các công đoàn cơ sở trực thuộc năm ${view.year}`], blocks,
    recipients: [upperBody ?? CONFEDERATION, 'Các công đoàn cơ sở trực thuộc', 'Lưu: VT'],
    signer: { onBehalf, title: org.signerTitle, name: org.signerName ?? '' }, orientation: 'landscape',
  });
}
