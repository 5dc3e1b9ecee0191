import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { findAgreementViews } from './agreements.service.ts';

// Placeholders for the enterprise union's report (thỏa ước lao động tập thể), on the report's date:
//   thoaUoc.coHieuLuc        'có' / 'không': an agreement in force     thoaUoc.ngayKy / thoaUoc.hetHan  its dates (dd/mm/yyyy)
//   thoaUoc.soDieuKhoanCaoHon  clauses better than the law            thoaUoc.dieuKhoanCaoHon  those clauses as one text
//   thoaUoc.luongToiThieu    the monthly minimum wage it sets (its wage clause; 0 when none)
// No default sentences yet: the enterprise template will place them.

export const agreementsReportSection: SectionProvider = {
  id: 'agreements',
  sections: [],
  async contribute({ db, org, date }) {
    const current = (await findAgreementViews(db, org.id, date)).find((a) => a.checks.inForce);
    const better = current?.clauses.filter((c) => c.betterThanLawConfirmed) ?? [];
    const wage = current?.clauses.find((c) => c.topic === 'wage');
    const figures: Record<string, Figure> = {
      'thoaUoc.coHieuLuc': { value: current ? 'có' : 'không', label: 'Có thỏa ước lao động tập thể còn hiệu lực', format: 'text' },
      'thoaUoc.ngayKy': { value: current ? formatDateVi(current.signedOn) : '', label: 'Ngày ký thỏa ước lao động tập thể', format: 'text' },
      'thoaUoc.hetHan': { value: current ? formatDateVi(current.expiresOn) : '', label: 'Ngày hết hạn thỏa ước lao động tập thể', format: 'text' },
      'thoaUoc.soDieuKhoanCaoHon': { value: better.length, label: 'Số điều khoản có lợi hơn quy định của pháp luật', format: 'count' },
      'thoaUoc.dieuKhoanCaoHon': { value: better.map((c) => c.text).join('; '), label: 'Các điều khoản có lợi hơn quy định của pháp luật', format: 'text' },
      'thoaUoc.luongToiThieu': { value: wage?.value ?? 0, label: 'Mức lương tối thiểu theo thỏa ước', format: 'money' },
    };
    return { figures, sentences: {} };
  },
};
