// The dialogue module's API paths (đối thoại tại nơi làm việc; hội nghị người lao động), typed by the shared contracts.
import type { DialogueFlags, DialogueYearView, IssueView, MeetingKind, MeetingView } from '../../../shared/contracts/dialogue.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { DialogueFlags, DialogueYearView, IssueView, MeetingKind, MeetingView };
export { meetingKind } from '../../../shared/contracts/dialogue.contract.ts';

export const dialogueYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/dialogue${toQueryString({ year })}`;
export const dialogueFlagsPath = (orgId: number, year: number) => `/api/orgs/${orgId}/dialogue/flags${toQueryString({ year })}`;

export function saveMeeting(orgId: number, id: number | null, body: Record<string, unknown>) {
  const base = `/api/orgs/${orgId}/dialogue/meetings`;
  return id === null ? api.post<MeetingView>(base, body) : api.put<MeetingView>(`${base}/${id}`, body);
}
export const deleteMeeting = (orgId: number, id: number) => api.delete<{ ok: boolean }>(`/api/orgs/${orgId}/dialogue/meetings/${id}`);

export function saveIssue(orgId: number, meetingId: number, id: number | null, body: Record<string, unknown>) {
  const base = `/api/orgs/${orgId}/dialogue/meetings/${meetingId}/issues`;
  return id === null ? api.post<MeetingView>(base, body) : api.put<MeetingView>(`${base}/${id}`, body);
}
export const deleteIssue = (orgId: number, meetingId: number, id: number) =>
  api.delete<{ ok: boolean }>(`/api/orgs/${orgId}/dialogue/meetings/${meetingId}/issues/${id}`);
