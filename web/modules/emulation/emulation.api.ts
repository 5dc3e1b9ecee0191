// The emulation module's API paths, typed by the shared contract.
import type { EmulationYear, OwnEmulation } from '../../../shared/contracts/emulation.contract.ts';
import { api } from '../../app/api.ts';

export type { EmulationYear, OwnEmulation };

export const emulationYearPath = (orgId: number, year: number) => `/api/orgs/${orgId}/emulation/${year}`;
export const ownEmulationPath = (year: number) => `/api/me/emulation/${year}`;

/** A member registers themselves for a title of the year (LĐTT or CSTĐCS). */
export function registerOwn(orgId: number, memberId: number, year: number, title: 'ldtt' | 'cstdcs') {
  return api.post<{ id: number }>(`/api/orgs/${orgId}/emulation/registrations`, { year, memberId, title });
}

export function withdrawRegistration(orgId: number, registrationId: number) {
  return api.delete<{ id: number }>(`/api/orgs/${orgId}/emulation/registrations/${registrationId}`);
}
