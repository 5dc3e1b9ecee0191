import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { countAdmittedByMonth, countContacted, countProspects, findTarget } from './recruitment.repo.ts';

// Placeholders for the enterprise union's report (phát triển đoàn viên), for the report's year up to its date:
//   phatTrien.chiTieu      the year's target of new members ("chưa có chỉ tiêu" without one)
//   phatTrien.ketNap       members admitted in the year up to the report's date (the members module's admissions)
//   phatTrien.tyLeChiTieu  admitted / target ("chưa có chỉ tiêu" without one)
//   phatTrien.tiepCan      workers not in the union contacted in the year (last contact in it)
//   phatTrien.chuaVao      workers still being reached out to (new or contacted, consent not withdrawn)
// Sentences ('recruitment'): the year's admissions against the target, and the outreach still going on.

const NO_TARGET = 'chưa có chỉ tiêu';

export const recruitmentReportSection: SectionProvider = {
  id: 'recruitment',
  topics: ['recruitment'],
  async contribute({ db, org, year, date }) {
    const [target, months, prospects, contacted] = await Promise.all([
      findTarget(db, org.id, year), countAdmittedByMonth(db, org.id, year, date), countProspects(db, org.id, date),
      countContacted(db, org.id, `${year}-01-01`, date),
    ]);
    const admitted = months.reduce((s, n) => s + n, 0);
    const figures: Record<string, Figure> = {
      'phatTrien.chiTieu': target
        ? { value: target.newMembers, label: 'Chỉ tiêu kết nạp đoàn viên mới trong năm', format: 'count' }
        : { value: NO_TARGET, label: 'Chỉ tiêu kết nạp đoàn viên mới trong năm', format: 'text' },
      'phatTrien.ketNap': { value: admitted, label: 'Số đoàn viên mới kết nạp trong năm', format: 'count' },
      'phatTrien.tyLeChiTieu': target
        ? { value: admitted / target.newMembers, label: 'Tỷ lệ đạt chỉ tiêu kết nạp đoàn viên', format: 'percent' }
        : { value: NO_TARGET, label: 'Tỷ lệ đạt chỉ tiêu kết nạp đoàn viên', format: 'text' },
      'phatTrien.tiepCan': { value: contacted, label: 'Số người lao động chưa là đoàn viên được tiếp cận, tuyên truyền trong năm', format: 'count' },
      'phatTrien.chuaVao': {
        value: prospects.new + prospects.contacted, label: 'Số người lao động đang tiếp tục vận động vào công đoàn', format: 'count',
      },
    };
    const outreach = contacted + prospects.new + prospects.contacted === 0 ? '' : '; Công đoàn đã tiếp cận, tuyên truyền {{phatTrien.tiepCan}} người lao động chưa vào Công đoàn, đang tiếp tục vận động {{phatTrien.chuaVao}} người';
    const sentences = admitted === 0 && !target && outreach === '' ? [] : [
      `Năm {{nam}}, Công đoàn kết nạp {{phatTrien.ketNap}} đoàn viên mới${target ? ', đạt {{phatTrien.tyLeChiTieu}} chỉ tiêu ({{phatTrien.chiTieu}} đoàn viên)' : ''}${outreach}.`,
    ];
    return { figures, sentences: { recruitment: sentences } };
  },
};
