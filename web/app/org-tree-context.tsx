// The organisations the user may see (today's tree), loaded once per login and shared by the switcher, redirects and
// role checks; `useDatedOrgTree` gives the same organisations in the tree of another date.
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

/**
 * The visible tree as it stood on `date` (names, parents, what existed), for display: the switcher, lists.
 * Role checks keep using `useOrgTree`, today's tree, as the server does.
 */
export function useDatedOrgTree(date: string, today: string): OrgTreeValue {
  const current = useOrgTree();
  const dated = useApiQuery<OrgTreeNode[]>(date === today ? null : `/api/orgs/tree?date=${date}`);
  if (date === today) {
    return current;
  }
  return { tree: dated.data ?? [], loading: dated.loading, error: dated.error, reload: dated.reload };
}
