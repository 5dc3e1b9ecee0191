// A member's welfare history and blood donations, on their page (the committee's view) and on /me (their phone).
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { MemberWelfareView } from '../welfare.api.ts';

export function MemberWelfareCard({ path }: { path: string }) {
  const { t } = useTranslation();
  const query = useApiQuery<MemberWelfareView>(path);
  if (!query.data) {
    return query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null;
  }
  const { welfare, blood } = query.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="member-welfare">
      <Title order={4} mb="sm">{t('welfare.member.title')}</Title>
      <Stack gap={6}>
        {welfare.length === 0 && <Text c="dimmed" size="sm">{t('welfare.none')}</Text>}
        {welfare.map((w, i) => (
          <Text key={`${w.eventId}-${i}`} size="sm" td={w.reversed ? 'line-through' : undefined}>
            {formatDate(w.eventDate)} — {t(`welfare.kinds.${w.kind}`)}{w.relativeName ? ` (${w.relation ?? ''} ${w.relativeName})` : ''}: {formatDong(w.amount)}
            <Text span size="xs" c="dimmed"> · {w.entryNumber}</Text>
          </Text>
        ))}
        {blood.total > 0 && (
          <Text size="sm" mt="xs">{t('welfare.member.blood', { total: blood.total, last: formatDate(blood.donations.at(-1)?.donatedOn ?? null) })}</Text>
        )}
      </Stack>
    </Paper>
  );
}
