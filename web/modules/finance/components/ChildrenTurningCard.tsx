// Members' children who turn 16 in the year: their last year of 1/6 and Trung thu gifts.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { childrenTurningPath, type ChildrenTurningView } from '../welfare.api.ts';

export function ChildrenTurningCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const query = useApiQuery<ChildrenTurningView>(childrenTurningPath(orgId, year));
  const view = query.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="welfare-children-turning">
      <Title order={4} mb="sm">{t('welfare.turning.title', { age: view?.age ?? 16, year })}</Title>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : !view || view.children.length === 0
        ? <Text c="dimmed" size="sm">{t('welfare.turning.none')}</Text>
        : (
          <Table striped>
            <Table.Tbody>
              {view.children.map((c) => (
                <Table.Tr key={c.childId}>
                  <Table.Td>{c.fullName}</Table.Td>
                  <Table.Td>{t('welfare.turning.childOf', { parent: c.memberName })}</Table.Td>
                  <Table.Td>{formatDate(c.birthday)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
    </Paper>
  );
}
