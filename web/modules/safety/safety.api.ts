// The safety and dispute module's API paths (an toàn vệ sinh lao động; tranh chấp lao động), typed by the shared contracts.
import type {
  LabourDisputeView, SafetyInspectionView, SafetyOfficerView, SafetyYearView, WorkAccidentView,
} from '../../../shared/contracts/safety.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { LabourDisputeView, SafetyInspectionView, SafetyOfficerView, SafetyYearView, WorkAccidentView };
export { accidentSeverity, disputeKind, disputeStatus } from '../../../shared/contracts/safety.contract.ts';

/** The four record kinds and where they are written. */
export type SafetyRecordPath = 'safety/officers' | 'safety/inspections' | 'safety/accidents' | 'disputes';

export const safetyYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/safety${toQueryString({ year })}`;
export const welfareEventsPath = (orgId: number, year: number) => `/api/orgs/${orgId}/welfare/events${toQueryString({ year })}`;

export function saveSafetyRecord<V>(orgId: number, path: SafetyRecordPath, id: number | null, body: Record<string, unknown>) {
  return id === null ? api.post<V>(`/api/orgs/${orgId}/${path}`, body) : api.put<V>(`/api/orgs/${orgId}/${path}/${id}`, body);
}

export function deleteSafetyRecord(orgId: number, path: SafetyRecordPath, id: number) {
  return api.delete<{ ok: boolean }>(`/api/orgs/${orgId}/${path}/${id}`);
}
