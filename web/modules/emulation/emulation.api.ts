// The emulation module's API paths, typed by the shared contract.
import type {
  DecisionInput, EmulationYear, GradeCode, OverrideInput, OwnEmulation, TitleCode,
} from '../../../shared/contracts/emulation.contract.ts';
import type { MeetingInput, MeetingView, VotesInput } from '../../../shared/contracts/emulation-meetings.contract.ts';
import type { YearJudging } from '../../../shared/contracts/judging.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { DecisionInput, EmulationYear, MeetingInput, MeetingView, OwnEmulation, VotesInput, YearJudging };

const base = (orgId: number) => `/api/orgs/${orgId}/emulation`;
export const emulationYearPath = (orgId: number, year: number) => `${base(orgId)}/${year}`;
/** Xét duyệt of the year, by its own rules or (asOf) as if under another date's rules. */
export const judgingPath = (orgId: number, year: number, asOf: string | null) =>
  `${base(orgId)}/${year}/judging${asOf ? `?asOf=${asOf}` : ''}`;
export const ownEmulationPath = (year: number) => `/api/me/emulation/${year}`;
export const meetingsPath = (orgId: number, year: number) => `${base(orgId)}/${year}/meetings`;
export const minutesPath = (orgId: number, meetingId: number) => `${base(orgId)}/meetings/${meetingId}/minutes.docx`;
export const dossierPath = (orgId: number, meetingId: number, title: TitleCode) =>
  `${base(orgId)}/meetings/${meetingId}/dossier.zip${toQueryString({ title })}`;
export const registrationSheetPath = (orgId: number, year: number) => `${base(orgId)}/${year}/registrations.docx`;

/** A member registers themselves for a title of the year (LĐTT or CSTĐCS). */
export function registerOwn(orgId: number, memberId: number, year: number, title: 'ldtt' | 'cstdcs') {
  return api.post<{ id: number }>(`${base(orgId)}/registrations`, { year, memberId, title });
}

/** The committee registers any member: for a title, or (rating) for the staff rating aimed at. */
export function createRegistration(
  orgId: number, input: { year: number; memberId: number; title: TitleCode | 'rating'; targetRating: GradeCode | null },
) {
  return api.post<{ id: number }>(`${base(orgId)}/registrations`, input);
}

export function withdrawRegistration(orgId: number, registrationId: number) {
  return api.delete<{ id: number }>(`${base(orgId)}/registrations/${registrationId}`);
}

export function recordRating(orgId: number, input: { year: number; memberId: number; grade: GradeCode; decisionId: number | null }) {
  return api.post<{ id: number }>(`${base(orgId)}/ratings`, input);
}

export function createInitiative(
  orgId: number, input: { year: number; title: string; authorIds: number[]; decisionId: number | null; recognisedOn: string | null },
) {
  return api.post<{ id: number }>(`${base(orgId)}/initiatives`, input);
}

export function createDecision(orgId: number, input: DecisionInput) {
  return api.post<{ id: number }>(`${base(orgId)}/decisions`, input);
}

/** A proposed title (đề nghị), e.g. for a candidate who passed the meeting's vote. */
export function proposeResult(orgId: number, input: { year: number; memberId: number; title: TitleCode }) {
  return api.post<{ id: number }>(`${base(orgId)}/results`, input);
}

/** Proposed → decided; the server judges the title first and refuses (409) naming the condition and its article. */
export function decideResult(orgId: number, resultId: number, decisionId: number, override: OverrideInput | null) {
  return api.post<{ id: number }>(`${base(orgId)}/results/${resultId}/decide`, { decisionId, override });
}

export function createMeeting(orgId: number, input: MeetingInput) {
  return api.post<{ id: number }>(`${base(orgId)}/meetings`, input);
}

export function recordVotes(orgId: number, meetingId: number, input: VotesInput) {
  return api.put<MeetingView>(`${base(orgId)}/meetings/${meetingId}/votes`, input);
}
