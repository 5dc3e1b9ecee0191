// The workforce module's API paths (tình hình lao động, việc làm), typed by the shared contracts.
import type {
  WorkforceImportResult, WorkforceInput, WorkforceListView, WorkforceView,
} from '../../../shared/contracts/workforce.contract.ts';
import { api, apiRequest, toQueryString } from '../../app/api.ts';

export type { WorkforceImportResult, WorkforceListView, WorkforceView };

/** What the form sends: every figure given (empty counts as 0, empty amounts as null). */
export type WorkforceBody = WorkforceInput;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const base = (orgId: number) => `/api/orgs/${orgId}/workforce`;

export const workforcePath = (orgId: number, year: number) => `${base(orgId)}${toQueryString({ year })}`;

export function createWorkforce(orgId: number, body: WorkforceBody) {
  return api.post<WorkforceView>(base(orgId), body);
}

export function updateWorkforce(orgId: number, id: number, body: WorkforceBody) {
  return api.put<WorkforceView>(`${base(orgId)}/${id}`, body);
}

export function deleteWorkforce(orgId: number, id: number) {
  return api.delete<{ ok: boolean }>(`${base(orgId)}/${id}`);
}

/** The employer's figures from Excel: checked (dryRun) or written. */
export function importWorkforce(orgId: number, file: Blob, dryRun: boolean) {
  return apiRequest<WorkforceImportResult>(`${base(orgId)}/import${toQueryString({ dryRun })}`, { method: 'POST', rawBody: file, contentType: XLSX });
}
