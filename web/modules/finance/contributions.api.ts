// Voluntary funds' and campaigns' API paths and writes, typed by the shared contract.
import type {
  CampaignContributionInput, CampaignDetail, CampaignInput, CampaignSummary, CollectMonthInput, CollectResult, ContributionGrid, FundAmountInput,
  HandoverInput, MyContributionsView, OptOutCorrection, OptOutInput,
} from '../../../shared/contracts/contributions.contract.ts';
import type { EntryView } from '../../../shared/contracts/finance.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { CampaignDetail, CampaignSummary, CollectResult, ContributionGrid, MyContributionsView };

const voluntary = (orgId: number, fundId: number) => `/api/orgs/${orgId}/finance/contributions/${fundId}`;
const campaigns = (orgId: number) => `/api/orgs/${orgId}/finance/campaigns`;

export const contributionGridPath = (orgId: number, fundId: number, year: number) => `${voluntary(orgId, fundId)}/${year}`;
export const campaignsPath = (orgId: number, year: number) => `${campaigns(orgId)}${toQueryString({ year })}`;
export const campaignPath = (orgId: number, fundId: number) => `${campaigns(orgId)}/${fundId}`;
export const myContributionsPath = (year: number) => `/api/me/contributions/${year}`;

export function collectMonth(orgId: number, fundId: number, input: Omit<CollectMonthInput, 'memberIds' | 'documentRef'> & { memberIds?: number[] }) {
  return api.post<CollectResult>(`${voluntary(orgId, fundId)}/payments`, input);
}

export function addOptOut(orgId: number, fundId: number, input: Omit<OptOutInput, 'toMonth' | 'note'> & { toMonth?: string | null; note?: string | null }) {
  return api.post<{ id: number }>(`${voluntary(orgId, fundId)}/opt-outs`, input);
}

export function correctOptOut(orgId: number, fundId: number, optOutId: number, input: OptOutCorrection) {
  return api.put<{ id: number }>(`${voluntary(orgId, fundId)}/opt-outs/${optOutId}`, input);
}

export function removeOptOut(orgId: number, fundId: number, optOutId: number) {
  return api.delete<{ id: number }>(`${voluntary(orgId, fundId)}/opt-outs/${optOutId}`);
}

export function setFundAmount(orgId: number, fundId: number, input: FundAmountInput) {
  return api.post<{ id: number }>(`${voluntary(orgId, fundId)}/amounts`, input);
}

export function createCampaign(orgId: number, input: CampaignInput) {
  return api.post<{ id: number }>(campaigns(orgId), input);
}

export function recordCampaignContributions(orgId: number, fundId: number, input: Omit<CampaignContributionInput, 'documentRef'>) {
  return api.post<CollectResult>(`${campaignPath(orgId, fundId)}/contributions`, input);
}

export function handOverCampaign(orgId: number, fundId: number, input: Omit<HandoverInput, 'documentRef'> & { documentRef?: string | null }) {
  return api.post<EntryView>(`${campaignPath(orgId, fundId)}/handovers`, input);
}
