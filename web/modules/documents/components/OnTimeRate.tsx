// The on-time rate of directive documents as a big percentage with what it counts ("5/6 văn bản đến hạn").
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import type { DocumentSummaryView } from '../documents.api.ts';

export function OnTimeRate({ summary }: { summary: DocumentSummaryView }) {
  const { t } = useTranslation();
  if (summary.onTimeRate === null) {
    return <Text c="dimmed" size="sm" mt={4}>{t('documents.stats.noneDue')}</Text>;
  }
  const percent = Math.round(summary.onTimeRate * 1000) / 10;
  return (
    <>
      <Text fw={700} fz={30} lh={1.2} mt={4} c={percent < 100 ? 'orange' : 'green'}>{formatNumber(percent)}%</Text>
      <Text size="xs" c="dimmed">{t('documents.stats.onTimeOf', { onTime: summary.doneOnTime, due: summary.dueInPeriod })}</Text>
    </>
  );
}
