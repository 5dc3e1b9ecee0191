// The welfare module's API paths (chăm lo, hiến máu), typed by the shared contract.
import type { FundView } from '../../../shared/contracts/finance.contract.ts';
import type {
  BloodDonationInput, BloodDonationView, BloodDonationYearView, ChildrenTurningView, EligibleChildrenView, MemberWelfareView,
  NotVisitedView, WelfareEventInput, WelfareEventView, WelfareImportResult, WelfareKind, WelfareYearView,
} from '../../../shared/contracts/welfare.contract.ts';
import { api, apiRequest, toQueryString } from '../../app/api.ts';

export type {
  BloodDonationYearView, ChildrenTurningView, EligibleChildrenView, FundView, MemberWelfareView, NotVisitedView, WelfareEventView,
  WelfareKind, WelfareYearView,
};
export { childKinds, welfareKind } from '../../../shared/contracts/welfare.contract.ts';

/** What the form sends: the contract's input before its defaults are applied. */
export type WelfareEventBody = Omit<WelfareEventInput, 'account' | 'counterparty' | 'documentRef' | 'beneficiaries'> & {
  account?: 'cash' | 'bank'; counterparty: string | null; documentRef: string | null;
  beneficiaries: { memberId: number; childId: number | null; relativeName: string | null; relation: string | null; amount: number }[];
};

const base = (orgId: number) => `/api/orgs/${orgId}`;
export const welfareYearPath = (orgId: number, year: number) => `${base(orgId)}/welfare/events${toQueryString({ year })}`;
export const notVisitedPath = (orgId: number, year: number) => `${base(orgId)}/welfare/not-visited${toQueryString({ year })}`;
export const childrenTurningPath = (orgId: number, year: number) => `${base(orgId)}/welfare/children-turning${toQueryString({ year })}`;
export const eligibleChildrenPath = (orgId: number, date: string) => `${base(orgId)}/welfare/eligible-children${toQueryString({ date })}`;
export const bloodDonationsPath = (orgId: number, year: number) => `${base(orgId)}/blood-donations${toQueryString({ year })}`;
export const fundsPath = (orgId: number) => `${base(orgId)}/finance/funds`;
export const memberWelfarePath = (orgId: number, memberId: number) => `${base(orgId)}/welfare/members/${memberId}`;
export const ownWelfarePath = '/api/me/welfare';

export function createWelfareEvent(orgId: number, body: WelfareEventBody) {
  return api.post<WelfareEventView>(`${base(orgId)}/welfare/events`, body);
}

export function recordBloodDonation(orgId: number, body: BloodDonationInput) {
  return api.post<BloodDonationView>(`${base(orgId)}/blood-donations`, body);
}

export function setPriorBloodCount(orgId: number, memberId: number, body: { count: number; countedBefore: string; note: string | null }) {
  return api.put<{ memberId: number }>(`${base(orgId)}/blood-donations/prior-counts/${memberId}`, body);
}

/** A year of welfare events from Excel: checked (dryRun) or written with their payments. */
export function importWelfare(orgId: number, file: Blob, dryRun: boolean) {
  return apiRequest<WelfareImportResult>(`/api/orgs/${orgId}/welfare/events/import${toQueryString({ dryRun })}`, {
    method: 'POST', rawBody: file, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
