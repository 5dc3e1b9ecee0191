// Paths and calls of the members API; pages use these instead of spelling URLs.
import type { ImportMode, ImportResult, MemberDetail, MemberInputRaw, NewMemberInputRaw, StatusKind } from '../../../shared/contracts/members.contract.ts';
import { api, toQueryString, type QueryValue } from '../../app/api.ts';
import { type UploadProgress, uploadWithProgress } from './upload-with-progress.ts';

export interface MemberFilters {
  q: string;
  status: 'active' | 'suspended' | 'current' | 'inactive' | 'all';
  sex: '' | 'male' | 'female';
  category: string;
  groupId: string;
}

export type MemberSortKey = 'name' | 'code' | 'joinedOn' | 'birthDate';

export interface MemberListParams extends MemberFilters {
  page: number;
  pageSize: number;
  sort: MemberSortKey;
  dir: 'asc' | 'desc';
}

export const membersPath = (orgId: number) => `/api/orgs/${orgId}/members`;
export const memberPath = (orgId: number, memberId: number) => `${membersPath(orgId)}/${memberId}`;

export function filterQuery(filters: MemberFilters): Record<string, QueryValue> {
  return { q: filters.q.trim(), status: filters.status, sex: filters.sex, category: filters.category, groupId: filters.groupId };
}

export function memberListPath(orgId: number, params: MemberListParams): string {
  return `${membersPath(orgId)}${toQueryString({ ...filterQuery(params), page: params.page, pageSize: params.pageSize, sort: params.sort, dir: params.dir })}`;
}

export function exportPath(orgId: number, params: MemberListParams): string {
  return `${membersPath(orgId)}/export.xlsx${toQueryString({ ...filterQuery(params), sort: params.sort, dir: params.dir })}`;
}

export const listDocxPath = (orgId: number, date: string) => `${membersPath(orgId)}/list.docx${toQueryString({ date })}`;
export const templatePath = (orgId: number) => `${membersPath(orgId)}/template.xlsx`;
export const statsPath = (orgId: number, date: string) => `${membersPath(orgId)}/stats${toQueryString({ date })}`;
export const groupsPath = (orgId: number) => `/api/orgs/${orgId}/groups`;
export const categoriesPath = (orgId: number) => `/api/orgs/${orgId}/categories`;

export const createMember = (orgId: number, input: NewMemberInputRaw) => api.post<MemberDetail>(membersPath(orgId), input);
export const updateMember = (orgId: number, memberId: number, input: MemberInputRaw) =>
  api.put<MemberDetail>(memberPath(orgId, memberId), input);

export interface StatusEventRequest {
  kind: Exclude<StatusKind, 'ended_with_union'>;
  onDate: string;
  reason: string | null;
}
export const addStatusEvent = (orgId: number, memberId: number, event: StatusEventRequest) =>
  api.post<MemberDetail>(`${memberPath(orgId, memberId)}/status`, event);

/** Deletes a member entered by mistake (chairperson); the answer names the audit entry it can be restored from. */
export const deleteMember = (orgId: number, memberId: number) => api.delete<{ auditId: number }>(memberPath(orgId, memberId));
export const restoreMember = (orgId: number, auditId: number) => api.post<MemberDetail>(`${membersPath(orgId)}/restore`, { auditId });

export interface ChildRequest {
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female' | null;
}
export const addChild = (orgId: number, memberId: number, child: ChildRequest) => api.post<MemberDetail>(`${memberPath(orgId, memberId)}/children`, child);
export const removeChild = (orgId: number, memberId: number, childId: number) =>
  api.delete<MemberDetail>(`${memberPath(orgId, memberId)}/children/${childId}`);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the .xlsx as the raw body, reporting upload progress; with dryRun the server only checks it. */
export const importMembers = (orgId: number, file: File, dryRun: boolean, mode: ImportMode, onProgress: (p: UploadProgress) => void) =>
  uploadWithProgress<ImportResult>(`${membersPath(orgId)}/import${toQueryString({ dryRun, mode })}`, file, XLSX_TYPE, onProgress);
