import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import { formatPercent, padCount } from '../../../shared/vi/numbers.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';

// The upper level's own annual report (templates/federation.template.ts), drafted by the same engine from the roll-up:
// the demo ward union's 2026 report has the roll-up's totals of the report's date as its figures, prints them in the
// .docx, offers the limitations the roll-up points at, and a grassroots union's report has none of these figures.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const officer = () => t.as('phuong.canbo');
const annual = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/annual/${year}`;

async function draftAndRollup(orgId: number, who: string) {
  const res = await t.as(who).get(annual(orgId, 2026));
  expect(res.status).toBe(200);
  const draft = (await res.json()) as AnnualDraftView;
  const rollup = (await (await t.as(who).get(`/api/orgs/${orgId}/subordinates?date=${draft.date}&year=2026`)).json()) as SubordinatesView;
  return { draft, rollup };
}

const valueOf = (draft: AnnualDraftView, key: string) => {
  expect(draft.figures[key], key).toBeDefined();
  return draft.figures[key].value;
};

describe('the federation\'s annual report, from the roll-up', () => {
  it('drafts the ward union\'s 2026 report with the roll-up\'s totals as its figures', async () => {
    const { draft, rollup } = await draftAndRollup(t.orgs.ward, 'phuong.canbo');
    expect(draft.template.id).toBe('federation');
    expect(draft.errors).toEqual([]);
    const totals = rollup.totals;
    expect(totals.unions).toBeGreaterThan(0);
    const expected: Record<string, number> = {
      'tongHop.congDoanCoSo': totals.unions, 'tongHop.doanVien': totals.members, 'tongHop.doanVienNu': totals.women,
      'tongHop.laoDong': totals.employees, 'tongHop.donViCoSoLieuLaoDong': totals.unionsWithWorkforce, 'tongHop.doanVienCoSoLieuLaoDong': totals.membersWithWorkforce,
      'tongHop.dangKyThiDua': totals.titlesRegistered, 'tongHop.datDanhHieu': totals.titlesAchieved,
      'tongHop.doanPhiPhaiThu': totals.duesExpected, 'tongHop.doanPhiDaThu': totals.duesCollected, 'tongHop.nopCapTren': totals.remitted,
      'tongHop.phucLoi': totals.welfareSpent, 'tongHop.thoaUocCoHieuLuc': totals.agreementsInForce, 'tongHop.doiThoai': totals.dialoguesHeld,
      'tongHop.baoCao.daNop': totals.reports.submitted ?? 0, 'tongHop.baoCao.chuaLap': totals.reports.not_started ?? 0,
      'tongHop.xepLoai.chuaXepLoai': totals.classifications.none ?? 0, 'tongHop.xepLoai.htxsnv': totals.classifications.htxsnv ?? 0,
    };
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, valueOf(draft, k)]))).toEqual(expected);
    for (const [kind, k] of Object.entries(rollup.byKind)) {
      expect(valueOf(draft, `tongHop.congDoanCoSo.${kind.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}`)).toBe(k.unions);
    }
    const unions = rollup.rows.filter((r) => !r.isUpperLevel);
    const covered = unions.filter((u) => u.figures.employees !== null).reduce((s, u) => s + u.members, 0);
    expect(valueOf(draft, 'tongHop.tyLeBaoPhu')).toBeCloseTo(covered / totals.employees, 10);
    expect(valueOf(draft, 'tongHop.tyLeThuDoanPhi')).toBeCloseTo(totals.duesExpected === 0 ? 0 : totals.duesCollected / totals.duesExpected, 10);
    // The limitations the roll-up points at are offered: the unions that have not sent their report.
    const notSent = unions.filter((u) => u.report?.state !== 'submitted');
    const offered = draft.sections.find((s) => s.key === 'A.III.1')!.suggestions.map((s) => s.rendered);
    if (notSent.length > 0) {
      expect(offered).toContain(`- Còn ${padCount(notSent.length)} công đoàn cơ sở chưa gửi báo cáo tổng kết năm 2026: ${notSent.map((u) => u.name).join('; ')}.`);
    }
  });

  it('prints the roll-up in the .docx, section by section', async () => {
    const { draft, rollup } = await draftAndRollup(t.orgs.ward, 'phuong.canbo');
    const totals = rollup.totals;
    const res = await officer().get(`${annual(t.orgs.ward, 2026)}/draft.docx`);
    expect(res.status).toBe(200);
    const text = paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    const members = rollup.rows.filter((r) => !r.isUpperLevel && r.figures.employees !== null).reduce((s, u) => s + u.members, 0);
    const expected = [
      'CÔNG ĐOÀN\nPHƯỜNG HƯƠNG SƠN',
      'Tổng kết hoạt động Công đoàn năm 2026;',
      'A. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026',
      `có ${padCount(totals.unions)} công đoàn cơ sở trực thuộc (`,
      `với tổng số ${padCount(totals.members)} đoàn viên, trong đó nữ ${padCount(totals.women)} đoàn viên, chiếm ${formatPercent(totals.women / totals.members)}.`,
      `tổng số lao động là ${padCount(totals.employees)} người, trong đó ${padCount(members)} người là đoàn viên công đoàn, đạt tỷ lệ ${formatPercent(members / totals.employees)}.`,
      '1. Đại diện, bảo vệ quyền, lợi ích hợp pháp',
      totals.agreementsInForce > 0 ? `Có ${padCount(totals.agreementsInForce)} công đoàn cơ sở có thỏa ước lao động tập thể còn hiệu lực` : 'Chưa có công đoàn cơ sở nào có thỏa ước',
      totals.dialoguesHeld > 0 ? `tổ chức ${padCount(totals.dialoguesHeld)} cuộc đối thoại tại nơi làm việc` : 'chưa ghi nhận cuộc đối thoại',
      totals.welfareSpent > 0 ? `với tổng số tiền ${formatDong(totals.welfareSpent)}` : 'chưa ghi nhận khoản chi thăm hỏi',
      totals.titlesRegistered > 0 ? `đăng ký ${padCount(totals.titlesRegistered)} danh hiệu thi đua;` : 'chưa đăng ký danh hiệu thi đua',
      '4. Xây dựng tổ chức công đoàn',
      `đã thu đoàn phí công đoàn ${formatDong(totals.duesCollected)}`,
      'báo cáo tổng kết năm 2026 của',
      'III. Hạn chế và nguyên nhân',
      'B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
      'Trên đây là báo cáo tổng kết hoạt động Công đoàn năm 2026',
      'TM. BAN THƯỜNG VỤ',
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.indexOf(piece, from);
      expect(at, `«${piece}» after position ${from}\n${text}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    expect(text).not.toContain('{{');
    expect(draft.date.slice(0, 4)).toBe('2026');
  });

  it('rolls up the province\'s unions at any depth, and leaves a grassroots union\'s report without roll-up figures', async () => {
    const { draft, rollup } = await draftAndRollup(t.orgs.province, 'tinh.canbo');
    expect(draft.template.id).toBe('federation');
    expect(valueOf(draft, 'tongHop.congDoanCoSo')).toBe(rollup.totals.unions);
    expect(valueOf(draft, 'tongHop.doanVien')).toBe(rollup.totals.members);
    expect(rollup.totals.unions).toBeGreaterThanOrEqual(2);
    const own = (await (await t.as('mayhuongson.chutich').get(annual(t.orgs.enterprise, 2026))).json()) as AnnualDraftView;
    expect(own.template.id).toBe('enterprise');
    expect(Object.keys(own.figures).filter((k) => k.startsWith('tongHop.'))).toEqual([]);
  });
});
