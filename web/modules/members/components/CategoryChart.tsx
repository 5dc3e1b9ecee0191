// Members by category (đối tượng) as a donut with its legend.
import { DonutChart } from '@mantine/charts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStats } from '../../../../shared/contracts/members.contract.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { formatNumber } from '../../../ui/format.ts';

const palette = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'yellow.6', 'cyan.6', 'pink.6', 'lime.6'];

export function CategoryChart({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  const data = stats.byCategory
    .filter((c) => c.count > 0)
    .map((c, i) => ({ name: t(`member.category.${c.category}`, { defaultValue: c.name }), value: c.count, color: palette[i % palette.length] }));
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid="chart-category">
      <Title order={3} fz="md" mb="md">
        {t('stats.byCategory')}
      </Title>
      {data.length === 0 ? (
        <EmptyNotice messageKey="stats.noData" />
      ) : (
        <Group justify="center" gap="xl" wrap="wrap">
          <DonutChart data={data} size={180} thickness={28} withTooltip valueFormatter={formatNumber} chartLabel={formatNumber(stats.total)} />
          <Stack gap={6}>
            {data.map((item) => (
              <Group key={item.name} gap={8} wrap="nowrap">
                <div style={{ width: 12, height: 12, borderRadius: 3, background: `var(--mantine-color-${item.color.replace('.', '-')})` }} />
                <Text size="sm">{item.name}</Text>
                <Text size="sm" fw={600}>
                  {formatNumber(item.value)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      )}
    </Paper>
  );
}
