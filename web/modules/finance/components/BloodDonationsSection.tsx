// Hiến máu of the year: each donor's donations in it and the cumulative count ("từ 15 đến 20 lần").
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { bloodDonationsPath, type BloodDonationYearView } from '../welfare.api.ts';
import { BloodDonationFormModal } from './BloodDonationFormModal.tsx';

export function BloodDonationsSection({ orgId, year, mayWrite }: { orgId: number; year: number; mayWrite: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery<BloodDonationYearView>(bloodDonationsPath(orgId, year));
  const [form, setForm] = useState<'donation' | 'prior' | null>(null);
  const view = query.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="blood-donations">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('welfare.blood.title')}</Title>
        {mayWrite && (
          <Group gap="xs">
            <Button size="xs" onClick={() => setForm('donation')}>{t('welfare.blood.record')}</Button>
            <Button size="xs" variant="light" onClick={() => setForm('prior')}>{t('welfare.blood.prior')}</Button>
          </Group>
        )}
      </Group>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : view && (
        <>
          <Text size="sm" mb="xs">{t('welfare.blood.totals', { donations: view.totals.donations, donors: view.totals.donors, volume: view.totals.volumeMl })}</Text>
          {view.donors.length === 0 ? <Text c="dimmed" size="sm">{t('welfare.none')}</Text> : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('welfare.blood.member')}</Table.Th><Table.Th>{t('welfare.blood.inYear')}</Table.Th>
                    <Table.Th ta="right">{t('welfare.blood.cumulative')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.donors.map((d) => (
                    <Table.Tr key={d.memberId}>
                      <Table.Td>{d.fullName}</Table.Td>
                      <Table.Td>{d.inYear.map((x) => `${formatDate(x.donatedOn)} (${x.volumeMl} ml)`).join(', ')}</Table.Td>
                      <Table.Td ta="right">
                        <Badge variant="light" color={d.cumulative >= 15 ? 'red' : 'gray'}>{d.cumulative}</Badge>
                        {d.priorCount > 0 && <Text span size="xs" c="dimmed" ml={4}>{t('welfare.blood.priorShort', { count: d.priorCount })}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      {form && <BloodDonationFormModal orgId={orgId} mode={form} onClose={() => setForm(null)} onSaved={() => { setForm(null); query.reload(); }} />}
    </Paper>
  );
}
