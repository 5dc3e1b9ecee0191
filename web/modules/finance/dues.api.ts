// Đoàn phí's API paths and writes, typed by the shared contract.
import type {
  DuesBaseInput, DuesGrid, DuesSetupView, ExemptionCorrection, ExemptionInput, MarkPaidInput, MarkPaidResult, MyDuesView,
} from '../../../shared/contracts/dues.contract.ts';
import { api } from '../../app/api.ts';

export type { DuesGrid, DuesSetupView, MarkPaidResult, MyDuesView };

const base = (orgId: number) => `/api/orgs/${orgId}/finance/dues`;
export const duesGridPath = (orgId: number, year: number) => `${base(orgId)}/${year}`;
export const duesSetupPath = (orgId: number) => `${base(orgId)}/setup`;
export const duesGridXlsxPath = (orgId: number, year: number) => `${base(orgId)}/${year}/export.xlsx`;

export function markMonthPaid(orgId: number, input: Omit<MarkPaidInput, 'memberIds' | 'documentRef'> & { memberIds?: number[] }) {
  return api.post<MarkPaidResult>(`${base(orgId)}/payments`, input);
}

export function setDuesBase(orgId: number, input: Omit<DuesBaseInput, 'note'> & { note?: string | null }) {
  return api.post<{ id: number }>(`${base(orgId)}/bases`, input);
}

export function addExemption(orgId: number, input: ExemptionInput) {
  return api.post<{ id: number }>(`${base(orgId)}/exemptions`, input);
}

export function correctExemption(orgId: number, exemptionId: number, input: ExemptionCorrection) {
  return api.put<{ id: number }>(`${base(orgId)}/exemptions/${exemptionId}`, input);
}

export function removeExemption(orgId: number, exemptionId: number) {
  return api.delete<{ id: number }>(`${base(orgId)}/exemptions/${exemptionId}`);
}
