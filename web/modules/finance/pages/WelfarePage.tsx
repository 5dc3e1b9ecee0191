// /org/:orgId/welfare — chăm lo đoàn viên of a year: events with their payments, totals by kind, who has not been
// visited, children turning 16, blood donations.
import { Button, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconHeartHandshake, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { StatCard } from '../../../ui/StatCard.tsx';
import { BloodDonationsSection } from '../components/BloodDonationsSection.tsx';
import { ChildrenTurningCard } from '../components/ChildrenTurningCard.tsx';
import { NotVisitedCard } from '../components/NotVisitedCard.tsx';
import { WelfareEventFormModal } from '../components/WelfareEventFormModal.tsx';
import { WelfareImportModal } from '../components/WelfareImportModal.tsx';
import { WelfareEventsTable } from '../components/WelfareEventsTable.tsx';
import { welfareYearPath, type WelfareYearView } from '../welfare.api.ts';

export function WelfarePage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const query = useApiQuery<WelfareYearView>(welfareYearPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'finance.write');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const y = query.data;
  const standing = (y?.byKind ?? []);

  return (
    <>
      <PageHeader
        title={t('welfare.title')}
        subtitle={t('welfare.subtitle')}
        actions={(
          <>
            {mayWrite && <Button variant="default" onClick={() => setImporting(true)} data-testid="welfare-import">{t('welfare.import.button')}</Button>}
            {mayWrite && <Button onClick={() => setAdding(true)} data-testid="welfare-add">{t('welfare.add')}</Button>}
            <NumberInput aria-label={t('welfare.year')} value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          </>
        )}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : y && (
        <Stack gap="md" data-testid="welfare-year">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard label={t('welfare.stats.events')} value={standing.reduce((s, k) => s + k.events, 0)} icon={<IconHeartHandshake size={20} />} color="pink" />
            <StatCard label={t('welfare.stats.beneficiaries')} value={standing.reduce((s, k) => s + k.beneficiaries, 0)} icon={<IconUsers size={20} />} color="blue" />
            <Paper withBorder radius="md" p="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('welfare.stats.amount')}</Text>
              <Text fw={700} fz={24} lh={1.2} mt={4}>{formatDong(standing.reduce((s, k) => s + k.amount, 0))}</Text>
            </Paper>
          </SimpleGrid>
          {standing.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="sm">{t('welfare.byKind')}</Title>
              <Table striped>
                <Table.Tbody>
                  {standing.map((k) => (
                    <Table.Tr key={k.kind}>
                      <Table.Td>{t(`welfare.kinds.${k.kind}`)}</Table.Td>
                      <Table.Td>{t('welfare.kindLine', { events: k.events, beneficiaries: k.beneficiaries })}</Table.Td>
                      <Table.Td ta="right">{formatDong(k.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
          <WelfareEventsTable events={y.events} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NotVisitedCard key={`nv-${version}`} orgId={orgId} year={year} />
            <ChildrenTurningCard orgId={orgId} year={year} />
          </SimpleGrid>
          <BloodDonationsSection orgId={orgId} year={year} mayWrite={mayWrite} />
        </Stack>
      )}
      {importing && (
        <WelfareImportModal orgId={orgId} onClose={() => setImporting(false)}
          onImported={() => { setImporting(false); query.reload(); setVersion((v) => v + 1); }} />
      )}
      {adding && (
        <WelfareEventFormModal orgId={orgId} year={year} onClose={() => setAdding(false)}
          onSaved={() => { setAdding(false); query.reload(); setVersion((v) => v + 1); }} />
      )}
    </>
  );
}
