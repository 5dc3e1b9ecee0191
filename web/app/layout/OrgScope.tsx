// Pages under /org/:orgId: checks the id against the visible tree and remembers it.
import { useEffect } from 'react';
import { Navigate, Outlet } from 'react-router-dom';
import { EmptyNotice } from '../../ui/EmptyNotice.tsx';
import { rememberOrgId, useCurrentOrgId } from '../current-org.ts';
import { useAuth } from '../auth-context.tsx';
import { useOrgTree } from '../org-tree-context.tsx';
import { isMemberOnly } from '../roles.ts';

export function OrgScope() {
  const orgId = useCurrentOrgId();
  const { me } = useAuth();
  const { tree, loading } = useOrgTree();
  const known = orgId !== null && tree.some((node) => node.id === orgId);

  useEffect(() => {
    if (known && orgId !== null) {
      rememberOrgId(orgId);
    }
  }, [known, orgId]);

  if (isMemberOnly(me)) {
    return <Navigate to="/me" replace />;
  }
  if (orgId === null || (!loading && tree.length > 0 && !known)) {
    return <EmptyNotice messageKey="org.notFound" />;
  }
  return <Outlet key={orgId} />;
}
