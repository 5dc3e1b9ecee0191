import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { findSafetyYearFigures } from './safety.figures.ts';

// Placeholders for the enterprise union's report (an toàn vệ sinh lao động; tranh chấp lao động), for the report's year:
//   anToan.soVu          work accidents            anToan.nang        of which serious or fatal
//   anToan.ngayCongMat   working days lost         anToan.hoTro       support paid (the linked welfare payments)
//   anToan.soKiemTra     safety inspections        anToan.mangLuoi    an toàn vệ sinh viên active on the report's date
//   tranhChap.soVu       disputes started          tranhChap.ngungViec  of which with a stoppage
//   tranhChap.daGiaiQuyet  of which resolved
// Sentences: the network, inspections and accidents ('safety'); disputes and stoppages ('disputes').

export const safetyReportSection: SectionProvider = {
  id: 'safety',
  topics: ['safety', 'disputes'],
  async contribute({ db, org, year, date }) {
    const f = await findSafetyYearFigures(db, org.id, year, date);
    const figures: Record<string, Figure> = {
      'anToan.soVu': { value: f.accidents, label: 'Số vụ tai nạn lao động trong năm', format: 'count' },
      'anToan.nang': { value: f.serious, label: 'Số vụ tai nạn lao động nặng, chết người', format: 'count' },
      'anToan.ngayCongMat': { value: f.daysLost, label: 'Số ngày công mất do tai nạn lao động', format: 'number' },
      'anToan.hoTro': { value: f.supportPaid, label: 'Số tiền công đoàn hỗ trợ người bị tai nạn lao động', format: 'money' },
      'anToan.soKiemTra': { value: f.inspections, label: 'Số đợt kiểm tra an toàn, vệ sinh lao động', format: 'count' },
      'anToan.mangLuoi': { value: f.activeOfficers, label: 'Số an toàn vệ sinh viên', format: 'count' },
      'tranhChap.soVu': { value: f.disputes, label: 'Số vụ tranh chấp lao động', format: 'count' },
      'tranhChap.ngungViec': { value: f.stoppages, label: 'Số vụ ngừng việc tập thể', format: 'count' },
      'tranhChap.daGiaiQuyet': { value: f.resolved, label: 'Số vụ tranh chấp lao động đã giải quyết', format: 'count' },
    };
    const safety = [
      'Công đoàn duy trì mạng lưới {{anToan.mangLuoi}} an toàn, vệ sinh viên; phối hợp với người sử dụng lao động tổ chức {{anToan.soKiemTra}} đợt kiểm tra an toàn, vệ sinh lao động.',
      f.accidents === 0
        ? 'Năm {{nam}}, tại doanh nghiệp không xảy ra tai nạn lao động.'
        : `Năm {{nam}}, xảy ra {{anToan.soVu}} vụ tai nạn lao động${f.serious === 0 ? ' (không có vụ nặng, chết người)' : ', trong đó {{anToan.nang}} vụ nặng, chết người'}, làm mất {{anToan.ngayCongMat}} ngày công${f.supportPaid === 0 ? '' : '; Công đoàn thăm hỏi, hỗ trợ người bị tai nạn {{anToan.hoTro}}'}.`,
    ];
    const disputes = f.disputes === 0
      ? ['Năm {{nam}}, tại doanh nghiệp không xảy ra tranh chấp lao động, ngừng việc tập thể.']
      : [`Năm {{nam}}, tại doanh nghiệp xảy ra {{tranhChap.soVu}} vụ tranh chấp lao động${f.stoppages === 0 ? ', không có ngừng việc tập thể' : ', trong đó {{tranhChap.ngungViec}} vụ ngừng việc tập thể'}; Công đoàn đã tham gia giải quyết, đến nay {{tranhChap.daGiaiQuyet}} vụ đã được giải quyết.`];
    return { figures, sentences: { safety, disputes } };
  },
};
