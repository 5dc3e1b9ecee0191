// The agreements module's API paths (thương lượng tập thể; thỏa ước lao động tập thể), typed by the shared contracts.
import type {
  AgreementClauseView, AgreementsPageView, AgreementView, BargainingRoundView,
} from '../../../shared/contracts/agreements.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { AgreementClauseView, AgreementsPageView, AgreementView, BargainingRoundView };
export { clauseTopic, clauseValueUnit, minimumWageRegion } from '../../../shared/contracts/agreements.contract.ts';

export const agreementsPath = (orgId: number, date?: string) => `/api/orgs/${orgId}/agreements${toQueryString({ date })}`;
export const agreementDocxPath = (orgId: number, id: number) => `/api/orgs/${orgId}/agreements/${id}/docx`;

type Resource = 'agreements' | 'bargaining-rounds';

export function saveRecord<V>(orgId: number, resource: Resource, id: number | null, body: Record<string, unknown>) {
  return id === null ? api.post<V>(`/api/orgs/${orgId}/${resource}`, body) : api.put<V>(`/api/orgs/${orgId}/${resource}/${id}`, body);
}

export function deleteRecord(orgId: number, resource: Resource, id: number) {
  return api.delete<{ ok: boolean }>(`/api/orgs/${orgId}/${resource}/${id}`);
}
