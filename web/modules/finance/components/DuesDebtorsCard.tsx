// Who still owes dues in the year, with the months and the amount.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import type { DuesGrid } from '../dues.api.ts';

export function DuesDebtorsCard({ grid }: { grid: DuesGrid }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="dues-debtors">
      <Title order={4} mb="sm">{t('dues.debtors')}</Title>
      {grid.debtors.length === 0 ? <Text size="sm" c="dimmed">{t('dues.noDebtors')}</Text> : (
        <Table striped>
          <Table.Tbody>
            {grid.debtors.map((d) => (
              <Table.Tr key={d.memberId}>
                <Table.Td>{d.fullName}</Table.Td>
                <Table.Td>{d.months.map((m) => m.slice(5, 7)).join(', ')}</Table.Td>
                <Table.Td ta="right">{formatDong(d.amount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
