// The union's members (active or suspended) as select options, for the emulation forms.
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';

export interface MemberOption {
  value: string;
  label: string;
}

export function useUnionMembers(orgId: number): MemberOption[] {
  const query = useApiQuery<MemberListResponse>(
    `/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`,
  );
  return (query.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));
}
