// Paths and calls of the organisations API: the tree, dated changes, the end of an organisation, the profile.
import type { z } from 'zod';
import type {
  createOrgRequest, orgChangeRequest, orgEndRequest, OrgProfileRequest, OrgView,
} from '../../../shared/contracts/orgs.contract.ts';
import { api, apiRequest } from '../../app/api.ts';

export type CreateOrgBody = z.input<typeof createOrgRequest>;
export type OrgChangeBody = z.input<typeof orgChangeRequest>;
export type OrgEndBody = z.input<typeof orgEndRequest>;
export interface OrgHistoryEntry {
  validFrom: string;
  validTo: string | null;
  name: string;
  shortName: string;
  kind: string;
  parentId: number | null;
  parentName: string | null;
  changeNote: string | null;
}

export const orgPath = (orgId: number) => `/api/orgs/${orgId}`;
export const historyPath = (orgId: number) => `/api/orgs/${orgId}/history`;
export const kindsPath = '/api/org-kinds';

export const createOrg = (body: CreateOrgBody) => api.post<OrgView>('/api/orgs', body);
export const changeOrg = (orgId: number, body: OrgChangeBody) => api.post<OrgHistoryEntry[]>(`/api/orgs/${orgId}/changes`, body);
export const endOrg = (orgId: number, body: OrgEndBody) => api.post<OrgView>(`/api/orgs/${orgId}/end`, body);
export const updateProfile = (orgId: number, body: OrgProfileRequest) =>
  apiRequest<OrgView>(`/api/orgs/${orgId}/profile`, { method: 'PATCH', body });
