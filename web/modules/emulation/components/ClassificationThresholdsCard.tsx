// On an upper level's page of the rules: the thresholds that grade the unions beneath it on the date shown (its own,
// a level above it, or the scale's), the ones it set, and — for its officers — a form to set new ones from a date.
import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { setThresholds, thresholdsPath, type ThresholdsList } from '../classification.api.ts';

const points = (p: number) => String(p).replace('.', ',');

export function ClassificationThresholdsCard({ orgId, date, mayEdit }: { orgId: number; date: string; mayEdit: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery<ThresholdsList>(thresholdsPath(orgId, date));
  const [values, setValues] = useState({ validFrom: `${date.slice(0, 4)}-01-01` as string | null, htxsnvMin: 90, httnvMin: 70, htnvMin: 50, note: '' });
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const list = query.data;
  if (!list) {
    return null;
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => setThresholds(orgId, { ...values, validFrom: values.validFrom ?? '' }));
    if (done) {
      notifications.show({ color: 'green', message: t('classification.thresholdsSaved') });
      query.reload();
    }
  };
  const number = (key: 'htxsnvMin' | 'httnvMin' | 'htnvMin', grade: string) => (
    <NumberInput label={t('classification.minFor', { grade })} min={0} max={1000} step={0.5} decimalScale={1} decimalSeparator="," w={150}
      value={values[key]} onChange={(v) => setValues((s) => ({ ...s, [key]: typeof v === 'number' ? v : 0 }))} error={fieldErrors[key]}
      data-testid={`threshold-${key}`} />
  );
  const effective = list.effective;

  return (
    <Paper withBorder radius="md" p="md" data-testid="classification-thresholds-card">
      <Title order={4} mb="xs">{t('classification.thresholdsTitle')}</Title>
      <Stack gap="xs">
        <Text size="sm" data-testid="classification-thresholds-effective">
          {effective.grades.map((g) => t('classification.threshold', { grade: g.grade, points: points(g.minPoints) })).join('; ')}
          {' — '}
          {effective.setBy ? t('classification.setBy', { org: effective.setBy.orgName, from: formatDate(effective.setBy.validFrom), note: effective.setBy.note })
            : t('classification.fromScale')}
        </Text>
        {list.own.length > 0 && (
          <Table striped>
            <Table.Tbody>
              {list.own.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{t('classification.from', { from: formatDate(o.validFrom) })}</Table.Td>
                  <Table.Td>HTXSNV {points(o.htxsnvMin)} · HTTNV {points(o.httnvMin)} · HTNV {points(o.htnvMin)}</Table.Td>
                  <Table.Td>{o.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayEdit && (
          <form onSubmit={(e) => void submit(e)} noValidate data-testid="classification-thresholds-form">
            <Stack gap="xs">
              {formError && <Alert color="red" p="xs">{formError}</Alert>}
              <Group align="flex-end" gap="xs">
                <DateField label={t('classification.validFrom')} value={values.validFrom} w={150} error={fieldErrors.validFrom}
                  onChange={(v) => setValues((s) => ({ ...s, validFrom: v ? String(v) : null }))} data-testid="threshold-from" />
                {number('htxsnvMin', 'HTXSNV')}
                {number('httnvMin', 'HTTNV')}
                {number('htnvMin', 'HTNV')}
              </Group>
              <TextInput label={t('classification.basis')} value={values.note} error={fieldErrors.note} required
                onChange={(e) => { const note = e.currentTarget.value; setValues((s) => ({ ...s, note })); }} data-testid="threshold-note" />
              <Group><Button type="submit" loading={saving} data-testid="threshold-save">{t('classification.setThresholds')}</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
