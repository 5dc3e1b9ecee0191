// How the unions below are spread: by classification, by member coverage of the workforce, by annual report state.
import { BarChart, DonutChart } from '@mantine/charts';
import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RollupTotals } from '../../../../shared/contracts/federation.contract.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { COVERAGE_BANDS, GRADES, NOT_CLASSIFIED, REPORT_STATES, type CoverageBand } from '../union-sums.ts';

interface Slice {
  name: string;
  value: number;
  color: string;
}

const gradeColors: Record<string, string> = { htxsnv: 'green.6', httnv: 'teal.5', htnv: 'yellow.5', khtnv: 'red.6', [NOT_CLASSIFIED]: 'gray.4' };
const reportColors = { not_started: 'gray.4', draft: 'yellow.5', returned: 'red.5', finalised: 'blue.5', submitted: 'green.6' } as const;

function Donut({ title, slices, testId }: { title: string; slices: Slice[]; testId: string }) {
  const shown = slices.filter((s) => s.value > 0);
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid={testId}>
      <Title order={3} fz="md" mb="md">
        {title}
      </Title>
      {shown.length === 0 ? (
        <EmptyNotice messageKey="federation.charts.noData" />
      ) : (
        <Group justify="center" gap="lg" wrap="wrap">
          <DonutChart data={shown} size={150} thickness={24} withTooltip valueFormatter={formatNumber}
            chartLabel={formatNumber(shown.reduce((n, s) => n + s.value, 0))} />
          <Stack gap={4}>
            {shown.map((s) => (
              <Group key={s.name} gap={8} wrap="nowrap">
                <div style={{ width: 12, height: 12, borderRadius: 3, background: `var(--mantine-color-${s.color.replace('.', '-')})` }} />
                <Text size="sm">{s.name}</Text>
                <Text size="sm" fw={600}>
                  {formatNumber(s.value)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      )}
    </Paper>
  );
}

export function RollupCharts({ totals, bands, year }: { totals: RollupTotals; bands: Record<CoverageBand, number>; year: number }) {
  const { t } = useTranslation();
  const grades = [...GRADES, NOT_CLASSIFIED].map((g) => ({
    name: t(`federation.grades.${g}`), value: totals.classifications[g] ?? 0, color: gradeColors[g],
  }));
  const reports = REPORT_STATES.map((s) => ({ name: t(`federation.reportShort.${s}`), value: totals.reports[s] ?? 0, color: reportColors[s] }));
  const coverage = COVERAGE_BANDS.map((b) => ({ band: t(`federation.bands.${b}`), unions: bands[b] }));
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Donut title={t('federation.charts.classification', { year })} slices={grades} testId="chart-classification" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="md" p="lg" h="100%" data-testid="chart-coverage">
          <Title order={3} fz="md" mb="md">
            {t('federation.charts.coverage')}
          </Title>
          {coverage.every((c) => c.unions === 0) ? (
            <EmptyNotice messageKey="federation.charts.noData" />
          ) : (
            <BarChart h={190} data={coverage} dataKey="band" orientation="vertical" valueFormatter={formatNumber} tickLine="none"
              gridAxis="none" withXAxis={false} withBarValueLabel yAxisProps={{ width: 110, interval: 0 }}
              series={[{ name: 'unions', label: t('federation.charts.unions'), color: 'indigo.6' }]} barProps={{ radius: [0, 4, 4, 0] }} />
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Donut title={t('federation.charts.reports', { year })} slices={reports} testId="chart-reports" />
      </Grid.Col>
    </Grid>
  );
}
