// "Báo cáo thống kê Mẫu 1-HĐCĐ": the Confederation's form for a reporting date (31/5 or 30/11), each figure with the
// record it comes from, and the .xlsx sent to the upper level. For an upper level (`summary`) the same card shows its
// Mẫu 2-HĐCĐ: the rows summed over the grassroots unions below it, with how many of them have each figure.
import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { reportingDates } from '../reporting-dates.ts';
import { downloadStatisticalForm, statisticalFormPath, type StatisticalFormView } from '../statistical-form.api.ts';

export function StatisticalFormCard({ orgId, summary = false }: { orgId: number; summary?: boolean }) {
  const { t } = useTranslation();
  const dates = reportingDates(todayIso());
  const [date, setDate] = useState(dates[0]);
  const form = useApiQuery<StatisticalFormView>(statisticalFormPath(orgId, date));
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      await downloadStatisticalForm(orgId, date, summary);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="statistical-form">
      <Stack gap="sm">
        <Title order={3} fz="md">{t(summary ? 'statisticalForm.summaryTitle' : 'statisticalForm.title')}</Title>
        <Text size="sm" c="dimmed">{t(summary ? 'statisticalForm.summaryHint' : 'statisticalForm.hint')}</Text>
        <Group gap="sm" align="flex-end">
          <Select label={t('statisticalForm.date')} data={dates.map((d) => ({ value: d, label: formatDate(d) }))} value={date}
            onChange={(v) => v && setDate(v)} allowDeselect={false} w={160} data-testid="statistical-form-date" />
          <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download()}
            data-testid="statistical-form-download">
            {t('statisticalForm.download')}
          </Button>
        </Group>
        {error && <Alert color="red" p="xs">{error}</Alert>}
        {form.error ? <ErrorAlert error={form.error} onRetry={form.reload} /> : form.data && <FormRows form={form.data} />}
      </Stack>
    </Paper>
  );
}

function FormRows({ form }: { form: StatisticalFormView }) {
  const { t } = useTranslation();
  const unions = form.unions;
  return (
    <>
      <Text size="sm">{t('statisticalForm.period', { from: formatDate(form.periodFrom), to: formatDate(form.date) })}</Text>
      {unions && (
        <Text size="sm" fw={500} data-testid="statistical-form-unions">
          {unions.length === 0 ? t('statisticalForm.noUnions') : t('statisticalForm.summedUnions', { count: unions.length })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder withColumnBorders data-testid="statistical-form-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t('statisticalForm.column.tt')}</Table.Th>
              <Table.Th>{t('statisticalForm.column.content')}</Table.Th>
              <Table.Th>{t('statisticalForm.column.unit')}</Table.Th>
              <Table.Th ta="right">{t('statisticalForm.column.value')}</Table.Th>
              {unions && <Table.Th ta="right" w={110}>{t('statisticalForm.column.reported')}</Table.Th>}
              <Table.Th miw={140}>{t('statisticalForm.column.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.rows.map((r) => (
              <Table.Tr key={r.key} fw={r.kind === 'heading' ? 700 : undefined}>
                <Table.Td ta="center">{r.tt}</Table.Td>
                <Table.Td>
                  {r.content}
                  {r.trace && <Text size="xs" c="dimmed" title={r.trace}>{t('statisticalForm.source', { trace: r.trace })}</Text>}
                </Table.Td>
                <Table.Td>{r.unit}</Table.Td>
                <Table.Td ta="right" title={r.trace || undefined}>{r.value === null ? '' : formatNumber(r.value)}</Table.Td>
                {unions && <Table.Td ta="right">{r.reported === null ? '' : formatNumber(r.reported)}</Table.Td>}
                <Table.Td>{r.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
