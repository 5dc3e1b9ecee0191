// The emulation module's API paths, typed by the shared contract.
import type { EmulationYear, OwnEmulation } from '../../../shared/contracts/emulation.contract.ts';
import type { YearJudging } from '../../../shared/contracts/judging.contract.ts';
import { api } from '../../app/api.ts';

export type { EmulationYear, OwnEmulation, YearJudging };

export const emulationYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/emulation/${year}`;
/** Xét duyệt of the year, by its own rules or (asOf) as if under another date's rules. */
export const judgingPath = (orgId: number, year: number, asOf: string | null) =>
  `/api/orgs/${orgId}/emulation/${year}/judging${asOf ? `?asOf=${asOf}` : ''}`;
export const ownEmulationPath = (year: number) => `/api/me/emulation/${year}`;

/** A member registers themselves for a title of the year (LĐTT or CSTĐCS). */
export function registerOwn(orgId: number, memberId: number, year: number, title: 'ldtt' | 'cstdcs') {
  return api.post<{ id: number }>(`/api/orgs/${orgId}/emulation/registrations`, { year, memberId, title });
}

export function withdrawRegistration(orgId: number, registrationId: number) {
  return api.delete<{ id: number }>(`/api/orgs/${orgId}/emulation/registrations/${registrationId}`);
}
