// /org/:orgId/disclosure — công khai tài chính: the committee picks a month, a quarter or a year, reads each fund's
// statement and downloads the notice (.docx) and the table (.xlsx) for the notice board, then records it made public.
import { Alert, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { downloadFile } from '../../../app/api.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { DisclosureStatement } from '../components/DisclosureStatement.tsx';
import { DisclosuresMadeCard } from '../components/DisclosuresMadeCard.tsx';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { disclosurePath, periodOf, quarterOf, type DisclosureView, type PeriodKind } from '../disclosure.api.ts';

export function DisclosurePage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const today = todayIso();
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [quarter, setQuarter] = useState(quarterOf(today));
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'finance.write');
  const period = periodOf(kind, year, kind === 'month' ? month : quarter);
  const query = useApiQuery<DisclosureView>(disclosurePath(orgId, period));
  const download = (ext: '.docx' | '.xlsx') => {
    setDownloadError(null);
    downloadFile(disclosurePath(orgId, period, ext), `cong-khai-tai-chinh-${period.from}-${period.to}${ext}`)
      .catch((err: unknown) => setDownloadError(errorMessage(err, t)));
  };
  const options = (count: number, key: string) => Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: t(key, { n: i + 1 }) }));

  return (
    <>
      <PageHeader title={t('disclosure.title')} subtitle={t('disclosure.subtitle')} />
      <Stack gap="md" maw={760} data-testid="disclosure">
        <Paper withBorder radius="md" p="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SegmentedControl value={kind} onChange={(v) => setKind(v as PeriodKind)} aria-label={t('disclosure.periodKind')} data-testid="disclosure-kind"
              data={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`disclosure.periodKinds.${k}`) }))} />
            {kind === 'month' && (
              <Select aria-label={t('disclosure.month')} w={120} data={options(12, 'disclosure.monthOption')} value={String(month)} allowDeselect={false}
                onChange={(v) => v && setMonth(Number(v))} data-testid="disclosure-month" />
            )}
            {kind === 'quarter' && (
              <Select aria-label={t('disclosure.quarter')} w={110} data={options(4, 'disclosure.quarterOption')} value={String(quarter)} allowDeselect={false}
                onChange={(v) => v && setQuarter(Number(v))} data-testid="disclosure-quarter" />
            )}
            <NumberInput aria-label={t('disclosure.year')} value={year} min={1990} max={2100} w={100} data-testid="disclosure-year"
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
            <Group gap="xs" ml="auto">
              <Button variant="light" leftSection={<IconFileText size={16} />} onClick={() => download('.docx')} data-testid="disclosure-docx">
                {t('disclosure.docx')}
              </Button>
              <Button variant="light" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => download('.xlsx')} data-testid="disclosure-xlsx">
                {t('disclosure.xlsx')}
              </Button>
            </Group>
          </Group>
          <Text size="sm" c="dimmed" mt="xs" data-testid="disclosure-range">
            {t('disclosure.range', { from: formatDate(period.from), to: formatDate(period.to) })}
          </Text>
          {downloadError && <Alert color="red" p="xs" mt="xs">{downloadError}</Alert>}
        </Paper>
        {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : query.data && <DisclosureStatement statement={query.data} />}
        <DisclosuresMadeCard orgId={orgId} year={year} period={period} mayWrite={mayWrite} />
      </Stack>
    </>
  );
}
