import { sql } from 'kysely';
import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { dialogueFlagsOf } from './dialogue.service.ts';

// Placeholders for the enterprise union's report (đối thoại tại nơi làm việc; hội nghị người lao động), for the year:
//   doiThoai.dinhKy       periodic dialogues          doiThoai.dotXuat     requested dialogues
//   doiThoai.soKienNghi   issues raised in them       doiThoai.daGiaiQuyet of which resolved
//   doiThoai.hoiNghiNld   'đã tổ chức ngày dd/mm/yyyy' or 'chưa tổ chức'
//   doiThoai.quaHan       workers' issues still open past their deadline on the report's date
// Sentences ('dialogue'); a year without a periodic dialogue, or with overdue issues, is suggested as a limitation.

export const dialogueReportSection: SectionProvider = {
  id: 'dialogue',
  topics: ['dialogue', 'limitations'],
  async contribute({ db, org, year, date }) {
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
    const flags = await dialogueFlagsOf(db, org.id, year, date);
    const overdue = flags.overdueIssues.length;
    const figures: Record<string, Figure> = {
      'doiThoai.quaHan': { value: overdue, label: 'Số kiến nghị quá hạn chưa giải quyết', format: 'count' },
      'doiThoai.dinhKy': { value: Number(f.periodic), label: 'Số cuộc đối thoại định kỳ tại nơi làm việc', format: 'count' },
      'doiThoai.dotXuat': { value: Number(f.requested), label: 'Số cuộc đối thoại đột xuất', format: 'count' },
      'doiThoai.soKienNghi': { value: Number(f.issues), label: 'Số kiến nghị của người lao động nêu tại đối thoại', format: 'count' },
      'doiThoai.daGiaiQuyet': { value: Number(f.resolved), label: 'Số kiến nghị đã được giải quyết', format: 'count' },
      'doiThoai.hoiNghiNld': {
        value: f.conference === null ? 'chưa tổ chức' : `đã tổ chức ngày ${formatDateVi(f.conference)}`, label: 'Hội nghị người lao động', format: 'text',
      },
    };
    const held = Number(f.periodic) + Number(f.requested) > 0;
    const sentences = [
      held
        ? `Năm {{nam}}, Công đoàn phối hợp với người sử dụng lao động tổ chức ${[
          Number(f.periodic) > 0 ? '{{doiThoai.dinhKy}} cuộc đối thoại định kỳ' : null, Number(f.requested) > 0 ? '{{doiThoai.dotXuat}} cuộc đối thoại đột xuất' : null,
        ].filter((x) => x !== null).join(' và ')} tại nơi làm việc; người lao động nêu {{doiThoai.soKienNghi}} kiến nghị, {{doiThoai.daGiaiQuyet}} kiến nghị đã được giải quyết.`
        : 'Năm {{nam}}, chưa tổ chức đối thoại tại nơi làm việc.',
      'Hội nghị người lao động năm {{nam}} {{doiThoai.hoiNghiNld}}.',
    ];
    // Only where the Labour Code's dialogue applies (an enterprise, or a union that keeps dialogue records).
    const limitations = !flags.applies ? [] : [
      !flags.hasPeriodicDialogue ? '- Chưa phối hợp tổ chức đối thoại định kỳ tại nơi làm việc trong năm theo quy định của Bộ luật Lao động.' : null,
      overdue === 0 ? null : '- Còn {{doiThoai.quaHan}} kiến nghị của người lao động quá hạn chưa được giải quyết.',
    ].filter((x) => x !== null);
    return { figures, sentences: { dialogue: sentences }, suggestions: { limitations } };
  },
};
