import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { findAgreementViews } from './agreements.service.ts';
import { findRounds } from './agreements.repo.ts';

// Placeholders for the enterprise union's report (thỏa ước lao động tập thể), on the report's date:
//   thoaUoc.coHieuLuc        'có' / 'không': an agreement in force     thoaUoc.ngayKy / thoaUoc.hetHan  its dates (dd/mm/yyyy)
//   thoaUoc.soDieuKhoanCaoHon  clauses better than the law            thoaUoc.dieuKhoanCaoHon  those clauses as one text
//   thoaUoc.luongToiThieu    the monthly minimum wage it sets (its wage clause; 0 when none)
//   thoaUoc.soPhienThuongLuong  bargaining rounds held in the year
// Sentences ('agreements'): the rounds of the year, then the agreement in force and its better clauses, or that
// there is none.

const moneyUnits: Partial<Record<string, string>> = { dong_month: '/tháng', dong_shift: '/ca', dong: '' };

/** A clause as the report names it: its words, then its amount where the words leave it out ("… có giá trị 30.000 đ/ca"). */
function clauseWithValue(c: { text: string; value: number | null; valueUnit: string | null }): string {
  const unit = c.valueUnit === null ? undefined : moneyUnits[c.valueUnit];
  const text = c.text.charAt(0).toLocaleLowerCase('vi') + c.text.slice(1);
  return c.value === null || unit === undefined ? text : `${text} ${formatDong(c.value)}${unit}`;
}

export const agreementsReportSection: SectionProvider = {
  id: 'agreements',
  topics: ['agreements'],
  async contribute({ db, org, year, date }) {
    const current = (await findAgreementViews(db, org.id, date)).find((a) => a.checks.inForce);
    const rounds = (await findRounds(db, org.id)).filter((r) => r.heldOn.startsWith(`${year}-`) && r.heldOn <= date).length;
    const better = current?.clauses.filter((c) => c.betterThanLawConfirmed) ?? [];
    const wage = current?.clauses.find((c) => c.topic === 'wage');
    const figures: Record<string, Figure> = {
      'thoaUoc.coHieuLuc': { value: current ? 'có' : 'không', label: 'Có thỏa ước lao động tập thể còn hiệu lực', format: 'text' },
      'thoaUoc.ngayKy': { value: current ? formatDateVi(current.signedOn) : '', label: 'Ngày ký thỏa ước lao động tập thể', format: 'text' },
      'thoaUoc.hetHan': { value: current ? formatDateVi(current.expiresOn) : '', label: 'Ngày hết hạn thỏa ước lao động tập thể', format: 'text' },
      'thoaUoc.soDieuKhoanCaoHon': { value: better.length, label: 'Số điều khoản có lợi hơn quy định của pháp luật', format: 'count' },
      'thoaUoc.dieuKhoanCaoHon': { value: better.map(clauseWithValue).join('; '), label: 'Các điều khoản có lợi hơn quy định của pháp luật', format: 'text' },
      'thoaUoc.luongToiThieu': { value: wage?.value ?? 0, label: 'Mức lương tối thiểu theo thỏa ước', format: 'money' },
      'thoaUoc.soPhienThuongLuong': { value: rounds, label: 'Số phiên thương lượng tập thể trong năm', format: 'count' },
    };
    const sentences = [
      rounds === 0 ? null : 'Năm {{nam}}, Công đoàn tổ chức lấy ý kiến người lao động và tham gia {{thoaUoc.soPhienThuongLuong}} phiên thương lượng tập thể với người sử dụng lao động.',
      !current
        ? 'Công đoàn cơ sở chưa có thỏa ước lao động tập thể còn hiệu lực với người sử dụng lao động.'
        : better.length === 0
          ? 'Thỏa ước lao động tập thể ký ngày {{thoaUoc.ngayKy}}, có hiệu lực đến ngày {{thoaUoc.hetHan}}.'
          : 'Thỏa ước lao động tập thể ký ngày {{thoaUoc.ngayKy}}, có hiệu lực đến ngày {{thoaUoc.hetHan}}, có {{thoaUoc.soDieuKhoanCaoHon}} điều khoản có lợi hơn cho người lao động so với quy định của pháp luật: {{thoaUoc.dieuKhoanCaoHon}}.',
    ].filter((x) => x !== null);
    return { figures, sentences: { agreements: sentences } };
  },
};
