// "/" leads a member to their own record, everyone else to the remembered (or first permitted) organisation.
import { Center, Loader } from '@mantine/core';
import { Navigate } from 'react-router-dom';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { EmptyNotice } from '../ui/EmptyNotice.tsx';
import { useAuth } from './auth-context.tsx';
import { rememberedOrgId } from './current-org.ts';
import { useOrgTree } from './org-tree-context.tsx';
import { isMemberOnly } from './roles.ts';

export function HomeRedirect() {
  const { me } = useAuth();
  const { tree, loading, error } = useOrgTree();
  if (isMemberOnly(me)) {
    return <Navigate to="/me" replace />;
  }
  if (loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (error) {
    return <ErrorAlert error={error} />;
  }
  const visible = new Set(tree.map((node) => node.id));
  const remembered = rememberedOrgId();
  const ownRole = me?.roles.find((r) => visible.has(r.orgId))?.orgId;
  const target = remembered && visible.has(remembered) ? remembered : (ownRole ?? tree[0]?.id);
  if (!target) {
    return <EmptyNotice messageKey={me?.isAdmin ? 'org.noneYet' : 'org.noneVisible'} />;
  }
  return <Navigate to={`/org/${target}`} replace />;
}
