// Paths of the account administration API; types come from the shared contract.
import { toQueryString } from '../../app/api.ts';

export const accountsPath = (orgId: number, q: string) => `/api/users${toQueryString({ orgId, q })}`;
export const accountPath = (userId: number) => `/api/users/${userId}`;
export const orgRolesPath = (orgId: number) => `/api/orgs/${orgId}/roles`;
export const memberAccountsPath = (orgId: number) => `/api/orgs/${orgId}/member-accounts`;
export const activationSheetPath = (orgId: number) => `/api/orgs/${orgId}/member-accounts/sheet.docx`;
