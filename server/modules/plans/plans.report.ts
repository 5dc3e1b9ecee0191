import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { STATUS_TEXT, formatPlanTarget, formatPlanValue, type TargetView } from '../../../shared/contracts/plans.contract.ts';
import { targetsFor } from './plans.service.ts';

// Placeholders under keHoach.* for the annual report (issue 13, item 5):
//   keHoach.soChiTieu          targets of the report year's plan
//   keHoach.datDuoc            of those, met on the report's date (plans.evaluate.ts)
//   keHoach.ketQua             the report year's targets with their actuals: "1. … : đạt 100% / chỉ tiêu 100% (đạt); 2. …"
//   keHoach.soChiTieuNamSau    targets of the next year's plan (part B: phương hướng, nhiệm vụ)
//   keHoach.chiTieuNamSau      the next year's targets as a numbered text: "1. …; 2. …"
// No default sentences: part B's text is the union's (the demo narrative is not touched); the figures go where it says.

const NO_DATA = 'chưa có số liệu';

function resultLine(t: TargetView, i: number): string {
  const actual = t.actual === null ? NO_DATA : formatPlanValue(t.unit, t.actual);
  return `${i + 1}. ${t.statement}: thực hiện ${actual} / chỉ tiêu ${formatPlanTarget(t)} (${STATUS_TEXT[t.status]})`;
}

export const plansReportSection: SectionProvider = {
  id: 'plans',
  sections: [],
  async contribute({ db, org, year, date }) {
    const [own, next] = await Promise.all([targetsFor(db, org.id, year, date), targetsFor(db, org.id, year + 1, date)]);
    const figures: Record<string, Figure> = {
      'keHoach.soChiTieu': { value: own.length, label: `Chỉ tiêu của kế hoạch năm ${year}`, format: 'count' },
      'keHoach.datDuoc': { value: own.filter((t) => t.status === 'met').length, label: `Chỉ tiêu năm ${year} đã đạt`, format: 'count' },
      'keHoach.ketQua': { value: own.length === 0 ? NO_DATA : own.map(resultLine).join('; '), label: `Kết quả thực hiện các chỉ tiêu năm ${year}`, format: 'text' },
      'keHoach.soChiTieuNamSau': { value: next.length, label: `Chỉ tiêu của kế hoạch năm ${year + 1}`, format: 'count' },
      'keHoach.chiTieuNamSau': {
        value: next.length === 0 ? NO_DATA : next.map((t, i) => `${i + 1}. ${t.statement}`).join('; '),
        label: `Các chỉ tiêu năm ${year + 1}`, format: 'text',
      },
    };
    return { figures, sentences: [] };
  },
};
