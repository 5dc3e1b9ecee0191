// A member's own đoàn phí of this year, on /me (their phone): each month paid, unpaid or exempt with its amount,
// and what is paid and still owed. Three months a row, so it fits a 390 px screen.
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuesCell } from '../../../../shared/contracts/dues.contract.ts';
import { formatDong, formatDongPlain } from '../../../../shared/vi/money.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { MyDuesView } from '../dues.api.ts';

const colors: Record<DuesCell['status'], string> = {
  paid: 'teal', unpaid: 'red', upcoming: 'dimmed', exempt: 'gray', not_due: 'gray', no_base: 'orange', no_rule: 'orange',
};

export function MyDuesCard() {
  const { t } = useTranslation();
  const year = Number(todayIso().slice(0, 4));
  const query = useApiQuery<MyDuesView>(`/api/me/dues/${year}`);
  if (!query.data) {
    return query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null;
  }
  const row = query.data.row;
  const due = row?.cells.filter((c) => c.status !== 'not_due') ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-dues">
      <Title order={4}>{t('dues.mine.title', { year })}</Title>
      {!row || due.length === 0 ? <Text c="dimmed" size="sm" mt="xs">{t('dues.mine.none')}</Text> : (
        <>
          <Text size="sm" mb="sm">{t('dues.mine.summary', { paid: formatDong(row.paid), unpaid: formatDong(row.unpaid) })}</Text>
          <SimpleGrid cols={3} spacing={6}>
            {row.cells.map((c) => (
              <Paper key={c.month} withBorder radius="sm" px={6} py={4} data-testid={`my-dues-${c.month}`} data-status={c.status}>
                <Text size="xs" c="dimmed">{`${c.month.slice(5, 7)}/${c.month.slice(0, 4)}`}</Text>
                <Text size="sm" fw={600} c={colors[c.status]}>{c.amount === null ? '–' : formatDongPlain(c.amount)}</Text>
                <Text size="xs" c={colors[c.status]}>{t(`dues.status.${c.status}`)}</Text>
              </Paper>
            ))}
          </SimpleGrid>
        </>
      )}
    </Paper>
  );
}
