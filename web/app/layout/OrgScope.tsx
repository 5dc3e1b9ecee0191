// Pages under /org/:orgId: checks the id against the visible tree and remembers it.
import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { EmptyNotice } from '../../ui/EmptyNotice.tsx';
import { rememberOrgId, useCurrentOrgId } from '../current-org.ts';
import { useOrgTree } from '../org-tree-context.tsx';

export function OrgScope() {
  const orgId = useCurrentOrgId();
  const { tree, loading } = useOrgTree();
  const known = orgId !== null && tree.some((node) => node.id === orgId);

  useEffect(() => {
    if (known && orgId !== null) {
      rememberOrgId(orgId);
    }
  }, [known, orgId]);

  if (orgId === null || (!loading && tree.length > 0 && !known)) {
    return <EmptyNotice messageKey="org.notFound" />;
  }
  return <Outlet key={orgId} />;
}
