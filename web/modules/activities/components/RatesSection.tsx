// Tỷ lệ tham dự of a year: per kind, per member, and the members below the union's threshold — the evidence for the
// report's limitations (A.III).
import { Badge, NumberInput, Group, Paper, SimpleGrid, Stack, Table, Text, Title, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareMemberNames } from '../../../../shared/vi/collation.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { ratesPath, setActivitySettings, type RatesView } from '../activities.api.ts';

const pct = (rate: number) => `${String(rate).replace('.', ',')}%`;

export function RatesSection({ orgId, year, mayWrite }: { orgId: number; year: number; mayWrite: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery<RatesView>(ratesPath(orgId, year));
  const [threshold, setThreshold] = useState<number | string>('');
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const r = query.data;
  if (!r) {
    return null;
  }
  const saveThreshold = async () => {
    try {
      await setActivitySettings(orgId, { attendanceThreshold: Number(threshold) });
      setThreshold('');
      query.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const members = [...r.byMember].sort((a, b) => compareMemberNames(a.fullName, b.fullName));
  return (
    <Stack gap="md" data-testid="rates">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder radius="md" p="md">
          <Title order={5} mb="xs">{t('activities.rates.byKind')}</Title>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('activities.form.kind')}</Table.Th><Table.Th ta="right">{t('activities.rates.held')}</Table.Th><Table.Th ta="right">{t('activities.rates.rate')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.byKind.map((k) => (
                <Table.Tr key={k.kindCode}>
                  <Table.Td>{k.kindName}</Table.Td>
                  <Table.Td ta="right">{k.held}{k.cancelled > 0 ? <Text span size="xs" c="dimmed"> {t('activities.rates.cancelledCount', { count: k.cancelled })}</Text> : null}</Table.Td>
                  <Table.Td ta="right">{k.expected > 0 ? pct(k.rate) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder radius="md" p="md" data-testid="below-threshold">
          <Group justify="space-between" mb="xs">
            <Title order={5}>{t('activities.rates.below', { threshold: r.threshold })}</Title>
            {mayWrite && (
              <Group gap={4}>
                <NumberInput size="xs" w={80} min={1} max={100} suffix="%" placeholder={String(r.threshold)} value={threshold} onChange={setThreshold}
                  aria-label={t('activities.rates.threshold')} />
                <Button size="xs" variant="default" disabled={threshold === ''} onClick={() => void saveThreshold()}>{t('activities.rates.setThreshold')}</Button>
              </Group>
            )}
          </Group>
          {r.belowThreshold.length === 0 ? <Text c="dimmed" size="sm">{t('activities.rates.noneBelow')}</Text> : (
            <Table>
              <Table.Tbody>
                {r.belowThreshold.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Td>{m.fullName}</Table.Td>
                    <Table.Td ta="right"><Badge color="red" variant="light">{pct(m.rate)}</Badge></Table.Td>
                    <Table.Td ta="right"><Text size="xs" c="dimmed">{t('activities.rates.absences', { excused: m.excused, absent: m.absent })}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="xs">{t('activities.rates.byMember')}</Title>
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.rates.member')}</Table.Th><Table.Th ta="right">{t('activities.rates.expected')}</Table.Th>
                <Table.Th ta="right">{t('activities.status.present')}</Table.Th><Table.Th ta="right">{t('activities.status.excused')}</Table.Th>
                <Table.Th ta="right">{t('activities.status.absent')}</Table.Th><Table.Th ta="right">{t('activities.rates.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>{m.fullName}</Table.Td><Table.Td ta="right">{m.expected}</Table.Td><Table.Td ta="right">{m.present}</Table.Td>
                  <Table.Td ta="right">{m.excused}</Table.Td><Table.Td ta="right">{m.absent}</Table.Td>
                  <Table.Td ta="right" c={m.rate < r.threshold ? 'red' : undefined}>{pct(m.rate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
