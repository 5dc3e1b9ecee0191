// The organisations the user may see, loaded once per login and shared by the switcher, redirects and role checks.
import { createContext, useContext, type ReactNode } from 'react';
import type { OrgTreeNode } from '../../shared/contracts/orgs.contract.ts';
import { useApiQuery } from './use-api-query.ts';

interface OrgTreeValue {
  tree: OrgTreeNode[];
  loading: boolean;
  error: unknown;
  reload: () => void;
}

const OrgTreeContext = createContext<OrgTreeValue>({ tree: [], loading: false, error: null, reload: () => undefined });

export function OrgTreeProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const query = useApiQuery<OrgTreeNode[]>(enabled ? '/api/orgs/tree' : null);
  const value = { tree: query.data ?? [], loading: query.loading, error: query.error, reload: query.reload };
  return <OrgTreeContext.Provider value={value}>{children}</OrgTreeContext.Provider>;
}

export function useOrgTree(): OrgTreeValue {
  return useContext(OrgTreeContext);
}
