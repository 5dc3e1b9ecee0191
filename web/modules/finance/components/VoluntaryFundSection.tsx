// A voluntary fund's year: participation (members who paid every month due), the month-by-member grid (the dues grid
// component), "collected for month …", the amounts through time and the opt-outs, for those who may post receipts.
import { Alert, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { addOptOut, contributionGridPath, correctOptOut, removeOptOut, type ContributionGrid } from '../contributions.api.ts';
import type { FundView } from '../ledger.api.ts';
import { CollectContributionModal } from './CollectContributionModal.tsx';
import { DuesGridTable } from './DuesGridTable.tsx';
import { FundAmountsCard } from './FundAmountsCard.tsx';
import { MemberPeriodsCard } from './MemberPeriodsCard.tsx';

interface Props { orgId: number; year: number; funds: FundView[]; mayWrite: boolean }

export const percentText = (p: number | null) => (p === null ? '–' : `${String(p).replace('.', ',')} %`);

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} fz={22} lh={1.2} mt={4}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

export function VoluntaryFundSection({ orgId, year, funds, mayWrite }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const fundId = Number(chosen ?? funds[0]?.id ?? 0) || null;
  const query = useApiQuery<ContributionGrid>(fundId ? contributionGridPath(orgId, fundId, year) : null);
  const [collecting, setCollecting] = useState<string | null>(null);
  const g = query.data;

  return (
    <Stack gap="sm" data-testid="voluntary-fund">
      <Group justify="space-between">
        <Title order={3}>{t('contributions.voluntary')}</Title>
        <Group>
          {funds.length > 1 && (
            <SegmentedControl value={String(fundId)} onChange={setChosen} data={funds.map((f) => ({ value: String(f.id), label: f.name }))} />
          )}
        </Group>
      </Group>
      {funds.length === 0 && <Alert color="gray">{t('contributions.noVoluntary')}</Alert>}
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : g && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Figure label={t('contributions.totals.participation')} value={percentText(g.totals.participationRate)}
              hint={t('contributions.totals.members', { paid: g.totals.membersFullyPaid, due: g.totals.membersDue })} />
            <Figure label={t('contributions.totals.paid')} value={formatDong(g.totals.paid)}
              hint={t('contributions.totals.due', { due: formatDong(g.totals.due), unpaid: formatDong(g.totals.unpaid) })} />
            <Figure label={t('contributions.totals.monthly')} value={formatDong(g.fund.monthlyAmount)}
              hint={t('contributions.totals.optedOut', { count: g.totals.membersOptedOut })} />
          </SimpleGrid>
          <DuesGridTable grid={g} mayWrite={mayWrite} onCollect={setCollecting} labels="contributions.grid" testId="contributions" />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <FundAmountsCard orgId={orgId} grid={g} mayWrite={mayWrite} onChanged={query.reload} />
            <MemberPeriodsCard title={t('contributions.optOut.list')} empty={t('contributions.optOut.empty')} testId="fund-opt-outs"
              periods={g.optOuts} members={g.members} defaultFromMonth={`${year}-01`} mayWrite={mayWrite}
              add={({ memberId, fromMonth, toMonth, note }) => addOptOut(orgId, g.fund.id, { memberId, fromMonth, toMonth, note })}
              correct={(id, { fromMonth, toMonth, note }) => correctOptOut(orgId, g.fund.id, id, { fromMonth, toMonth, note })}
              remove={(id) => removeOptOut(orgId, g.fund.id, id)} onChanged={query.reload} />
          </SimpleGrid>
        </>
      )}
      {collecting && g && (
        <CollectContributionModal orgId={orgId} grid={g} month={collecting} onClose={() => setCollecting(null)}
          onSaved={() => { setCollecting(null); query.reload(); }} />
      )}
    </Stack>
  );
}
