// Paths and calls of the reports API (báo cáo tổng kết); pages use these instead of spelling URLs.
import type {
  AnnualDraftView, ReportDeadlinesView, ReportSettingsRequest, ReportVersionView, StartFromLastYearView,
} from '../../../shared/contracts/reports.contract.ts';
import { api } from '../../app/api.ts';

export const annualPath = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/annual/${year}`;
export const previewPath = (orgId: number, year: number) => `${annualPath(orgId, year)}/preview`;
export const draftDocxPath = (orgId: number, year: number) => `${annualPath(orgId, year)}/draft.docx`;
export const versionDocxPath = (orgId: number, versionId: number) => `/api/orgs/${orgId}/reports/versions/${versionId}/docx`;
export const versionPdfPath = (orgId: number, versionId: number) => `/api/orgs/${orgId}/reports/versions/${versionId}/pdf`;
export const inboxPath = (orgId: number) => `/api/orgs/${orgId}/reports/inbox`;
/** The year's inbox: submissions on time or late, and the grassroots unions below yet to submit. */
export const inboxYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/inbox?year=${year}`;
export const deadlinePath = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/deadlines/${year}`;
export const remindersPath = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/reminders?year=${year}`;
export const pdfAvailablePath = '/api/reports/pdf-available';

const sectionPath = (orgId: number, year: number, key: string) => `${annualPath(orgId, year)}/sections/${encodeURIComponent(key)}`;

export const saveSection = (orgId: number, year: number, key: string, paragraphs: string[]) =>
  api.put<AnnualDraftView>(sectionPath(orgId, year, key), { paragraphs });
export const resetSection = (orgId: number, year: number, key: string) => api.delete<AnnualDraftView>(sectionPath(orgId, year, key));
export const saveSettings = (orgId: number, year: number, change: ReportSettingsRequest) =>
  api.put<AnnualDraftView>(`${annualPath(orgId, year)}/settings`, change);
export const startFromLastYear = (orgId: number, year: number) => api.post<StartFromLastYearView>(`${annualPath(orgId, year)}/start-from-last-year`);
export const fetchPreview = (orgId: number, year: number) => api.get<{ html: string }>(previewPath(orgId, year));
/** `acknowledged`: the ids of the typed-number warnings the chairperson confirmed. */
export const finaliseAnnual = (orgId: number, year: number, acknowledged: string[]) =>
  api.post<ReportVersionView>(`${annualPath(orgId, year)}/finalise`, { acknowledged });
export const submitVersion = (orgId: number, versionId: number) =>
  api.post<ReportVersionView>(`/api/orgs/${orgId}/reports/versions/${versionId}/submit`);
export const setDeadline = (orgId: number, year: number, dueOn: string) => api.put<ReportDeadlinesView>(deadlinePath(orgId, year), { dueOn });
export const removeDeadline = (orgId: number, year: number) => api.delete<ReportDeadlinesView>(deadlinePath(orgId, year));
/** The receiving level sends a submitted version back with the reason; the union finalises a new one. */
export const returnVersion = (orgId: number, versionId: number, comment: string) =>
  api.post<ReportVersionView>(`/api/orgs/${orgId}/reports/versions/${versionId}/return`, { comment });
