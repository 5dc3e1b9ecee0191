// A member's own activities on /me (their phone): what is coming up, and their attendance of the year.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVi, todayIso } from '../../../../shared/vi/dates.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { myActivitiesPath, type MyActivitiesView } from '../activities.api.ts';

const colors = { present: 'teal', excused: 'yellow', absent: 'red' } as const;

export function MyActivitiesCard() {
  const { t } = useTranslation();
  const year = Number(todayIso().slice(0, 4));
  const query = useApiQuery<MyActivitiesView>(myActivitiesPath(year));
  if (!query.data) {
    return query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null;
  }
  const d = query.data;
  const missed = d.attended.filter((a) => a.status !== 'present');
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-activities">
      <Title order={4}>{t('activities.mine.title', { year })}</Title>
      <Stack gap={6} mt="xs">
        {d.upcoming.length === 0 ? <Text size="sm" c="dimmed">{t('activities.mine.noUpcoming')}</Text> : d.upcoming.slice(0, 5).map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap">
            <Text size="sm">{a.title}</Text>
            <Text size="sm" c="dimmed">{formatDateVi(a.heldOn)}{a.startTime ? ` ${a.startTime}` : ''}</Text>
          </Group>
        ))}
        {d.rate !== null && (
          <Text size="sm" mt="xs">{t('activities.mine.rate', { rate: String(d.rate).replace('.', ','), count: d.attended.length })}</Text>
        )}
        {missed.slice(-5).map((a) => (
          <Group key={a.activityId} justify="space-between" wrap="nowrap">
            <Text size="sm">{formatDateVi(a.heldOn)} · {a.title}</Text>
            <Badge color={colors[a.status]} variant="light">{t(`activities.status.${a.status}`)}</Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
