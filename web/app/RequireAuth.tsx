import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PasswordChangeModal } from '../modules/accounts/components/PasswordChangeModal.tsx';
import { useAuth } from './auth-context.tsx';
import { OrgTreeProvider } from './org-tree-context.tsx';
import { isMemberOnly } from './roles.ts';

/** Pages below need a session; without one the user goes to /login and comes back afterwards. */
export function RequireAuth() {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!me) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (me.mustChangePassword) {
    // A temporary password: the server answers nothing else until it is changed.
    return <PasswordChangeModal opened forced onClose={() => undefined} />;
  }
  return (
    <OrgTreeProvider enabled={!isMemberOnly(me)}>
      <Outlet />
    </OrgTreeProvider>
  );
}
