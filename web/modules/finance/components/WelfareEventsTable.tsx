// The year's welfare events, each with its phiếu chi number; a reversed payment is shown struck out.
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatDate } from '../../../ui/format.ts';
import type { WelfareEventView } from '../welfare.api.ts';

const SHOWN_NAMES = 3;

function who(e: WelfareEventView, more: (n: number) => string): string {
  const names = e.beneficiaries.map((b) => (b.relativeName ? `${b.relativeName} (${b.relation ?? ''} ${b.memberName})` : b.memberName));
  return names.length > SHOWN_NAMES ? `${names.slice(0, SHOWN_NAMES).join(', ')} ${more(names.length - SHOWN_NAMES)}` : names.join(', ');
}

export function WelfareEventsTable({ events }: { events: WelfareEventView[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">{t('welfare.events')}</Title>
      {events.length === 0 ? <Text c="dimmed" size="sm">{t('welfare.none')}</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="welfare-events">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('welfare.date')}</Table.Th><Table.Th>{t('welfare.kind')}</Table.Th><Table.Th>{t('welfare.content')}</Table.Th>
                <Table.Th>{t('welfare.beneficiaries')}</Table.Th><Table.Th ta="right">{t('welfare.amount')}</Table.Th><Table.Th>{t('welfare.voucher')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id} style={e.reversed ? { textDecoration: 'line-through', opacity: 0.6 } : undefined}>
                  <Table.Td>{formatDate(e.eventDate)}</Table.Td>
                  <Table.Td><Text size="sm" fw={500}>{t(`welfare.kinds.${e.kind}`)}</Text></Table.Td>
                  <Table.Td>{e.description}</Table.Td>
                  <Table.Td>{who(e, (n) => t('welfare.andMore', { count: n }))}</Table.Td>
                  <Table.Td ta="right">{formatDong(e.amount)}</Table.Td>
                  <Table.Td>{e.entryNumber}{e.reversed && <Badge ml={4} color="gray" size="xs">{t('welfare.reversed')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
