import { formatDongPlain } from '../../../shared/vi/money.ts';
import { visitKinds, type WelfareKind } from '../../../shared/contracts/welfare.contract.ts';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { findDonationYear } from './blood-donations.repo.ts';
import { findEvents } from './welfare.repo.ts';

// Placeholders under chamLo.* for the annual report (part A.I.3), from the year's welfare events whose payment stands
// (a reversed payment takes its event out) and the blood donations:
//   chamLo.<kind>.soLan | .soNguoi | .soTien     events, beneficiary lines and money by kind (kinds below)
//   chamLo.thamHoi.soLan | .soTien               visits: sickness, bereavement, hardship together
//   chamLo.leTet.lamTron                         the holiday total as reports round it: "trên 5.000.000" (or exact)
//   chamLo.quaPhuNu.soNguoi                      women who received 8/3 or 20/10 gifts (each once)
//   chamLo.conDoanVien.soChau                    children who received 1/6, Trung thu gifts or a study award (each once)
//   chamLo.tong.soTien                           all welfare of the year
//   chamLo.hienMau.luot | .soNguoi | .caoNhat | .tu15 | .khoang15   donations in the year, donors, the highest
//       cumulative count, donors at 15 or more, and their range as written ("từ 15 đến 17")

const kindKeys: Record<WelfareKind, [key: string, label: string]> = {
  sickness: ['omDau', 'Thăm hỏi ốm đau'],
  bereavement: ['hieu', 'Phúng viếng (hiếu)'],
  hardship: ['hoanNan', 'Hỗ trợ hoạn nạn, khó khăn'],
  wedding: ['hy', 'Mừng hỷ'],
  holiday: ['leTet', 'Hỗ trợ ngày lễ, Tết'],
  womens_day: ['quaPhuNu', 'Quà 8/3, 20/10 cho đoàn viên nữ'],
  childrens_day: ['thieuNhi', 'Quà 1/6 cho con đoàn viên'],
  mid_autumn: ['trungThu', 'Quà Trung thu cho con đoàn viên'],
  study_award: ['hocGioi', 'Khen thưởng con đoàn viên học giỏi'],
  other: ['khac', 'Chăm lo khác'],
};
const BLOOD_MILESTONE = 15;
const MILLION = 1_000_000;

/** 5.700.000 → "trên 5.000.000"; 6.000.000 → "6.000.000"; under a million: the amount. */
export function roundedDown(amount: number): string {
  const whole = Math.floor(amount / MILLION) * MILLION;
  return amount < MILLION || whole === amount ? formatDongPlain(amount) : `trên ${formatDongPlain(whole)}`;
}

/** "Năm 2026, Công đoàn thăm hỏi …; tặng quà …." from the kinds of care the year holds; none: no sentence. */
function caringSentence(parts: (string | null)[]): string | null {
  const held = parts.filter((x) => x !== null);
  return held.length === 0 ? null : `Năm {{nam}}, Công đoàn ${held.join('; ')}.`;
}

export const welfareReportSection: SectionProvider = {
  id: 'welfare',
  topics: ['welfare'],
  async contribute({ db, org, year }) {
    const [all, donors] = await Promise.all([findEvents(db, org.id, { year }), findDonationYear(db, org.id, year)]);
    const events = all.filter((e) => !e.reversed);
    const figures: Record<string, Figure> = {};
    const put = (key: string, value: number, label: string, format: Figure['format']) => {
      figures[`chamLo.${key}`] = { value, label, format };
    };
    for (const [kind, [key, label]] of Object.entries(kindKeys) as [WelfareKind, [string, string]][]) {
      const of = events.filter((e) => e.kind === kind);
      put(`${key}.soLan`, of.length, `${label}: số lần`, 'count');
      put(`${key}.soNguoi`, of.reduce((s, e) => s + e.beneficiaries.length, 0), `${label}: số lượt người nhận`, 'count');
      put(`${key}.soTien`, of.reduce((s, e) => s + e.amount, 0), `${label}: số tiền`, 'money');
    }
    const visits = events.filter((e) => visitKinds.includes(e.kind));
    put('thamHoi.soLan', visits.length, 'Thăm hỏi ốm đau, hiếu, hoạn nạn: số lần', 'count');
    put('thamHoi.soTien', visits.reduce((s, e) => s + e.amount, 0), 'Thăm hỏi ốm đau, hiếu, hoạn nạn: số tiền', 'money');
    const holiday = events.filter((e) => e.kind === 'holiday').reduce((s, e) => s + e.amount, 0);
    figures['chamLo.leTet.lamTron'] = { value: roundedDown(holiday), label: 'Hỗ trợ ngày lễ, Tết (làm tròn như báo cáo)', format: 'text' };
    const lines = (kinds: WelfareKind[]) => events.filter((e) => kinds.includes(e.kind)).flatMap((e) => e.beneficiaries);
    put('quaPhuNu.soNguoi', new Set(lines(['womens_day']).map((b) => b.memberId)).size, 'Đoàn viên nữ được tặng quà 8/3, 20/10', 'count');
    put('conDoanVien.soChau', new Set(lines(['childrens_day', 'mid_autumn', 'study_award']).map((b) => b.childId ?? `${b.memberId}|${b.relativeName}`)).size,
      'Cháu con đoàn viên được tặng quà, khen thưởng', 'count');
    put('tong.soTien', events.reduce((s, e) => s + e.amount, 0), 'Tổng chi chăm lo đoàn viên trong năm', 'money');

    const inYear = donors.flatMap((d) => d.inYear);
    const milestone = donors.filter((d) => d.cumulative >= BLOOD_MILESTONE).map((d) => d.cumulative);
    const highest = Math.max(0, ...donors.map((d) => d.cumulative));
    put('hienMau.luot', inYear.length, 'Lượt hiến máu trong năm', 'count');
    put('hienMau.soNguoi', donors.filter((d) => d.inYear.length > 0).length, 'Đoàn viên hiến máu trong năm', 'count');
    put('hienMau.caoNhat', highest, 'Số lần hiến máu nhiều nhất của một đoàn viên (đến cuối năm)', 'number');
    put('hienMau.tu15', milestone.length, `Đoàn viên đã hiến máu từ ${BLOOD_MILESTONE} lần trở lên`, 'count');
    const low = Math.min(...milestone);
    figures['chamLo.hienMau.khoang15'] = {
      value: milestone.length === 0 ? String(highest) : low === highest ? String(highest) : `từ ${low} đến ${highest}`,
      label: `Số lần hiến máu của các đoàn viên từ ${BLOOD_MILESTONE} lần trở lên`, format: 'text',
    };

    return {
      figures,
      sentences: {
        welfare: [
          caringSentence([
            visits.length === 0 ? null : 'thăm hỏi {{chamLo.thamHoi.soLan}} lượt đoàn viên và người thân ốm đau, hoạn nạn, từ trần với số tiền {{chamLo.thamHoi.soTien}}',
            holiday === 0 ? null : 'hỗ trợ đoàn viên trong các ngày lễ, Tết {{chamLo.leTet.soTien}}',
            lines(['womens_day']).length === 0 ? null : 'tặng quà {{chamLo.quaPhuNu.soNguoi}} đoàn viên nữ nhân ngày 8/3 và 20/10',
            lines(['childrens_day', 'mid_autumn', 'study_award']).length === 0 ? null
              : 'tặng quà, khen thưởng {{chamLo.conDoanVien.soChau}} cháu con đoàn viên nhân ngày Quốc tế Thiếu nhi, Tết Trung thu và học sinh giỏi',
          ]),
          inYear.length === 0 ? null
            : 'Có {{chamLo.hienMau.luot}} lượt đoàn viên tham gia hiến máu tình nguyện; đoàn viên hiến máu nhiều nhất đến nay {{chamLo.hienMau.caoNhat}} lần.',
        ].filter((x) => x !== null),
      },
    };
  },
};
