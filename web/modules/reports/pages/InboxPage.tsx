// /org/:orgId/inbox — báo cáo nhận được: per year (?year=), the deadline this level set for the unions under it, the
// reports submitted with their dates and on time or late, the grassroots unions yet to submit, "Trả lại" with a reason;
// below, every version received, all years.
import { Badge, Center, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { InboxItem, InboxSubmission, InboxYearView } from '../../../../shared/contracts/reports.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { DeadlineCard } from '../components/DeadlineCard.tsx';
import { InboxSubmittedTable } from '../components/InboxSubmittedTable.tsx';
import { NonSubmittersTable } from '../components/NonSubmittersTable.tsx';
import { PdfHint } from '../components/PdfHint.tsx';
import { RecentInboxTable } from '../components/RecentInboxTable.tsx';
import { ReturnReportDialog } from '../components/ReturnReportDialog.tsx';
import { usePdfAvailable } from '../hooks/use-pdf-available.ts';
import { currentReportYear, parseReportYear } from '../report-year.ts';
import { inboxPath, inboxYearPath } from '../reports.api.ts';

export function InboxPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const [search, setSearch] = useSearchParams();
  const thisYear = currentReportYear();
  const year = parseReportYear(search.get('year') ?? undefined) ?? thisYear;
  const pickYear = (value: number) =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      if (value === thisYear) {
        next.delete('year');
      } else {
        next.set('year', String(value));
      }
      return next;
    }, { replace: true });
  const view = useApiQuery<InboxYearView>(inboxYearPath(orgId, year));
  const recent = useApiQuery<InboxItem[]>(inboxPath(orgId));
  const pdfAvailable = usePdfAvailable();
  const mayAct = can(me, orgId, tree, 'reports.inbox');
  const [toReturn, setToReturn] = useState<InboxSubmission | null>(null);
  const years = Array.from({ length: 12 }, (_, i) => String(Math.max(thisYear, year) + 1 - i));
  const data = view.data?.year === year && view.data.orgId === orgId ? view.data : undefined;
  const reload = () => {
    view.reload();
    recent.reload();
  };
  const submittedUnions = data ? data.unionCount - data.notSubmitted.length : 0;

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        actions={
          <Select
            label={t('submissions.year')}
            data={years}
            value={String(year)}
            onChange={(value) => value && pickYear(Number(value))}
            allowDeselect={false}
            w={140}
            data-testid="inbox-year"
          />
        }
      />
      <Stack gap="md">
        {view.error ? (
          <ErrorAlert error={view.error} onRetry={view.reload} />
        ) : !data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <>
            <DeadlineCard key={`${orgId}-${year}-${data.deadlines.own?.dueOn ?? ''}`} orgId={orgId} year={year} deadlines={data.deadlines}
              mayEdit={mayAct} onChanged={view.reload} />
            <Paper withBorder radius="md" p="md">
              <Group justify="space-between" mb="sm">
                <Title order={3} fz="md">
                  {t('submissions.submitted.title', { year })}
                </Title>
                <Group gap="xs">
                  <Badge variant="light" tt="none" data-testid="inbox-summary">
                    {t('submissions.summary', { submitted: submittedUnions, total: data.unionCount })}
                  </Badge>
                  <Text size="xs" c="dimmed">{t('submissions.asOf', { date: formatDate(data.asOf) })}</Text>
                </Group>
              </Group>
              {data.submitted.length === 0 ? (
                <Text size="sm" c="dimmed">{t('submissions.submitted.none')}</Text>
              ) : (
                <InboxSubmittedTable items={data.submitted} pdfAvailable={pdfAvailable === true} mayReturn={mayAct} onReturn={setToReturn} />
              )}
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={3} fz="md" mb="sm">
                {t('submissions.notSubmitted.title', { count: data.notSubmitted.length })}
              </Title>
              {data.notSubmitted.length === 0 ? (
                <Text size="sm" c="dimmed">{t('submissions.notSubmitted.none')}</Text>
              ) : (
                <NonSubmittersTable items={data.notSubmitted} year={year} />
              )}
            </Paper>
          </>
        )}
        <Paper withBorder radius="md" p="md">
          <Title order={3} fz="md" mb="sm">
            {t('submissions.recent.title')}
          </Title>
          {recent.error ? (
            <ErrorAlert error={recent.error} onRetry={recent.reload} />
          ) : !recent.data ? (
            <Text size="sm" c="dimmed">{t('common.loading')}</Text>
          ) : recent.data.length === 0 ? (
            <EmptyNotice messageKey="inbox.none" />
          ) : (
            <RecentInboxTable items={recent.data} pdfAvailable={pdfAvailable === true} onPickYear={pickYear} />
          )}
          {pdfAvailable === false && <PdfHint />}
        </Paper>
      </Stack>
      <ReturnReportDialog submission={toReturn} onClose={() => setToReturn(null)} onReturned={reload} />
    </>
  );
}
