// The activities module's API paths (hoạt động, lịch định kỳ, điểm danh, tỷ lệ, gia đình văn hóa), typed by the shared contract.
import type {
  ActivityKindView, ActivityList, ActivitySettings, ActivityView, AttendanceStatus, CulturalFamilyGrid, GenerateResult, MyActivitiesView,
  RatesView, RosterView, ScheduleView,
} from '../../../shared/contracts/activities.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type {
  ActivityKindView, ActivityList, ActivitySettings, ActivityView, AttendanceStatus, CulturalFamilyGrid, MyActivitiesView, RatesView,
  RosterView, ScheduleView,
};

/** What the activity form sends (the contract's input before its defaults). */
export interface ActivityBody {
  kindId: number; title: string; heldOn: string; startTime: string | null; place: string | null; organiserId: number | null;
  movementId: number | null; note: string | null; audience: 'union' | 'group' | 'women'; groupId: number | null;
}
export interface ScheduleBody {
  kindId: number; title: string; recurrence: 'weekly' | 'monthly'; weekday: number | null; monthDay: number | null; startTime: string | null;
  validFrom: string; validTo: string | null; place: string | null; audience: 'union' | 'group' | 'women'; groupId: number | null;
}

const base = (orgId: number) => `/api/orgs/${orgId}/activities`;
export const kindsPath = (orgId: number) => `${base(orgId)}/kinds`;
export const schedulesPath = (orgId: number) => `${base(orgId)}/schedules`;
export const activitiesPath = (orgId: number, year: number, kind?: string) => `${base(orgId)}${toQueryString({ year, kind })}`;
export const ratesPath = (orgId: number, year: number) => `${base(orgId)}/rates${toQueryString({ year })}`;
export const rosterPath = (orgId: number, activityId: number) => `${base(orgId)}/${activityId}/attendance`;
export const culturalFamiliesPath = (orgId: number, year: number) => `/api/orgs/${orgId}/cultural-families/${year}`;
export const myActivitiesPath = (year: number) => `/api/me/activities/${year}`;

export const createActivity = (orgId: number, body: ActivityBody) => api.post<ActivityView>(base(orgId), body);
export const updateActivity = (orgId: number, id: number, body: ActivityBody) => api.put<ActivityView>(`${base(orgId)}/${id}`, body);
export const cancelActivity = (orgId: number, id: number, cancelled: boolean) => api.post<ActivityView>(`${base(orgId)}/${id}/cancel`, { cancelled });
export const createSchedule = (orgId: number, body: ScheduleBody) => api.post<ScheduleView>(schedulesPath(orgId), body);
export const updateSchedule = (orgId: number, id: number, body: ScheduleBody) => api.put<ScheduleView>(`${schedulesPath(orgId)}/${id}`, body);
export const deleteSchedule = (orgId: number, id: number) => api.delete<{ ok: boolean }>(`${schedulesPath(orgId)}/${id}`);
export const generateSchedule = (orgId: number, id: number, year: number) =>
  api.post<GenerateResult>(`${schedulesPath(orgId)}/${id}/generate${toQueryString({ year })}`);
export const saveRoster = (orgId: number, activityId: number, entries: { memberId: number; status: AttendanceStatus; note: string | null }[]) =>
  api.put<RosterView>(rosterPath(orgId, activityId), { entries });
export const saveCulturalFamilies = (orgId: number, year: number, marks: { memberId: number; recognised: boolean; note: string | null }[]) =>
  api.put<CulturalFamilyGrid>(culturalFamiliesPath(orgId, year), { marks });
export const setActivitySettings = (orgId: number, body: ActivitySettings) => api.put<ActivitySettings>(`${base(orgId)}/settings`, body);
