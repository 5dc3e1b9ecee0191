import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../modules/accounts/pages/LoginPage.tsx';
import { AuditPage } from '../modules/audit/pages/AuditPage.tsx';
import { ImportPage } from '../modules/members/pages/ImportPage.tsx';
import { MemberListPage } from '../modules/members/pages/MemberListPage.tsx';
import { MemberPage } from '../modules/members/pages/MemberPage.tsx';
import { MyRecordPage } from '../modules/members/pages/MyRecordPage.tsx';
import { DashboardPage } from '../modules/orgs/pages/DashboardPage.tsx';
import { EmptyNotice } from '../ui/EmptyNotice.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { OrgScope } from './layout/OrgScope.tsx';
import { RequireAuth } from './RequireAuth.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'me', element: <MyRecordPage /> },
          {
            path: 'org/:orgId',
            element: <OrgScope />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: 'members', element: <MemberListPage /> },
              { path: 'members/new', element: <MemberPage /> },
              { path: 'members/:memberId', element: <MemberPage /> },
              { path: 'import', element: <ImportPage /> },
              { path: 'audit', element: <AuditPage /> },
            ],
          },
          { path: '*', element: <EmptyNotice messageKey="errors.pageNotFound" /> },
        ],
      },
    ],
  },
]);
