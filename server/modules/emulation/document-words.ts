import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatPercent } from '../../../shared/vi/numbers.ts';
import { titleLabels, type GradeCode, type TitleCode } from '../../../shared/contracts/emulation.contract.ts';
import type { Block } from '../reports/document/model.ts';
import type { DecisionRef } from './dossier.repo.ts';

// The words the emulation documents share (minutes, registration sheet, dossier), so they say things one way.

export const gradeWords: Record<GradeCode, string> = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
  httnv: 'Hoàn thành tốt nhiệm vụ',
  htnv: 'Hoàn thành nhiệm vụ',
  khtnv: 'Không hoàn thành nhiệm vụ',
};

export const commendationWords: Record<string, string> = {
  giay_khen: 'Giấy khen', bang_khen: 'Bằng khen', co_thi_dua: 'Cờ thi đua', other: 'Khen thưởng',
};

/** danh hiệu “Lao động tiên tiến” */
export const titleWords = (title: TitleCode) => `danh hiệu “${titleLabels[title]}”`;

/** "Quyết định số 2950/QĐ-UBND ngày 08/12/2023 của UBND thị xã Hương Trà" */
export const decisionWords = (d: DecisionRef) => `Quyết định số ${d.number} ngày ${formatDateVi(d.issuedOn)} của ${d.issuer}`;

/** "27/28 phiếu (96,4%)" */
export const voteWords = (votesFor: number, votesCast: number) => `${votesFor}/${votesCast} phiếu (${formatPercent(votesFor / votesCast)})`;

/** Mục III of the achievement reports (Mẫu 02 and 03): one row a year, with the decision that gave it. */
export const yearTable = (what: string, rows: string[][]): Block => ({
  kind: 'table',
  columns: [
    { header: 'Năm', widthPct: 12, align: 'center' },
    { header: what, widthPct: 30 },
    { header: `Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định`, widthPct: 58 },
  ],
  rows: rows.length > 0 ? rows : [['', '(Chưa có)', '']],
});

