// An upper level's unions (any depth) in the tree of the page's date: members and women on that date, subtotals on
// every upper level, the annual report status of a year; sortable; each row opens that organisation's overview.
// The full table with the year's figures, filters and charts is the federation page it links to.
import { Anchor, Badge, Button, Center, Group, Loader, Paper, Select, Table, Text, Title } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubordinatesView } from '../../../../shared/contracts/federation.contract.ts';
import { withAsOfDate } from '../../../app/as-of-date.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { subordinatesPath } from '../federation.api.ts';
import { yearChoices, yearParam } from '../federation-params.ts';
import { buildUnionTable, REPORT_STATES, type SortDir, type UnionSortKey } from '../union-table.ts';
import { ReportStatusBadge } from './ReportStatusBadge.tsx';
import { SortHeader } from './SortHeader.tsx';
import { useSearchSetter } from '../use-search-setter.ts';

const sortKeys: readonly UnionSortKey[] = ['name', 'members', 'women', 'report'];

export function SubordinateUnionsCard({ orgId, date, today }: { orgId: number; date: string; today: string }) {
  const { t } = useTranslation();
  const [search, setParams] = useSearchSetter();
  const year = yearParam(search.get('year'), date);
  const sortParam = search.get('sort') as UnionSortKey | null;
  const sort: UnionSortKey = sortParam && sortKeys.includes(sortParam) ? sortParam : 'name';
  const dir: SortDir = search.get('dir') === 'desc' ? 'desc' : 'asc';
  const query = useApiQuery<SubordinatesView>(subordinatesPath(orgId, date, year));
  const table = useMemo(() => buildUnionTable(query.data?.rows ?? [], sort, dir), [query.data, sort, dir]);

  const toggleSort = (key: UnionSortKey) =>
    setParams({ sort: key === 'name' ? null : key, dir: key === sort && dir === 'asc' ? 'desc' : null });

  const years = yearChoices(date, today);
  const federationPage = `/org/${orgId}/federation?${new URLSearchParams({ ...(date === today ? {} : { date }), year: String(year) }).toString()}`;

  const header = (key: UnionSortKey, label: string, align: 'left' | 'right' = 'left') => (
    <SortHeader column={key} label={label} align={align} sort={sort} dir={dir} onSort={toggleSort} testId={`sort-${key}`} />
  );

  return (
    <Paper withBorder radius="md" p="lg" data-testid="subordinate-orgs">
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <div>
          <Title order={3} fz="md">
            {t('federation.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('federation.subtitle', { date: formatDate(date) })}
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <Button component={Link} to={federationPage} variant="light" leftSection={<IconSitemap size={16} />} data-testid="open-federation-page">
            {t('federation.openPage')}
          </Button>
          <Select
            label={t('federation.reportYear')}
            data={years}
            value={String(year)}
            onChange={(value) => value && setParams({ year: value === date.slice(0, 4) ? null : value })}
            allowDeselect={false}
            w={140}
            data-testid="report-year"
          />
        </Group>
      </Group>
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : table.rows.length === 0 ? (
        <EmptyNotice messageKey="org.noSubordinates" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" data-testid="subordinate-table">
            <Table.Thead>
              <Table.Tr>
                {header('name', t('org.name'))}
                <Table.Th>{t('org.kind')}</Table.Th>
                {header('members', t('federation.members'), 'right')}
                {header('women', t('federation.women'), 'right')}
                {header('report', t('federation.reportOf', { year }))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => {
                const ended = row.endedOn !== null && row.endedOn <= date;
                return (
                  <Table.Tr key={row.id} data-testid={`subordinate-${row.code}`} fw={row.isUpperLevel ? 600 : undefined}>
                    <Table.Td pl={`calc(var(--mantine-spacing-sm) + ${row.level * 20}px)`}>
                      <Anchor component={Link} to={withAsOfDate(`/org/${row.id}`, date, today)} size="sm" c={ended ? 'dimmed' : undefined}>
                        {row.name}
                      </Anchor>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {row.code}
                          {row.isUpperLevel && ` · ${t('federation.unionCount', { count: row.unions })}`}
                        </Text>
                        {ended && (
                          <Badge color="gray" variant="light" size="xs" tt="none">
                            {t('org.endedBadge', { date: formatDate(row.endedOn) })}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`org.kinds.${row.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td ta="right" fs={row.isUpperLevel ? 'italic' : undefined}>
                      {formatNumber(row.totalMembers)}
                      {row.suspended > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('federation.suspended', { count: row.suspended })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" fs={row.isUpperLevel ? 'italic' : undefined}>
                      {formatNumber(row.totalWomen)}
                    </Table.Td>
                    <Table.Td>{row.report ? <ReportStatusBadge status={row.report} /> : null}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700} data-testid="subordinate-total">
                <Table.Td>{t('federation.total', { count: table.totals.unions })}</Table.Td>
                <Table.Td />
                <Table.Td ta="right">{formatNumber(table.totals.members)}</Table.Td>
                <Table.Td ta="right">{formatNumber(table.totals.women)}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {REPORT_STATES.filter((s) => table.totals.reports[s] > 0)
                      .map((s) => `${t(`federation.reportShort.${s}`)}: ${table.totals.reports[s]}`)
                      .join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
