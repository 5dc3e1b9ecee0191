// Công khai tài chính's API paths and the period a committee picks (a month, a quarter or a year), as ISO days.
import type { DisclosureMadeInput, DisclosureMadeView, DisclosureView } from '../../../shared/contracts/finance.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { DisclosureMadeView, DisclosureView };
export const disclosurePlaces = ['notice_board', 'conference', 'meeting', 'online'] as const;
export type DisclosurePlace = typeof disclosurePlaces[number];

export type PeriodKind = 'month' | 'quarter' | 'year';
export interface Period { from: string; to: string }

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Month n (1–12), quarter n (1–4) or the whole year (n ignored). */
export function periodOf(kind: PeriodKind, year: number, n: number): Period {
  const [first, last] = kind === 'month' ? [n, n] : kind === 'quarter' ? [3 * n - 2, 3 * n] : [1, 12];
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The quarter (1–4) a day falls in. */
export const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

export const disclosurePath = (orgId: number, p: Period, ext: '' | '.docx' | '.xlsx' = '') =>
  `/api/orgs/${orgId}/finance/disclosure${ext}${toQueryString({ from: p.from, to: p.to })}`;
export const ownDisclosurePath = (p: Period) => `/api/me/disclosure${toQueryString({ from: p.from, to: p.to })}`;

export const disclosuresMadePath = (orgId: number, year: number) => `/api/orgs/${orgId}/finance/disclosures${toQueryString({ year })}`;

export function recordDisclosureMade(orgId: number, input: DisclosureMadeInput) {
  return api.post<{ id: number }>(`/api/orgs/${orgId}/finance/disclosures`, input);
}

export function removeDisclosureMade(orgId: number, id: number) {
  return api.delete<{ id: number }>(`/api/orgs/${orgId}/finance/disclosures/${id}`);
}
