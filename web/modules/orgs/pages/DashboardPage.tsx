// /org/:orgId — tổng quan: the organisation, its member figures, or an upper level's unions, as of a chosen date.
// The date is in the address (?date=, absent for today) and drives the whole page, the switcher included.
import { Button, Center, Grid, Group, Loader, Stack } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberStats } from '../../../../shared/contracts/members.contract.ts';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useAsOfDate } from '../../../app/as-of-date.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { AgeBandChart } from '../../members/components/AgeBandChart.tsx';
import { CategoryChart } from '../../members/components/CategoryChart.tsx';
import { GroupStatsTable } from '../../members/components/GroupStatsTable.tsx';
import { MemberStatCards } from '../../members/components/MemberStatCards.tsx';
import { statsPath } from '../../members/members.api.ts';
import { OrgSummaryCard } from '../components/OrgSummaryCard.tsx';
import { SubordinateUnionsCard } from '../../federation/components/SubordinateUnionsCard.tsx';
import { EmulationYearCard } from '../../emulation/components/EmulationYearCard.tsx';
import { DocumentsDueCard } from '../../documents/components/DocumentsDueCard.tsx';
import { TargetsAtRiskCard } from '../../plans/components/TargetsAtRiskCard.tsx';
import { DialogueFlagsCard } from '../../dialogue/components/DialogueFlagsCard.tsx';
import { AgreementRemindersCard } from '../../agreements/components/AgreementRemindersCard.tsx';
import { SubmissionReminderCard } from '../../reports/components/SubmissionReminderCard.tsx';
import { StatisticalFormCard } from '../../statistical-form/components/StatisticalFormCard.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { date, today, isToday, setDate } = useAsOfDate();
  const org = useApiQuery<OrgView>(`/api/orgs/${orgId}${toQueryString({ date })}`);
  const orgReady = org.data?.id === orgId;
  // An upper level (federation, commune/ward union) has no members of its own: it shows its subordinates instead.
  const upperLevel = org.data?.isUpperLevel ?? false;
  const stats = useApiQuery<MemberStats>(orgReady && !upperLevel ? statsPath(orgId, date) : null);

  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        subtitle={t('dashboard.asOf', { date: formatDate(date) })}
        actions={
          <Group align="flex-end" gap="xs">
            <DateField
              label={t('dashboard.date')}
              data-testid="dashboard-date"
              value={date}
              // A new date shows that year's reports unless another year is picked again.
              onChange={(value) => value && setDate(value, ['year'])}
              leftSection={<IconCalendar size={16} />}
              w={190}
            />
            {!isToday && (
              <Button variant="default" onClick={() => setDate(today, ['year'])} data-testid="dashboard-today">
                {t('dashboard.today')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        {org.error ? <ErrorAlert error={org.error} onRetry={org.reload} /> : org.data && <OrgSummaryCard org={org.data} date={date} />}
        {org.error ? null : upperLevel ? (
          <>
            <SubordinateUnionsCard orgId={orgId} date={date} today={today} />
            {/* Mẫu 2-HĐCĐ: the statistical form summed over the grassroots unions below. */}
            <StatisticalFormCard orgId={orgId} summary />
          </>
        ) : stats.error ? (
          <ErrorAlert error={stats.error} onRetry={stats.reload} />
        ) : !stats.data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <>
            {/* The year's annual report not yet submitted while an upper level's deadline applies, or returned for correction. */}
            <SubmissionReminderCard orgId={orgId} year={Number(date.slice(0, 4))} />
            <MemberStatCards stats={stats.data} />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <CategoryChart stats={stats.data} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <AgeBandChart stats={stats.data} />
              </Grid.Col>
            </Grid>
            {/* The year's emulation results (thi đua) of the year of the chosen date. */}
            <EmulationYearCard orgId={orgId} year={Number(date.slice(0, 4))} />
            {/* Directive documents overdue and due this week, and the year's on-time rate. */}
            <DocumentsDueCard orgId={orgId} year={Number(date.slice(0, 4))} />
            {/* The targets of the year's plan at risk or not met, with their progress. */}
            <TargetsAtRiskCard orgId={orgId} year={Number(date.slice(0, 4))} />
            {/* An enterprise union's year without a periodic dialogue or workers' conference, and overdue follow-ups. */}
            <DialogueFlagsCard orgId={orgId} year={Number(date.slice(0, 4))} />
            {/* The collective agreement to renegotiate, not sent to the labour authority, or no longer in force. */}
            <AgreementRemindersCard orgId={orgId} date={date} />
            <GroupStatsTable stats={stats.data} />
          </>
        )}
      </Stack>
    </>
  );
}
