import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { computeRates } from './activity-rates.service.ts';
import { culturalFamilyGrid } from './cultural-families.service.ts';
import { findActivities } from './activities.repo.ts';

// Placeholders for the annual report (A.II.2 and the limitations of A.III), from the year's activities, their
// attendance and the cultural-family marks:
//   hoatDong.<kind>.soBuoi | .soBuoiHuy | .tyLeThamDu   per kind (keys below): activities held, cancelled, and the
//       attendance rate (present / expected, over the activities whose attendance was taken)
//   hoatDong.soBuoiSinhHoat, hoatDong.tyLeThamDuSinhHoat      sinh hoạt công đoàn (short names)
//   hoatDong.chuNhatXanhSoBuoi, hoatDong.tyLeChuNhatXanh      Chủ nhật xanh
//   hoatDong.hocTapNghiQuyetSoBuoi, hoatDong.hopBchSoBuoi, hoatDong.nuCongSoBuoi
//   hoatDong.nguong, hoatDong.soDoanVienDuoiNguong, hoatDong.duoiNguong.danhSach   the threshold, the members below it
//       over all activities, and their names
//   giaDinhVanHoa.soLuong | .tong | .tyLe                   families recognised, members of the year, the share

const kindKeys: Record<string, [key: string, label: string]> = {
  'hop-bch': ['hopBch', 'Họp Ban Chấp hành'],
  'sinh-hoat-cong-doan': ['sinhHoat', 'Sinh hoạt công đoàn'],
  'chu-nhat-xanh': ['chuNhatXanh', 'Chủ nhật xanh'],
  'hoc-tap-nghi-quyet': ['hocTapNghiQuyet', 'Học tập nghị quyết'],
  'van-nghe-the-thao': ['vanNgheTheThao', 'Văn nghệ – thể thao'],
  'ky-niem-ngay-le': ['kyNiem', 'Kỷ niệm ngày lễ'],
  'tham-quan': ['thamQuan', 'Tham quan'],
  'nu-cong': ['nuCong', 'Hoạt động nữ công'],
};

const NO_DATA = 'chưa có số liệu';
const percentFigure = (part: number, whole: number, label: string): Figure =>
  (whole === 0 ? { value: NO_DATA, label, format: 'text' } : { value: part / whole, label, format: 'percent' });

export const activitiesReportSection: SectionProvider = {
  id: 'activities',
  sections: ['A.II.2'],
  async contribute({ db, org, year }) {
    const [activities, rates, families] = await Promise.all([
      findActivities(db, org.id, { from: `${year}-01-01`, to: `${year}-12-31` }), computeRates(db, org.id, year), culturalFamilyGrid(db, org.id, year),
    ]);
    const figures: Record<string, Figure> = {};
    for (const [code, [key, label]] of Object.entries(kindKeys)) {
      const of = activities.filter((a) => a.kindCode === code);
      const rate = rates.byKind.find((k) => k.kindCode === code);
      figures[`hoatDong.${key}.soBuoi`] = { value: of.filter((a) => !a.cancelled).length, label: `${label}: số buổi đã tổ chức`, format: 'count' };
      figures[`hoatDong.${key}.soBuoiHuy`] = { value: of.filter((a) => a.cancelled).length, label: `${label}: số buổi không tổ chức được`, format: 'count' };
      figures[`hoatDong.${key}.tyLeThamDu`] = percentFigure(rate?.present ?? 0, rate?.expected ?? 0, `${label}: tỷ lệ tham dự`);
    }
    const alias = (short: string, long: string) => {
      figures[`hoatDong.${short}`] = { ...figures[`hoatDong.${long}`] };
    };
    alias('soBuoiSinhHoat', 'sinhHoat.soBuoi');
    alias('tyLeThamDuSinhHoat', 'sinhHoat.tyLeThamDu');
    alias('chuNhatXanhSoBuoi', 'chuNhatXanh.soBuoi');
    alias('tyLeChuNhatXanh', 'chuNhatXanh.tyLeThamDu');
    alias('hocTapNghiQuyetSoBuoi', 'hocTapNghiQuyet.soBuoi');
    alias('hopBchSoBuoi', 'hopBch.soBuoi');
    alias('nuCongSoBuoi', 'nuCong.soBuoi');
    figures['hoatDong.nguong'] = { value: rates.threshold / 100, label: 'Ngưỡng tỷ lệ tham dự', format: 'percent' };
    figures['hoatDong.soDoanVienDuoiNguong'] = { value: rates.belowThreshold.length, label: 'Đoàn viên có tỷ lệ tham dự dưới ngưỡng', format: 'count' };
    figures['hoatDong.duoiNguong.danhSach'] = {
      value: rates.belowThreshold.length === 0 ? 'không có' : rates.belowThreshold.map((m) => m.fullName).join(', '),
      label: 'Đoàn viên có tỷ lệ tham dự dưới ngưỡng (họ tên)', format: 'text',
    };
    figures['giaDinhVanHoa.soLuong'] = { value: families.recognised, label: 'Gia đình đoàn viên được công nhận gia đình văn hóa', format: 'count' };
    figures['giaDinhVanHoa.tong'] = { value: families.total, label: 'Đoàn viên sinh hoạt trong năm (xét gia đình văn hóa)', format: 'count' };
    figures['giaDinhVanHoa.tyLe'] = percentFigure(families.recognised, families.total, 'Tỷ lệ gia đình đoàn viên được công nhận gia đình văn hóa');
    return {
      figures,
      sentences: [
        'Năm {{nam}}, Công đoàn tổ chức {{hoatDong.hocTapNghiQuyetSoBuoi}} buổi học tập, quán triệt nghị quyết cho đoàn viên; {{hoatDong.soBuoiSinhHoat}} buổi sinh hoạt công đoàn với tỷ lệ tham dự {{hoatDong.tyLeThamDuSinhHoat}}; {{hoatDong.chuNhatXanhSoBuoi}} buổi Chủ nhật xanh với tỷ lệ tham gia {{hoatDong.tyLeChuNhatXanh}}.',
        'Có {{giaDinhVanHoa.tyLe}} gia đình đoàn viên được công nhận gia đình văn hóa.',
      ],
    };
  },
};
