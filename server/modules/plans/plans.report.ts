import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { STATUS_TEXT, formatPlanTarget, formatPlanValue, type TargetView } from '../../../shared/contracts/plans.contract.ts';
import { findMovements } from './plans.repo.ts';
import { targetsFor } from './plans.service.ts';

// The plan in the annual report (issue 13, item 5): part B is written from the next year's plan — its movements
// (the emulation movements launched for that year, their content line by line) and its targets (each statement with
// its value written in) — and the year's own plan comes back as its results (A.II.4, left out when the year had none).
// Placeholders:
//   keHoach.soChiTieu, keHoach.datDuoc          targets of the report year's plan, and those met on the report's date
//   keHoach.ketQua                              all of them with their actuals, as one text
//   keHoach.ketQua.<n>                          target n: "<statement>: thực hiện 95% (không đạt)"
//   keHoach.soChiTieuNamSau, keHoach.chiTieuNamSau   the next year's targets, counted and as one text
//   keHoach.namSau.<n>                          the next year's target n as it reads ("100% cán bộ, công chức …")
//   keHoach.phongTrao.<n>, keHoach.phongTrao.<n>.<m>   the next year's movement n, and line m of its content

const NO_DATA = 'chưa có số liệu';
/** What part B says while the next year's plan is empty: a gap the draft checks flag before finalising. */
const GAP = '1. …';

/** "<statement>: thực hiện 95% (không đạt)", the target named when the statement does not write it. */
function resultText(t: TargetView): string {
  if (t.actual === null) {
    return `${t.text}: ${NO_DATA}`;
  }
  const target = t.statement.includes('{{chiTieu}}') ? '' : ` / chỉ tiêu ${formatPlanTarget(t)}`;
  return `${t.text}: thực hiện ${formatPlanValue(t.unit, t.actual)}${target} (${STATUS_TEXT[t.status]})`;
}

const contentLines = (content: string | null) => (content ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export const plansReportSection: SectionProvider = {
  id: 'plans',
  topics: ['planResults', 'nextMovements', 'nextTargets'],
  renewed: ['planResults', 'nextMovements', 'nextTargets'],
  async contribute({ db, org, year, date }) {
    const [own, next, movements] = await Promise.all([
      targetsFor(db, org.id, year, date), targetsFor(db, org.id, year + 1, date), findMovements(db, org.id, year + 1),
    ]);
    const figures: Record<string, Figure> = {
      'keHoach.soChiTieu': { value: own.length, label: `Chỉ tiêu của kế hoạch năm ${year}`, format: 'count' },
      'keHoach.datDuoc': { value: own.filter((t) => t.status === 'met').length, label: `Chỉ tiêu năm ${year} đã đạt`, format: 'count' },
      'keHoach.ketQua': {
        value: own.length === 0 ? NO_DATA : own.map((t, i) => `${i + 1}. ${resultText(t)}`).join('; '),
        label: `Kết quả thực hiện các chỉ tiêu năm ${year}`, format: 'text',
      },
      'keHoach.soChiTieuNamSau': { value: next.length, label: `Chỉ tiêu của kế hoạch năm ${year + 1}`, format: 'count' },
      'keHoach.chiTieuNamSau': {
        value: next.length === 0 ? NO_DATA : next.map((t, i) => `${i + 1}. ${t.text}`).join('; '),
        label: `Các chỉ tiêu năm ${year + 1}`, format: 'text',
      },
    };
    own.forEach((t, i) => {
      figures[`keHoach.ketQua.${i + 1}`] = { value: resultText(t), label: `Chỉ tiêu ${i + 1} năm ${year}: kết quả`, format: 'text' };
    });
    next.forEach((t, i) => {
      figures[`keHoach.namSau.${i + 1}`] = { value: t.text, label: `Chỉ tiêu ${i + 1} năm ${year + 1}`, format: 'text' };
    });
    const movementLines: string[] = [];
    movements.forEach((m, i) => {
      const n = i + 1;
      figures[`keHoach.phongTrao.${n}`] = { value: m.name, label: `Phong trào ${n} năm ${year + 1}`, format: 'text' };
      movementLines.push(`${n}. {{keHoach.phongTrao.${n}}}:`);
      contentLines(m.content).forEach((line, j) => {
        figures[`keHoach.phongTrao.${n}.${j + 1}`] = { value: line, label: `Phong trào ${n} năm ${year + 1}: dòng ${j + 1}`, format: 'text' };
        movementLines.push(`{{keHoach.phongTrao.${n}.${j + 1}}}`);
      });
    });
    return {
      figures,
      sentences: {
        planResults: own.length === 0 ? [] : [
          'Năm {{nam}}, Công đoàn đạt {{keHoach.datDuoc}} trên {{keHoach.soChiTieu}} chỉ tiêu đề ra:',
          ...own.map((_, i) => `- {{keHoach.ketQua.${i + 1}}}.`),
        ],
        nextMovements: movementLines.length === 0 ? [GAP] : movementLines,
        nextTargets: next.length === 0 ? [GAP] : next.map((_, i) => `${i + 1}. {{keHoach.namSau.${i + 1}}}.`),
      },
    };
  },
};
