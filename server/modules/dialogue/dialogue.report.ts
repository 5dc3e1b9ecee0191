import { sql } from 'kysely';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';

// Placeholders for the enterprise union's report (đối thoại tại nơi làm việc; hội nghị người lao động), for the year:
//   doiThoai.dinhKy       periodic dialogues          doiThoai.dotXuat     requested dialogues
//   doiThoai.soKienNghi   issues raised in them       doiThoai.daGiaiQuyet of which resolved
//   doiThoai.hoiNghiNld   'đã tổ chức ngày dd/mm/yyyy' or 'chưa tổ chức'
// No default sentences yet: the enterprise template will place them.

export const dialogueReportSection: SectionProvider = {
  id: 'dialogue',
  sections: [],
  async contribute({ db, org, year }) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const { rows: [f] } = await sql<{ periodic: string | number; requested: string | number; issues: string | number; resolved: string | number;
      conference: string | null }>`
      SELECT
        (SELECT count(*) FROM workplace_meetings WHERE org_id = ${org.id} AND kind = 'periodic' AND held_on BETWEEN ${from}::date AND ${to}::date) AS periodic,
        (SELECT count(*) FROM workplace_meetings WHERE org_id = ${org.id} AND kind = 'requested' AND held_on BETWEEN ${from}::date AND ${to}::date) AS requested,
        (SELECT count(*) FROM meeting_issues i JOIN workplace_meetings m ON m.org_id = i.org_id AND m.id = i.meeting_id
          WHERE i.org_id = ${org.id} AND m.kind <> 'workers_conference' AND m.held_on BETWEEN ${from}::date AND ${to}::date) AS issues,
        (SELECT count(*) FROM meeting_issues i JOIN workplace_meetings m ON m.org_id = i.org_id AND m.id = i.meeting_id
          WHERE i.org_id = ${org.id} AND m.kind <> 'workers_conference' AND m.held_on BETWEEN ${from}::date AND ${to}::date
            AND i.status = 'resolved') AS resolved,
        (SELECT to_char(min(held_on), 'YYYY-MM-DD') FROM workplace_meetings WHERE org_id = ${org.id} AND kind = 'workers_conference'
          AND held_on BETWEEN ${from}::date AND ${to}::date) AS conference`.execute(db);
    const figures: Record<string, Figure> = {
      'doiThoai.dinhKy': { value: Number(f.periodic), label: 'Số cuộc đối thoại định kỳ tại nơi làm việc', format: 'count' },
      'doiThoai.dotXuat': { value: Number(f.requested), label: 'Số cuộc đối thoại đột xuất', format: 'count' },
      'doiThoai.soKienNghi': { value: Number(f.issues), label: 'Số kiến nghị của người lao động nêu tại đối thoại', format: 'count' },
      'doiThoai.daGiaiQuyet': { value: Number(f.resolved), label: 'Số kiến nghị đã được giải quyết', format: 'count' },
      'doiThoai.hoiNghiNld': {
        value: f.conference === null ? 'chưa tổ chức' : `đã tổ chức ngày ${formatDateVi(f.conference)}`, label: 'Hội nghị người lao động', format: 'text',
      },
    };
    return { figures, sentences: {} };
  },
};
