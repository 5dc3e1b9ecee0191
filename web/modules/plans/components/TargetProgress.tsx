// A target's progress through the year: the month-by-month series as a sparkline (rates), or its one value.
import { Sparkline } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, formatPlanValue, type TargetView } from '../plans.api.ts';

export function TargetProgress({ target }: { target: TargetView }) {
  const { t } = useTranslation();
  const values = target.series.map((p) => p.value);
  return (
    <Group gap="xs" wrap="nowrap">
      <Text fw={target.actual === null ? 400 : 700} size={target.actual === null ? 'sm' : 'md'} c={target.actual === null ? 'dimmed' : STATUS_COLOR[target.status]}
        style={{ whiteSpace: 'nowrap' }} data-testid="target-actual">
        {target.actual === null ? t('plans.noData') : formatPlanValue(target.unit, target.actual)}
      </Text>
      {values.length > 1 && (
        <Sparkline w={110} h={32} data={values} curveType="linear" color={STATUS_COLOR[target.status]} fillOpacity={0.25} strokeWidth={2}
          aria-label={t('plans.progress')} data-testid="target-sparkline" />
      )}
      {target.actual === null && target.forecast !== null && (
        <Text size="xs" c="dimmed">{t('plans.forecast', { value: formatPlanValue(target.unit, target.forecast) })}</Text>
      )}
    </Group>
  );
}
