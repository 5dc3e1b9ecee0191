// /org/:orgId/federation — công đoàn trực thuộc: the officer's landing page. The grassroots unions under an upper
// level at any depth, in the tree of the chosen date, with the year's figures: totals, charts, and the table with
// subtotals, filters and sorting; the roll-up report to download. Every choice lives in the address.
import { Alert, Button, Center, Group, Loader, Paper, Select, Stack } from '@mantine/core';
import { IconCalendar, IconFileSpreadsheet, IconFileWord } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import type { SubordinatesView } from '../../../../shared/contracts/federation.contract.ts';
import type { OrgKindCode, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useAsOfDate } from '../../../app/as-of-date.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RollupCharts } from '../components/RollupCharts.tsx';
import { RollupFilters } from '../components/RollupFilters.tsx';
import { RollupStatCards } from '../components/RollupStatCards.tsx';
import { RollupTable } from '../components/RollupTable.tsx';
import { downloadRollup, subordinatesPath } from '../federation.api.ts';
import { readTableParams, yearChoices, yearParam } from '../federation-params.ts';
import { countCoverageBands, sumUnions } from '../union-sums.ts';
import { buildUnionTable, type UnionSortKey } from '../union-table.ts';
import { useSearchSetter } from '../use-search-setter.ts';

export function FederationPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { date, today, isToday, setDate } = useAsOfDate();
  const [search, setParams] = useSearchSetter();
  const year = yearParam(search.get('year'), date);
  const params = useMemo(() => readTableParams(search), [search]);
  const { sort, dir, group, filter } = params;
  const org = useApiQuery<OrgView>(`/api/orgs/${orgId}${toQueryString({ date })}`);
  const upperLevel = org.data?.id === orgId ? org.data.isUpperLevel : null;
  const query = useApiQuery<SubordinatesView>(upperLevel ? subordinatesPath(orgId, date, year) : null);
  const view = query.data?.orgId === orgId ? query.data : undefined;

  const rows = useMemo(() => view?.rows ?? [], [view]);
  const table = useMemo(() => buildUnionTable(rows, params.sort, params.dir, params.filter), [rows, params]);
  const whole = useMemo(() => sumUnions(rows), [rows]);
  const bands = useMemo(() => countCoverageBands(rows), [rows]);
  const kinds = useMemo(() => [...new Set(rows.filter((r) => !r.isUpperLevel).map((r) => r.kind))] as OrgKindCode[], [rows]);
  const [downloading, setDownloading] = useState<'xlsx' | 'docx' | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const toggleSort = (key: UnionSortKey) =>
    setParams({ sort: key === 'name' ? null : key, dir: key === sort && dir === 'asc' ? 'desc' : null });
  const download = async (format: 'xlsx' | 'docx') => {
    setDownloading(format);
    setDownloadError(null);
    try {
      await downloadRollup(orgId, format, date, year);
    } catch (err) {
      setDownloadError(errorMessage(err, t));
    } finally {
      setDownloading(null);
    }
  };

  if (upperLevel === false) {
    return <Navigate to={`/org/${orgId}`} replace />;
  }
  return (
    <>
      <PageHeader
        title={t('federation.pageTitle')}
        subtitle={org.data ? `${org.data.name} · ${t('federation.pageSubtitle', { date: formatDate(date), year })}` : undefined}
        actions={
          <Group align="flex-end" gap="xs" wrap="wrap">
            <DateField label={t('dashboard.date')} data-testid="fed-date" value={date} w={170} leftSection={<IconCalendar size={16} />}
              onChange={(value) => value && setDate(value, ['year'])} />
            {!isToday && (
              <Button variant="default" onClick={() => setDate(today, ['year'])} data-testid="fed-today">
                {t('dashboard.today')}
              </Button>
            )}
            <Select label={t('federation.reportYear')} data={yearChoices(date, today)} value={String(year)} allowDeselect={false} w={120}
              onChange={(value) => value && setParams({ year: value === date.slice(0, 4) ? null : value })} data-testid="fed-year" />
            <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={downloading === 'xlsx'}
              onClick={() => void download('xlsx')} data-testid="fed-download-xlsx">
              {t('federation.downloadXlsx')}
            </Button>
            <Button variant="default" leftSection={<IconFileWord size={16} />} loading={downloading === 'docx'}
              onClick={() => void download('docx')} data-testid="fed-download-docx">
              {t('federation.downloadDocx')}
            </Button>
          </Group>
        }
      />
      {downloadError && (
        <Alert color="red" p="xs" mb="md" data-testid="fed-download-error">
          {downloadError}
        </Alert>
      )}
      {org.error || query.error ? (
        <ErrorAlert error={org.error ?? query.error} onRetry={org.error ? org.reload : query.reload} />
      ) : !view ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : view.totals.unions === 0 && rows.length === 0 ? (
        <EmptyNotice messageKey="federation.noUnions" />
      ) : (
        <Stack gap="md">
          <RollupStatCards totals={view.totals} membersWithWorkforce={whole.membersWithWorkforce} />
          <RollupCharts totals={view.totals} bands={bands} year={year} />
          <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
            <Stack gap="md">
              <RollupFilters filter={filter} group={group} kinds={kinds} shown={table.totals.unions} onChange={setParams} />
              {table.rows.length === 0 ? (
                <EmptyNotice messageKey="federation.filters.none" />
              ) : (
                <RollupTable table={table} group={group} sort={sort} dir={dir} onSort={toggleSort} date={date} today={today} year={year} />
              )}
            </Stack>
          </Paper>
        </Stack>
      )}
    </>
  );
}
