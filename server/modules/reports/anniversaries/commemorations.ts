// Ngày kỷ niệm: the days union reports and plans mention. The anniversary number is computed
// from the founding year (never typed into a report), so "kỷ niệm 93 năm" is right in 2023
// and "96 năm" in 2026. Lunar days are in months 1–10, so they always fall in the solar year
// of the same number (commemorations.test.ts checks it).

export type CalendarKind = 'solar' | 'lunar';

export interface Commemoration {
  key: string;
  name: string;
  calendar: CalendarKind;
  month: number;
  day: number;
  /** Year counted from; null for feasts that are not numbered (Tết). */
  foundingYear: number | null;
  note: string;
}

export const COMMEMORATIONS = [
  {
    key: 'hoiLHPN',
    name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    calendar: 'solar', month: 10, day: 20, foundingYear: 1930,
    note: 'Hội Phụ nữ phản đế Việt Nam thành lập ngày 20/10/1930.',
  },
  {
    key: 'congDoanVN',
    name: 'Ngày thành lập Công đoàn Việt Nam',
    calendar: 'solar', month: 7, day: 28, foundingYear: 1929,
    note: 'Tổng Công hội Đỏ Bắc Kỳ thành lập ngày 28/7/1929.',
  },
  {
    key: 'quocTePhuNu',
    name: 'Ngày Quốc tế Phụ nữ',
    calendar: 'solar', month: 3, day: 8, foundingYear: 1910,
    note: 'Hội nghị Phụ nữ xã hội chủ nghĩa quốc tế lần thứ hai (Copenhagen, 1910) chọn ngày 8/3; các báo cáo tính số năm từ 1910.',
  },
  {
    key: 'quocTeLaoDong',
    name: 'Ngày Quốc tế Lao động',
    calendar: 'solar', month: 5, day: 1, foundingYear: 1886,
    note: 'Cuộc tổng bãi công đòi ngày làm 8 giờ ở Chicago, 1/5/1886.',
  },
  {
    key: 'quocTeThieuNhi',
    name: 'Ngày Quốc tế Thiếu nhi',
    calendar: 'solar', month: 6, day: 1, foundingYear: 1950,
    note: 'Liên đoàn Phụ nữ Dân chủ Quốc tế tổ chức lần đầu ngày 1/6/1950.',
  },
  {
    key: 'haiBaTrung',
    name: 'Khởi nghĩa Hai Bà Trưng',
    calendar: 'lunar', month: 2, day: 6, foundingYear: 40,
    note: 'Khởi nghĩa năm 40; mùng 6 tháng 2 âm lịch cũng là ngày giỗ Hai Bà Trưng.',
  },
  {
    key: 'trungThu',
    name: 'Tết Trung thu',
    calendar: 'lunar', month: 8, day: 15, foundingYear: null,
    note: 'Rằm tháng Tám âm lịch; dịp tặng quà thiếu nhi, không tính số năm.',
  },
  {
    key: 'quocKhanh',
    name: 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    calendar: 'solar', month: 9, day: 2, foundingYear: 1945,
    note: 'Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập ngày 2/9/1945.',
  },
  {
    key: 'thanhLapDang',
    name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
    calendar: 'solar', month: 2, day: 3, foundingYear: 1930,
    note: 'Hội nghị hợp nhất các tổ chức cộng sản đầu năm 1930; Đại hội III (1960) lấy ngày 3/2 làm ngày kỷ niệm.',
  },
  {
    key: 'sinhNhatBac',
    name: 'Ngày sinh Chủ tịch Hồ Chí Minh',
    calendar: 'solar', month: 5, day: 19, foundingYear: 1890,
    note: 'Sinh ngày 19/5/1890.',
  },
  {
    key: 'giaiPhongMienNam',
    name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
    calendar: 'solar', month: 4, day: 30, foundingYear: 1975,
    note: '30/4/1975.',
  },
  {
    key: 'thuongBinhLietSi',
    name: 'Ngày Thương binh – Liệt sĩ',
    calendar: 'solar', month: 7, day: 27, foundingYear: 1947,
    note: 'Lần đầu tổ chức ngày 27/7/1947.',
  },
  {
    key: 'nhaGiao',
    name: 'Ngày Nhà giáo Việt Nam',
    calendar: 'solar', month: 11, day: 20, foundingYear: 1982,
    note: 'Ngày Nhà giáo Việt Nam được tổ chức lần đầu ngày 20/11/1982.',
  },
  {
    key: 'thanhLapDoan',
    name: 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    calendar: 'solar', month: 3, day: 26, foundingYear: 1931,
    note: 'Thành lập ngày 26/3/1931.',
  },
  {
    key: 'tetNguyenDan',
    name: 'Tết Nguyên đán',
    calendar: 'lunar', month: 1, day: 1, foundingYear: null,
    note: 'Mùng 1 tháng Giêng âm lịch; không tính số năm.',
  },
] as const satisfies readonly Commemoration[];

export type CommemorationKey = (typeof COMMEMORATIONS)[number]['key'];
