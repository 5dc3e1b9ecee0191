import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { findIssues, findMeetings, type MeetingRow } from '../../dialogue/dialogue.repo.ts';
import type { SourceLoader } from './source.types.ts';

// Đối thoại tại nơi làm việc and hội nghị người lao động held in the period, and the workers' issues raised in the
// dialogues (resolved: done by the reporting date).

export const dialogueKeys = ['periodic', 'requested', 'issues', 'issuesResolved', 'conferences'] as const;

const heldOn = (rows: readonly MeetingRow[]) =>
  rows.length === 0 ? 'không có' : `ngày ${rows.map((r) => formatDateVi(r.heldOn)).join(', ')}`;

export const loadDialogueFigures: SourceLoader<(typeof dialogueKeys)[number]> = async ({ db, orgId, date, from }) => {
  const held = (await findMeetings(db, orgId, {})).filter((m) => m.heldOn >= from && m.heldOn <= date);
  const of = (kind: MeetingRow['kind']) => held.filter((m) => m.kind === kind);
  const dialogues = held.filter((m) => m.kind !== 'workers_conference');
  const issues = await findIssues(db, orgId, dialogues.map((m) => m.id));
  const resolved = issues.filter((i) => i.doneOn !== null && i.doneOn <= date);
  const period = `từ ${formatDateVi(from)} đến ${formatDateVi(date)}`;
  return {
    periodic: { value: of('periodic').length, trace: `Đối thoại định kỳ tổ chức ${period}: ${heldOn(of('periodic'))}` },
    requested: { value: of('requested').length, trace: `Đối thoại khi có yêu cầu tổ chức ${period}: ${heldOn(of('requested'))}` },
    issues: { value: issues.length, trace: `Kiến nghị ghi trong biên bản các cuộc đối thoại ${period}` },
    issuesResolved: { value: resolved.length, trace: `Kiến nghị của các cuộc đối thoại ${period} đã giải quyết xong đến ngày ${formatDateVi(date)}` },
    conferences: { value: of('workers_conference').length, trace: `Hội nghị người lao động tổ chức ${period}: ${heldOn(of('workers_conference'))}` },
  };
};
