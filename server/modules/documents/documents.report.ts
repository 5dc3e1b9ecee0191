import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { countDocumentsByStatus, findDocumentsDueBetween } from './documents.repo.ts';
import { yearOnTimeRate } from './on-time.ts';

// Placeholders under vanBan.* for the annual report (the plan's "100 % văn bản chỉ đạo … thực hiện đúng hạn"):
//   vanBan.tongSo        directive documents received in the year
//   vanBan.denHan        documents whose deadline fell in the year, up to the report's date (on-time.ts)
//   vanBan.dungHan       of those, done by their deadline
//   vanBan.tyLeDungHan   dungHan / denHan as a percentage ("chưa có số liệu" when nothing fell due)
// No default sentences: the union writes where the figures go (the plan's targets will read the rate too).

const NO_DATA = 'chưa có số liệu';

export const documentsReportSection: SectionProvider = {
  id: 'documents',
  topics: [],
  async contribute({ db, org, year, date }) {
    const yearEnd = `${year}-12-31`;
    const [counts, due] = await Promise.all([
      countDocumentsByStatus(db, org.id, year),
      findDocumentsDueBetween(db, org.id, `${year}-01-01`, yearEnd),
    ]);
    const rate = yearOnTimeRate(due.map((d) => ({ deadline: d.deadline, status: d.status, completedOn: d.completed_on })), year,
      date < yearEnd ? date : yearEnd);
    const figures: Record<string, Figure> = {
      'vanBan.tongSo': { value: counts.pending + counts.in_progress + counts.done, label: 'Văn bản chỉ đạo đến trong năm', format: 'count' },
      'vanBan.denHan': { value: rate.due, label: 'Văn bản chỉ đạo đến hạn thực hiện trong năm', format: 'count' },
      'vanBan.dungHan': { value: rate.onTime, label: 'Văn bản chỉ đạo thực hiện đúng hạn', format: 'count' },
      'vanBan.tyLeDungHan': rate.rate === null
        ? { value: NO_DATA, label: 'Tỷ lệ văn bản chỉ đạo thực hiện đúng hạn', format: 'text' }
        : { value: rate.rate, label: 'Tỷ lệ văn bản chỉ đạo thực hiện đúng hạn', format: 'percent' },
    };
    return { figures, sentences: {} };
  },
};
