// The emulation module's API paths, typed by the shared contract.
import type { z } from 'zod';
import type {
  commendationForm, DecisionInput, disciplineForm, EmulationYear, GradeCode, holderCode, IssuerLevel, OverrideInput, OwnEmulation, TitleCode,
} from '../../../shared/contracts/emulation.contract.ts';
import type { EmulationImportResult } from '../../../shared/contracts/emulation-import.contract.ts';
import type {
  MeetingInput, MeetingView, VoteThreshold, VoteThresholdView, VotesInput,
} from '../../../shared/contracts/emulation-meetings.contract.ts';
import type { CashInput, YearJudging } from '../../../shared/contracts/judging.contract.ts';
import { api, apiRequest, toQueryString } from '../../app/api.ts';

export type {
  DecisionInput, EmulationImportResult, EmulationYear, MeetingInput, MeetingView, OwnEmulation, VoteThresholdView, VotesInput, YearJudging,
};
export type CommendationForm = z.infer<typeof commendationForm>;
export type DisciplineForm = z.infer<typeof disciplineForm>;
export type HolderCode = z.infer<typeof holderCode>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** What may be proposed, then decided: a title, a commendation, a collective award. */
export type DecidableKind = 'results' | 'commendations' | 'collective-awards';

/** Proposed → decided; for a title the server judges it first and refuses (409) naming the condition and its article. */
export function decideProposal(orgId: number, kind: DecidableKind, id: number, decisionId: number, override: OverrideInput | null) {
  return api.post<{ id: number }>(`${base(orgId)}/${kind}/${id}/decide`, { decisionId, override });
}

/** The cash of a decided title or commendation, corrected with a reason (chairperson). */
export function correctCash(orgId: number, kind: 'results' | 'commendations', id: number, input: CashInput) {
  return api.put<{ id: number; cashAmount: number | null }>(`${base(orgId)}/${kind}/${id}/cash`, input);
}

export function createMovement(orgId: number, input: { year: number; name: string; content: string | null; launchedOn: string; targets: string[] }) {
  return api.post<{ id: number }>(`${base(orgId)}/movements`, input);
}

export function createCollectiveRegistration(orgId: number, input: { year: number; holder: HolderCode; goal: string }) {
  return api.post<{ id: number }>(`${base(orgId)}/collective-registrations`, input);
}

export function createCommendation(orgId: number, input: {
  year: number; memberId: number | null; collectiveName: string | null; form: CommendationForm; issuer: string; issuerLevel: IssuerLevel;
  reason: string | null; cashAmount: number | null; decisionId: number | null;
}) {
  return api.post<{ id: number }>(`${base(orgId)}/commendations`, input);
}

export function createCollectiveAward(orgId: number, input: {
  year: number; holder: HolderCode; kind: 'title' | 'prize'; name: string; prizeRank: string | null; issuer: string; issuerLevel: IssuerLevel;
  decisionId: number | null;
}) {
  return api.post<{ id: number }>(`${base(orgId)}/collective-awards`, input);
}

export function createDiscipline(orgId: number, input: {
  memberId: number; form: DisciplineForm; decidedOn: string; reason: string | null; decisionId: number | null;
}) {
  return api.post<{ id: number }>(`${base(orgId)}/disciplines`, input);
}

export const voteThresholdPath = (orgId: number) => `${base(orgId)}/settings/vote-threshold`;

export function setVoteThreshold(orgId: number, input: VoteThreshold) {
  return api.put<VoteThresholdView>(voteThresholdPath(orgId), input);
}

export const templatePath = (orgId: number, year: number) => `${base(orgId)}/${year}/template.xlsx`;
export const summaryPath = (orgId: number, year: number) => `${base(orgId)}/${year}/summary.xlsx`;

/** A filled sheet: checked only (dryRun), or written when every row is right; a refused file's answer is the error's details. */
export function importEmulation(orgId: number, year: number, file: Blob, dryRun: boolean) {
  return apiRequest<EmulationImportResult>(`${base(orgId)}/${year}/import${toQueryString({ dryRun })}`, {
    method: 'POST', rawBody: file, contentType: XLSX,
  });
}

export function createMeeting(orgId: number, input: MeetingInput) {
  return api.post<{ id: number }>(`${base(orgId)}/meetings`, input);
}

export function recordVotes(orgId: number, meetingId: number, input: VotesInput) {
  return api.put<MeetingView>(`${base(orgId)}/meetings/${meetingId}/votes`, input);
}
