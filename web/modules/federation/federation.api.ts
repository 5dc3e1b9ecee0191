import { toQueryString } from '../../app/api.ts';

export function subordinatesPath(orgId: number, date: string, year?: number): string {
  return `/api/orgs/${orgId}/subordinates${toQueryString({ date, year })}`;
}
