// Members active in the year whom no visit (ốm đau, hiếu, hoạn nạn) has reached in it, with their last visit.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { notVisitedPath, type NotVisitedView } from '../welfare.api.ts';

export function NotVisitedCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const query = useApiQuery<NotVisitedView>(notVisitedPath(orgId, year));
  const members = query.data?.members ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="welfare-not-visited">
      <Title order={4}>{t('welfare.notVisited.title', { count: members.length })}</Title>
      <Text size="xs" c="dimmed" mb="sm">{t('welfare.notVisited.hint')}</Text>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : members.length === 0
        ? <Text c="dimmed" size="sm">{t('welfare.notVisited.none')}</Text>
        : (
          <Table.ScrollContainer minWidth={320} mah={320}>
            <Table striped>
              <Table.Tbody>
                {members.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Td>{m.fullName}</Table.Td>
                    <Table.Td c="dimmed">{m.lastVisitOn ? t('welfare.notVisited.last', { date: formatDate(m.lastVisitOn) }) : t('welfare.notVisited.never')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
    </Paper>
  );
}
