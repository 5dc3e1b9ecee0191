import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { memberCountsOf } from '../../members/members.service.ts';
import { countAdmittedByMonth } from '../../recruitment/recruitment.repo.ts';
import type { SourceLoader } from './source.types.ts';

// Đoàn viên from the union's member records: the members and women on the reporting date (active and suspended, as
// every other count of congdoan), and the members admitted in the period (status event «kết nạp»; a transfer in
// from another union is not a new member). The period starts on 01/12 of the previous year.

export const membersKeys = ['total', 'women', 'admitted'] as const;

export const loadMemberFigures: SourceLoader<(typeof membersKeys)[number]> = async ({ db, orgId, date, from }) => {
  const year = Number(date.slice(0, 4));
  const [counts, december, thisYear] = await Promise.all([
    memberCountsOf(db, [orgId], date),
    // The period's first month is December of the previous year.
    countAdmittedByMonth(db, orgId, year - 1, `${year - 1}-12-31`),
    countAdmittedByMonth(db, orgId, year, date),
  ]);
  const c = counts.get(orgId) ?? { members: 0, women: 0 };
  const on = formatDateVi(date);
  const admitted = december[11] + thisYear.reduce((s, n) => s + n, 0);
  return {
    total: { value: c.members, trace: `Đếm đoàn viên của công đoàn ngày ${on} (kể cả đoàn viên tạm dừng sinh hoạt)` },
    women: { value: c.women, trace: `Đếm đoàn viên nữ của công đoàn ngày ${on}` },
    admitted: { value: admitted, trace: `Đếm đoàn viên kết nạp từ ${formatDateVi(from)} đến ${on} (sự kiện «kết nạp» trong hồ sơ đoàn viên)` },
  };
};
