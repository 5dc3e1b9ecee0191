// On the member's own page (a phone): this year's registrations and titles, and registering oneself.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { currentReportYear } from '../../reports/report-year.ts';
import { ownEmulationPath, registerOwn, withdrawRegistration, type OwnEmulation } from '../emulation.api.ts';
import { StatusBadge } from './StatusBadge.tsx';

const titles = ['ldtt', 'cstdcs'] as const;

export function OwnEmulationCard() {
  const { t } = useTranslation();
  const year = currentReportYear();
  const own = useApiQuery<OwnEmulation>(ownEmulationPath(year));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!own.data) {
    return own.error ? <ErrorAlert error={own.error} onRetry={own.reload} /> : null;
  }
  const data = own.data;
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      own.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="own-emulation">
      <Title order={4} mb="sm">{t('emulation.ownTitle', { year })}</Title>
      <Stack gap="sm">
        {error ? <ErrorAlert error={error} /> : null}
        {titles.map((title) => {
          const reg = data.registrations.find((r) => r.title === title);
          const result = data.results.find((r) => r.title === title);
          return (
            <Group key={title} justify="space-between" wrap="nowrap" data-testid={`own-emulation-${title}`}>
              <Text>{t(`emulation.titles.${title}`)}</Text>
              {result ? <StatusBadge status={result.status} /> : reg ? (
                <Group gap="xs">
                  <Badge color="blue" variant="light">{t('emulation.registeredBadge')}</Badge>
                  <Button size="compact-sm" variant="subtle" color="red" disabled={busy}
                    onClick={() => void act(() => withdrawRegistration(data.orgId, reg.id))}>{t('emulation.withdraw')}</Button>
                </Group>
              ) : (
                <Button size="sm" disabled={busy} onClick={() => void act(() => registerOwn(data.orgId, data.memberId, year, title))}>
                  {t('emulation.register')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
