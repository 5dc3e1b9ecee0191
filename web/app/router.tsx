import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../modules/accounts/pages/LoginPage.tsx';
import { AuditPage } from '../modules/audit/pages/AuditPage.tsx';
import { ImportPage } from '../modules/members/pages/ImportPage.tsx';
import { MemberListPage } from '../modules/members/pages/MemberListPage.tsx';
import { MemberPage } from '../modules/members/pages/MemberPage.tsx';
import { MyRecordPage } from '../modules/members/pages/MyRecordPage.tsx';
import { DashboardPage } from '../modules/orgs/pages/DashboardPage.tsx';
import { AnnualReportPage } from '../modules/reports/pages/AnnualReportPage.tsx';
import { InboxPage } from '../modules/reports/pages/InboxPage.tsx';
import { currentReportYear } from '../modules/reports/report-year.ts';
import { EmptyNotice } from '../ui/EmptyNotice.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { OrgScope } from './layout/OrgScope.tsx';
import { RequireAuth } from './RequireAuth.tsx';

/** /org/:orgId/reports (e.g. after switching organisation) opens this year's report. */
function CurrentYearReport() {
  return <Navigate to={String(currentReportYear())} replace />;
}

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
              { path: 'reports', element: <CurrentYearReport /> },
              { path: 'reports/:year', element: <AnnualReportPage /> },
              { path: 'inbox', element: <InboxPage /> },
              { path: 'audit', element: <AuditPage /> },
            ],
          },
          { path: '*', element: <EmptyNotice messageKey="errors.pageNotFound" /> },
        ],
      },
    ],
  },
]);
