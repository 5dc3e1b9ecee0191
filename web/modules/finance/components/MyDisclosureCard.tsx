// Công khai tài chính on a member's own page (/me, on their phone): their union's statement of the current quarter.
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { ownDisclosurePath, periodOf, quarterOf, type DisclosureView } from '../disclosure.api.ts';
import { DisclosureStatement } from './DisclosureStatement.tsx';

export function MyDisclosureCard() {
  const { t } = useTranslation();
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const quarter = quarterOf(today);
  const period = periodOf('quarter', year, quarter);
  const query = useApiQuery<DisclosureView>(ownDisclosurePath(period));
  if (!query.data) {
    return query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null;
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-disclosure">
      <Title order={4}>{t('disclosure.mine', { quarter, year })}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {query.data.org.name} · {t('disclosure.range', { from: formatDate(period.from), to: formatDate(period.to) })}
      </Text>
      <DisclosureStatement statement={query.data} />
    </Paper>
  );
}
