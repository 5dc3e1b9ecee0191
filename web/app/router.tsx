import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../modules/accounts/pages/LoginPage.tsx';
import { MyRecordPage } from '../modules/members/pages/MyRecordPage.tsx';
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

// Office pages load on first visit (charts and tables are heavy); the login and the member's own page,
// opened on phones, are in the first bundle.
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });
const dashboard = page(async () => ({ default: (await import('../modules/orgs/pages/DashboardPage.tsx')).DashboardPage }));
const memberList = page(async () => ({ default: (await import('../modules/members/pages/MemberListPage.tsx')).MemberListPage }));
const member = page(async () => ({ default: (await import('../modules/members/pages/MemberPage.tsx')).MemberPage }));
const importPage = page(async () => ({ default: (await import('../modules/members/pages/ImportPage.tsx')).ImportPage }));
const report = page(async () => ({ default: (await import('../modules/reports/pages/AnnualReportPage.tsx')).AnnualReportPage }));
const inbox = page(async () => ({ default: (await import('../modules/reports/pages/InboxPage.tsx')).InboxPage }));
const accounts = page(async () => ({ default: (await import('../modules/accounts/pages/AccountsPage.tsx')).AccountsPage }));
const activate = page(async () => ({ default: (await import('../modules/accounts/pages/ActivatePage.tsx')).ActivatePage }));
const audit = page(async () => ({ default: (await import('../modules/audit/pages/AuditPage.tsx')).AuditPage }));
const organisation = page(async () => ({ default: (await import('../modules/orgs/pages/OrganisationPage.tsx')).OrganisationPage }));
const emulation = page(async () => ({ default: (await import('../modules/emulation/pages/EmulationPage.tsx')).EmulationPage }));
const finance = page(async () => ({ default: (await import('../modules/finance/pages/FinancePage.tsx')).FinancePage }));
const welfare = page(async () => ({ default: (await import('../modules/finance/pages/WelfarePage.tsx')).WelfarePage }));
const dues = page(async () => ({ default: (await import('../modules/finance/pages/DuesPage.tsx')).DuesPage }));
const contributions = page(async () => ({ default: (await import('../modules/finance/pages/ContributionsPage.tsx')).ContributionsPage }));
const disclosure = page(async () => ({ default: (await import('../modules/finance/pages/DisclosurePage.tsx')).DisclosurePage }));
const activities = page(async () => ({ default: (await import('../modules/activities/pages/ActivitiesPage.tsx')).ActivitiesPage }));
const attendance = page(async () => ({ default: (await import('../modules/activities/pages/AttendancePage.tsx')).AttendancePage }));
const documents = page(async () => ({ default: (await import('../modules/documents/pages/DocumentsPage.tsx')).DocumentsPage }));
const plan = page(async () => ({ default: (await import('../modules/plans/pages/PlanPage.tsx')).PlanPage }));
const workforce = page(async () => ({ default: (await import('../modules/workforce/pages/WorkforcePage.tsx')).WorkforcePage }));
const safety = page(async () => ({ default: (await import('../modules/safety/pages/SafetyPage.tsx')).SafetyPage }));
const recruitment = page(async () => ({ default: (await import('../modules/recruitment/pages/RecruitmentPage.tsx')).RecruitmentPage }));
const dialogue = page(async () => ({ default: (await import('../modules/dialogue/pages/DialoguePage.tsx')).DialoguePage }));
const agreements = page(async () => ({ default: (await import('../modules/agreements/pages/AgreementsPage.tsx')).AgreementsPage }));
const orgProfile = page(async () => ({ default: (await import('../modules/orgs/pages/OrgProfilePage.tsx')).OrgProfilePage }));
const rules = page(async () => ({ default: (await import('../modules/rules/pages/RulesPage.tsx')).RulesPage }));
const federation = page(async () => ({ default: (await import('../modules/federation/pages/FederationPage.tsx')).FederationPage }));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/activate', lazy: activate },
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
              { index: true, lazy: dashboard },
              { path: 'federation', lazy: federation },
              { path: 'members', lazy: memberList },
              { path: 'members/new', lazy: member },
              { path: 'members/:memberId', lazy: member },
              { path: 'import', lazy: importPage },
              { path: 'reports', element: <CurrentYearReport /> },
              { path: 'reports/:year', lazy: report },
              { path: 'inbox', lazy: inbox },
              { path: 'emulation', lazy: emulation },
              { path: 'finance', lazy: finance },
              { path: 'welfare', lazy: welfare },
              { path: 'dues', lazy: dues },
              { path: 'contributions', lazy: contributions },
              { path: 'disclosure', lazy: disclosure },
              { path: 'activities', lazy: activities },
              { path: 'activities/:activityId/attendance', lazy: attendance },
              { path: 'documents', lazy: documents },
              { path: 'plan', lazy: plan },
              { path: 'workforce', lazy: workforce },
              { path: 'safety', lazy: safety },
              { path: 'recruitment', lazy: recruitment },
              { path: 'dialogue', lazy: dialogue },
              { path: 'agreements', lazy: agreements },
              { path: 'rules', lazy: rules },
              { path: 'audit', lazy: audit },
              { path: 'accounts', lazy: accounts },
              { path: 'organisation', lazy: organisation },
              { path: 'profile', lazy: orgProfile },
            ],
          },
          { path: '*', element: <EmptyNotice messageKey="errors.pageNotFound" /> },
        ],
      },
    ],
  },
]);
