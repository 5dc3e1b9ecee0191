import type { Figure, FigureFormat, SectionProvider } from '../reports/engine/section-provider.ts';
import { findLatestFigures } from './workforce.repo.ts';
import { workforceViews } from './workforce.view.ts';

// Placeholders under laoDong.* for the annual report, from the latest workforce figures on or before the report's
// date within its year ("chưa có số liệu" when there are none):
//   laoDong.tong, laoDong.nu, laoDong.doanVien      employees, women, members (entered or counted)
//   laoDong.tyLeDoanVien                              members / employees
//   laoDong.thuNhapBinhQuan                           average monthly income (đồng)
//   laoDong.noLuong.nguoi, laoDong.noLuong.soTien     wage arrears: workers, amount
//   laoDong.thieuViecLam, laoDong.hopDong, laoDong.bhxh   under-employed, with a labour contract, social insurance
//   laoDong.thuongTet, laoDong.tienAnCa               average Tết bonus, meal value per shift
// No default sentences yet: the enterprise template that uses them comes later.

const NO_DATA = 'chưa có số liệu';

type Key = 'tong' | 'nu' | 'doanVien' | 'tyLeDoanVien' | 'thuNhapBinhQuan' | 'noLuong.nguoi' | 'noLuong.soTien' | 'thieuViecLam'
  | 'hopDong' | 'bhxh' | 'thuongTet' | 'tienAnCa';

const labels: Record<Key, [string, FigureFormat]> = {
  tong: ['Tổng số lao động', 'count'],
  nu: ['Lao động nữ', 'count'],
  doanVien: ['Đoàn viên trong doanh nghiệp', 'count'],
  tyLeDoanVien: ['Tỷ lệ đoàn viên trên tổng số lao động', 'percent'],
  thuNhapBinhQuan: ['Thu nhập bình quân (đồng/người/tháng)', 'money'],
  'noLuong.nguoi': ['Số lao động bị nợ lương', 'count'],
  'noLuong.soTien': ['Tổng số tiền nợ lương', 'money'],
  thieuViecLam: ['Lao động thiếu việc làm', 'count'],
  hopDong: ['Lao động có hợp đồng lao động', 'count'],
  bhxh: ['Lao động tham gia bảo hiểm xã hội', 'count'],
  thuongTet: ['Thưởng Tết bình quân (đồng/người)', 'money'],
  tienAnCa: ['Tiền ăn ca (đồng/ca)', 'money'],
};

export const workforceReportSection: SectionProvider = {
  id: 'workforce',
  sections: [],
  async contribute({ db, org, year, date }) {
    const row = await findLatestFigures(db, org.id, `${year}-01-01`, date);
    const view = row ? (await workforceViews(db, org.id, [row]))[0] : null;
    const values: Record<Key, number | null> | null = view && {
      tong: view.employees, nu: view.women, doanVien: view.members, tyLeDoanVien: view.coverage, thuNhapBinhQuan: view.averageIncome,
      'noLuong.nguoi': view.wageArrearsWorkers, 'noLuong.soTien': view.wageArrearsAmount, thieuViecLam: view.underEmployed,
      hopDong: view.contracted, bhxh: view.socialInsured, thuongTet: view.tetBonusAverage, tienAnCa: view.mealValuePerShift,
    };
    const figures: Record<string, Figure> = {};
    for (const [key, [label, format]] of Object.entries(labels) as [Key, [string, FigureFormat]][]) {
      const value = values?.[key] ?? null;
      figures[`laoDong.${key}`] = value === null ? { value: NO_DATA, label, format: 'text' } : { value, label, format };
    }
    return { figures, sentences: {} };
  },
};
