// "/" leads a member to their own record, an upper-level officer to the unions under their organisation (công đoàn
// trực thuộc), everyone else to the remembered (or first permitted) organisation.
import { Center, Loader } from '@mantine/core';
import { Navigate } from 'react-router-dom';
import { todayIso } from '../../shared/vi/dates.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { EmptyNotice } from '../ui/EmptyNotice.tsx';
import { useAuth } from './auth-context.tsx';
import { rememberedOrgId } from './current-org.ts';
import { homePath } from './home-target.ts';
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
  const target = homePath(me, tree, rememberedOrgId(), todayIso());
  if (!target) {
    return <EmptyNotice messageKey={me?.isAdmin ? 'org.noneYet' : 'org.noneVisible'} />;
  }
  return <Navigate to={target} replace />;
}
