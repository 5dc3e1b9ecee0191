// /org/:orgId/reports/:year — báo cáo tổng kết: the draft's outline with live figures, editing, preview, finalising and sending.
import { Center, Loader, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { AnnualDraftView } from '../../../../shared/contracts/reports.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { CarriedOverDialog } from '../components/CarriedOverDialog.tsx';
import { FiguresPanel } from '../components/FiguresPanel.tsx';
import { PreviewModal } from '../components/PreviewModal.tsx';
import { ReportErrorsAlert } from '../components/ReportErrorsAlert.tsx';
import { ReportSettingsCard } from '../components/ReportSettingsCard.tsx';
import { ReportToolbar } from '../components/ReportToolbar.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { VersionsCard } from '../components/VersionsCard.tsx';
import { type CarriedOver, useReportActions } from '../hooks/use-report-actions.ts';
import { parseReportYear } from '../report-year.ts';
import { annualPath } from '../reports.api.ts';

export function AnnualReportPage() {
  const { year: yearParam } = useParams();
  const year = parseReportYear(yearParam);
  return year === null ? <EmptyNotice messageKey="errors.pageNotFound" /> : <AnnualReport key={year} year={year} />;
}

function AnnualReport({ year }: { year: number }) {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const navigate = useNavigate();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const draft = useApiQuery<AnnualDraftView>(annualPath(orgId, year));
  const [carriedOver, setCarriedOver] = useState<CarriedOver | null>(null);
  const actions = useReportActions(orgId, year, draft, setCarriedOver);
  const [previewOpen, preview] = useDisclosure(false);
  const mayWrite = can(me, orgId, tree, 'reports.write');
  const mayFinalise = can(me, orgId, tree, 'reports.finalise');
  const view = draft.data?.orgId === orgId && draft.data.year === year ? draft.data : undefined;

  const header = (
    <PageHeader
      title={t('reports.title', { year })}
      subtitle={view ? `${view.template.name} · ${t('reports.dateLine', { date: formatDate(view.date) })}` : undefined}
    />
  );

  if (draft.error) {
    return (
      <>
        {header}
        <ErrorAlert error={draft.error} onRetry={draft.reload} />
      </>
    );
  }
  if (!view) {
    return (
      <>
        {header}
        <Center py="xl">
          <Loader />
        </Center>
      </>
    );
  }

  return (
    <>
      {header}
      <Stack gap="md">
        <ReportToolbar
          orgId={orgId}
          year={year}
          date={view.date}
          hasErrors={view.errors.length > 0}
          typedNumbers={view.typedNumbers}
          gaps={view.gaps}
          mayWrite={mayWrite}
          mayFinalise={mayFinalise}
          actions={actions}
          onYear={(next) => void navigate(`/org/${orgId}/reports/${next}`)}
          onPreview={preview.open}
        />
        <ReportErrorsAlert errors={view.errors} />
        <ReportSettingsCard settings={view.settings} mayWrite={mayWrite} onSave={actions.saveSettings} />
        <VersionsCard versions={view.versions} maySubmit={mayFinalise} onSubmit={actions.submit} />
        <FiguresPanel figures={view.figures} />
        <Stack gap="sm" data-testid="report-outline">
          {view.sections.map((section) => (
            <SectionCard
              key={section.key}
              section={section}
              figures={view.figures}
              typedNumbers={view.typedNumbers.filter((w) => w.section === section.key)}
              gaps={view.gaps.filter((g) => g.section === section.key)}
              mayEdit={mayWrite}
              onSave={actions.saveSection}
              onReset={actions.resetSection}
            />
          ))}
        </Stack>
      </Stack>
      <PreviewModal orgId={orgId} year={year} opened={previewOpen} onClose={preview.close} />
      <CarriedOverDialog carried={carriedOver} lastYear={year - 1} onClose={() => setCarriedOver(null)} />
    </>
  );
}
