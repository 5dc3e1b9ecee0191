// The recruitment module's API paths (phát triển đoàn viên), typed by the shared contracts.
import type {
  ProspectListView, ProspectStatus, ProspectView, RecruitmentTargetView, RecruitmentYearView,
} from '../../../shared/contracts/recruitment.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { ProspectListView, ProspectStatus, ProspectView, RecruitmentTargetView, RecruitmentYearView };

export const recruitmentYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/recruitment${toQueryString({ year })}`;
export const prospectsPath = (orgId: number) => `/api/orgs/${orgId}/recruitment/prospects`;

export function saveTarget(orgId: number, year: number, body: { newMembers: number; note: string | null }) {
  return api.put<RecruitmentTargetView>(`/api/orgs/${orgId}/recruitment/targets/${year}`, body);
}

export function saveProspect(orgId: number, id: number | null, body: Record<string, unknown>) {
  return id === null ? api.post<ProspectView>(prospectsPath(orgId), body) : api.put<ProspectView>(`${prospectsPath(orgId)}/${id}`, body);
}

export function markProspectJoined(orgId: number, id: number, memberId: number) {
  return api.post<ProspectView>(`${prospectsPath(orgId)}/${id}/joined`, { memberId });
}

export function withdrawProspectConsent(orgId: number, id: number, withdrawnOn: string) {
  return api.post<ProspectView>(`${prospectsPath(orgId)}/${id}/withdrawal`, { withdrawnOn });
}

export function deleteProspect(orgId: number, id: number) {
  return api.delete<{ ok: boolean }>(`${prospectsPath(orgId)}/${id}`);
}
