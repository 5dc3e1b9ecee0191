// Members by age band as bars.
import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStats } from '../../../../shared/contracts/members.contract.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { formatNumber } from '../../../ui/format.ts';

export function AgeBandChart({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  const data = stats.byAgeBand.map((b) => ({ band: t(`stats.ageBands.${b.band}`, { defaultValue: b.band }), count: b.count }));
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid="chart-age">
      <Title order={3} fz="md" mb="md">
        {t('stats.byAgeBand')}
      </Title>
      {data.every((d) => d.count === 0) ? (
        <EmptyNotice messageKey="stats.noData" />
      ) : (
        <BarChart
          h={220}
          data={data}
          dataKey="band"
          series={[{ name: 'count', label: t('stats.members'), color: 'blue.6' }]}
          valueFormatter={formatNumber}
          tickLine="y"
          gridAxis="x"
          withBarValueLabel
          barProps={{ radius: [4, 4, 0, 0] }}
        />
      )}
    </Paper>
  );
}
