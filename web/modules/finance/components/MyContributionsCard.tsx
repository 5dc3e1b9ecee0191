// A member's own voluntary funds and campaign contributions of this year, on /me (their phone): per fund, months paid
// and still missing; per campaign, what they gave. Nothing is shown when the union has neither.
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { myContributionsPath, type MyContributionsView } from '../contributions.api.ts';

export function MyContributionsCard() {
  const { t } = useTranslation();
  const year = Number(todayIso().slice(0, 4));
  const query = useApiQuery<MyContributionsView>(myContributionsPath(year));
  const v = query.data;
  if (!v || (v.funds.length === 0 && v.campaigns.length === 0)) {
    return null;
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-contributions">
      <Title order={4}>{t('contributions.mine.title', { year })}</Title>
      <Stack gap={6} mt="xs">
        {v.funds.map((f) => {
          const cells = f.row?.cells ?? [];
          return (
            <Group key={`f${f.fundId}`} justify="space-between" wrap="nowrap">
              <Text size="sm">{f.name}</Text>
              <Text size="sm" c={(f.row?.unpaid ?? 0) > 0 ? 'red' : 'teal'}>
                {t('contributions.mine.months', { paid: cells.filter((c) => c.status === 'paid').length, due: cells.filter((c) => c.status === 'paid' || c.status === 'unpaid').length })}
              </Text>
            </Group>
          );
        })}
        {v.campaigns.map((c) => (
          <Group key={`c${c.fundId}`} justify="space-between" wrap="nowrap">
            <Text size="sm">{c.name}</Text>
            <Text size="sm" c={c.amount > 0 ? 'teal' : 'dimmed'}>{c.amount > 0 ? formatDong(c.amount) : t('contributions.mine.notYet')}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
