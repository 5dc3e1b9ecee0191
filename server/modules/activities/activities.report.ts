import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { computeRatesWithRecords } from './activity-rates.service.ts';
import { culturalFamilyGrid } from './cultural-families.service.ts';
import { membersBelow, ratesByMember } from './activities.rules.ts';

// Placeholders for the annual report (A.II.2 and the limitations of A.III), from the year's activities, their
// attendance and the cultural-family marks:
//   hoatDong.<kind>.soBuoi | .soBuoiHuy | .tyLeThamDu   per kind (keys below): activities held, cancelled, and the
//       attendance rate (present / expected, over the activities whose attendance was taken)
//   hoatDong.<kind>.danhGia        "đảm bảo", or "chưa đảm bảo" when one was not held or the rate is under the threshold
//   hoatDong.<kind>.soDoanVienDuoiNguong   members whose attendance of that kind is under the threshold
//   hoatDong.nuCong.danhSach       the women's group's activities of the year, by title
//   hoatDong.soBuoiSinhHoat, hoatDong.tyLeThamDuSinhHoat      sinh hoạt công đoàn (short names)
//   hoatDong.chuNhatXanhSoBuoi, hoatDong.tyLeChuNhatXanh      Chủ nhật xanh
//   hoatDong.hocTapNghiQuyetSoBuoi, hoatDong.hopBchSoBuoi, hoatDong.nuCongSoBuoi
//   hoatDong.nguong, hoatDong.soDoanVienDuoiNguong, hoatDong.duoiNguong.danhSach   the threshold, the members below it
//       over all activities, and their names
//   giaDinhVanHoa.soLuong | .tong | .tyLe                   families recognised, members of the year, the share

/** kind code → [placeholder key, label, how a sentence names it] */
const kindKeys: Record<string, [key: string, label: string, inSentence: string]> = {
  'hop-bch': ['hopBch', 'Họp Ban Chấp hành', 'chế độ họp Ban Chấp hành'],
  'sinh-hoat-cong-doan': ['sinhHoat', 'Sinh hoạt công đoàn', 'chế độ sinh hoạt công đoàn'],
  'chu-nhat-xanh': ['chuNhatXanh', 'Chủ nhật xanh', 'ngày “Chủ nhật xanh”'],
  'hoc-tap-nghi-quyet': ['hocTapNghiQuyet', 'Học tập nghị quyết', 'việc học tập nghị quyết'],
  'van-nghe-the-thao': ['vanNgheTheThao', 'Văn nghệ – thể thao', 'các hoạt động văn nghệ – thể thao'],
  'ky-niem-ngay-le': ['kyNiem', 'Kỷ niệm ngày lễ', 'các hoạt động kỷ niệm ngày lễ'],
  'tham-quan': ['thamQuan', 'Tham quan', 'các chuyến tham quan'],
  'nu-cong': ['nuCong', 'Hoạt động nữ công', 'các hoạt động nữ công'],
  atvsld: ['atvsld', 'Tháng hành động ATVSLĐ', 'các hoạt động hưởng ứng Tháng hành động về an toàn, vệ sinh lao động'],
};
/** More of a kind's activities not held than this share, and its upkeep is "chưa đảm bảo" (one storm day is not). */
const MISSED_SHARE = 0.1;

const NO_DATA = 'chưa có số liệu';
const percentFigure = (part: number, whole: number, label: string): Figure =>
  (whole === 0 ? { value: NO_DATA, label, format: 'text' } : { value: part / whole, label, format: 'percent' });

/** The year's learning, union meetings and green Sundays, each named only when held (its rate when taken); none: no sentence. */
function educationSentence(held: (code: string) => boolean, rated: (code: string) => boolean): string | null {
  const parts = [
    held('hoc-tap-nghi-quyet') ? '{{hoatDong.hocTapNghiQuyetSoBuoi}} buổi học tập, quán triệt nghị quyết cho đoàn viên' : null,
    !held('sinh-hoat-cong-doan') ? null : `{{hoatDong.soBuoiSinhHoat}} buổi sinh hoạt công đoàn${
      rated('sinh-hoat-cong-doan') ? ' với tỷ lệ tham dự {{hoatDong.tyLeThamDuSinhHoat}}' : ''}`,
    !held('chu-nhat-xanh') ? null : `{{hoatDong.chuNhatXanhSoBuoi}} buổi Chủ nhật xanh${
      rated('chu-nhat-xanh') ? ' với tỷ lệ tham gia {{hoatDong.tyLeChuNhatXanh}}' : ''}`,
  ].filter((x) => x !== null);
  return parts.length === 0 ? null : `Năm {{nam}}, Công đoàn tổ chức ${parts.join('; ')}.`;
}

export const activitiesReportSection: SectionProvider = {
  id: 'activities',
  topics: ['education', 'women', 'safety'],
  async contribute({ db, org, year }) {
    const [{ rates, records, activities }, families] = await Promise.all([
      computeRatesWithRecords(db, org.id, year), culturalFamilyGrid(db, org.id, year),
    ]);
    const figures: Record<string, Figure> = {};
    const limitations: string[] = [];
    for (const [code, [key, label, inSentence]] of Object.entries(kindKeys)) {
      const of = activities.filter((a) => a.kindCode === code);
      const rate = rates.byKind.find((k) => k.kindCode === code);
      const below = membersBelow(ratesByMember(records.filter((r) => r.kindCode === code)), rates.threshold).length;
      const cancelled = of.filter((a) => a.cancelled).length;
      const underRate = rate !== undefined && rate.expected > 0 && rate.rate < rates.threshold;
      const kept = cancelled <= of.length * MISSED_SHARE && !underRate;
      figures[`hoatDong.${key}.soBuoi`] = { value: of.filter((a) => !a.cancelled).length, label: `${label}: số buổi đã tổ chức`, format: 'count' };
      figures[`hoatDong.${key}.soBuoiHuy`] = { value: cancelled, label: `${label}: số buổi không tổ chức được`, format: 'count' };
      figures[`hoatDong.${key}.tyLeThamDu`] = percentFigure(rate?.present ?? 0, rate?.expected ?? 0, `${label}: tỷ lệ tham dự`);
      figures[`hoatDong.${key}.danhGia`] = {
        value: of.length === 0 ? NO_DATA : kept ? 'đảm bảo' : 'chưa đảm bảo', label: `${label}: đánh giá việc duy trì`, format: 'text',
      };
      figures[`hoatDong.${key}.soDoanVienDuoiNguong`] = { value: below, label: `${label}: đoàn viên tham dự dưới ngưỡng`, format: 'count' };
      if (of.length > 0 && !kept) {
        limitations.push(`- Việc duy trì ${inSentence} thực hiện {{hoatDong.${key}.danhGia}}: {{hoatDong.${key}.soBuoiHuy}} buổi không tổ chức được, tỷ lệ tham dự {{hoatDong.${key}.tyLeThamDu}}.`);
      }
      if (below > 0) {
        limitations.push(`- {{hoatDong.${key}.soDoanVienDuoiNguong}} đồng chí đoàn viên tham gia ${inSentence} dưới {{hoatDong.nguong}} số buổi, chưa thực sự gương mẫu chấp hành kế hoạch của Công đoàn.`);
      }
    }
    const women = activities.filter((a) => a.kindCode === 'nu-cong' && !a.cancelled);
    figures['hoatDong.nuCong.danhSach'] = {
      value: women.length === 0 ? 'không có' : women.map((a) => a.title).join('; '), label: 'Hoạt động của tổ nữ công trong năm', format: 'text',
    };
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
    const held = (code: string) => activities.some((a) => a.kindCode === code && !a.cancelled);
    const rated = (code: string) => (rates.byKind.find((k) => k.kindCode === code)?.expected ?? 0) > 0;
    return {
      figures,
      suggestions: { limitations },
      sentences: {
        safety: figures['hoatDong.atvsld.soBuoi'].value === 0 ? [] : [
          'Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động, Công đoàn tổ chức {{hoatDong.atvsld.soBuoi}} hoạt động tuyên truyền, huấn luyện cho người lao động.',
        ],
        women: women.length === 0 ? [] : ['Tổ nữ công tổ chức {{hoatDong.nuCongSoBuoi}} hoạt động cho nữ đoàn viên: {{hoatDong.nuCong.danhSach}}.'],
        education: [
          educationSentence(held, rated),
          families.recognised === 0 ? null : 'Có {{giaDinhVanHoa.tyLe}} gia đình đoàn viên được công nhận gia đình văn hóa.',
        ].filter((x) => x !== null),
      },
    };
  },
};
