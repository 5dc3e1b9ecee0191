import type { Figure, FigureFormat, ReportTopic, SectionProvider } from '../reports/engine/section-provider.ts';
import type { WorkforceView } from '../../../shared/contracts/workforce.contract.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
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
//   laoDong.nhaO, laoDong.thueTro                     housed by the employer, renting themselves
//   laoDong.ngay                                      the date the figures stand at (dd/mm/yyyy)
// Sentences: jobs and incomes ('workforce'), Tết, meals and housing ('caring'), each naming only what was entered;
// without figures, a gap the chairperson fills (or imports the employer's figures).

const NO_DATA = 'chưa có số liệu';

type Key = 'tong' | 'nu' | 'doanVien' | 'tyLeDoanVien' | 'thuNhapBinhQuan' | 'noLuong.nguoi' | 'noLuong.soTien' | 'thieuViecLam'
  | 'hopDong' | 'bhxh' | 'thuongTet' | 'tienAnCa' | 'nhaO' | 'thueTro';

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
  nhaO: ['Lao động được bố trí nhà ở', 'count'],
  thueTro: ['Lao động tự thuê nhà trọ', 'count'],
};

export const workforceReportSection: SectionProvider = {
  id: 'workforce',
  topics: ['workforce', 'caring'],
  async contribute({ db, org, year, date }) {
    const row = await findLatestFigures(db, org.id, `${year}-01-01`, date);
    const view = row ? (await workforceViews(db, org.id, [row]))[0] : null;
    const values: Record<Key, number | null> | null = view && {
      tong: view.employees, nu: view.women, doanVien: view.members, tyLeDoanVien: view.coverage, thuNhapBinhQuan: view.averageIncome,
      'noLuong.nguoi': view.wageArrearsWorkers, 'noLuong.soTien': view.wageArrearsAmount, thieuViecLam: view.underEmployed,
      hopDong: view.contracted, bhxh: view.socialInsured, thuongTet: view.tetBonusAverage, tienAnCa: view.mealValuePerShift,
      nhaO: view.housedByEmployer, thueTro: view.renting,
    };
    const figures: Record<string, Figure> = {};
    for (const [key, [label, format]] of Object.entries(labels) as [Key, [string, FigureFormat]][]) {
      const value = values?.[key] ?? null;
      figures[`laoDong.${key}`] = value === null ? { value: NO_DATA, label, format: 'text' } : { value, label, format };
    }
    figures['laoDong.ngay'] = { value: view ? formatDateVi(view.asOf) : NO_DATA, label: 'Ngày của số liệu lao động', format: 'text' };
    return { figures, sentences: view ? sentencesOf(view) : { workforce: [NO_FIGURES] } };
  },
};

const NO_FIGURES = '- Tình hình lao động, việc làm, thu nhập của người lao động năm {{nam}}: …';

function sentencesOf(v: WorkforceView): Partial<Record<ReportTopic, string[]>> {
  const workforce = [
    'Đến ngày {{laoDong.ngay}}, doanh nghiệp có {{laoDong.tong}} lao động, trong đó nữ {{laoDong.nu}} người; {{laoDong.hopDong}} người có hợp đồng lao động, {{laoDong.bhxh}} người tham gia bảo hiểm xã hội.',
    [
      v.averageIncome === null ? null : 'Thu nhập bình quân của người lao động {{laoDong.thuNhapBinhQuan}}/người/tháng',
      v.underEmployed === 0 ? 'không có lao động thiếu việc làm' : '{{laoDong.thieuViecLam}} lao động thiếu việc làm',
      v.wageArrearsWorkers === 0
        ? 'doanh nghiệp không nợ lương người lao động'
        : 'doanh nghiệp còn nợ lương {{laoDong.noLuong.nguoi}} người với số tiền {{laoDong.noLuong.soTien}}',
    ].filter((x) => x !== null).join('; ').replace(/^./, (c) => c.toUpperCase()) + '.',
  ];
  const caring = [
    v.tetBonusAverage === null ? null : 'thưởng Tết bình quân {{laoDong.thuongTet}}/người',
    v.mealValuePerShift === null ? null : 'tiền ăn ca {{laoDong.tienAnCa}}/ca',
    v.housedByEmployer === 0 ? null : '{{laoDong.nhaO}} lao động được doanh nghiệp bố trí nhà ở',
  ].filter((x) => x !== null);
  return {
    workforce,
    caring: caring.length === 0 ? [] : [`Công đoàn phối hợp với người sử dụng lao động bảo đảm ${caring.join(', ')}.`],
  };
}
