// The unions below with their figures: in tree order with a subtotal on every upper level, or grouped by kind with a
// subtotal per kind; the grand total at the foot. A union's name opens its overview, its report badge its annual report.
import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { withAsOfDate } from '../../../app/as-of-date.ts';
import { formatDate } from '../../../ui/format.ts';
import type { TableGrouping } from '../federation-params.ts';
import type { SortDir, UnionSortKey, UnionTable, UnionTableRow } from '../union-table.ts';
import { ROLLUP_COLUMNS, RollupCells } from './RollupCells.tsx';
import { SortHeader } from './SortHeader.tsx';

interface Props {
  table: UnionTable;
  group: TableGrouping;
  sort: UnionSortKey;
  dir: SortDir;
  onSort: (key: UnionSortKey) => void;
  date: string;
  today: string;
  year: number;
}

const subtotalBg = 'var(--mantine-color-gray-1)';

export function RollupTable({ table, group, sort, dir, onSort, date, today, year }: Props) {
  const { t } = useTranslation();

  const header = (key: UnionSortKey, label: string, align: 'left' | 'right') => (
    <SortHeader key={key} column={key} label={label} align={align} sort={sort} dir={dir} onSort={onSort} testId={`fed-sort-${key}`} />
  );

  const orgRow = (row: UnionTableRow): ReactNode => {
    const ended = row.endedOn !== null && row.endedOn <= date;
    return (
      <Table.Tr key={row.id} data-testid={`fed-row-${row.code}`} data-upper={row.isUpperLevel || undefined}
        fw={row.isUpperLevel ? 600 : undefined} bg={row.isUpperLevel ? subtotalBg : undefined}>
        <Table.Td pl={`calc(var(--mantine-spacing-sm) + ${row.level * 18}px)`} miw={340}>
          <Anchor component={Link} to={withAsOfDate(`/org/${row.id}`, date, today)} size="sm" c={ended ? 'dimmed' : undefined}
            fw={row.isUpperLevel ? 700 : 500} data-testid={`open-org-${row.code}`}>
            {row.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {row.code} · {row.isUpperLevel ? t('federation.unionCount', { count: row.unions }) : t(`org.kinds.${row.kind}`)}
            {ended && ` · ${t('org.endedBadge', { date: formatDate(row.endedOn) })}`}
          </Text>
        </Table.Td>
        <RollupCells sums={row.sums} union={row.isUpperLevel ? undefined : row} year={year}
          reportHref={row.isUpperLevel ? undefined : `/org/${row.id}/reports/${year}`} />
      </Table.Tr>
    );
  };

  const body =
    group === 'tree'
      ? table.rows.map(orgRow)
      : table.byKind.flatMap((g) => [
          <Table.Tr key={`kind-${g.kind}`} data-testid={`fed-kind-${g.kind}`} fw={600} bg={subtotalBg}>
            <Table.Td>{t('federation.subtotalKind', { kind: t(`org.kinds.${g.kind}`), count: g.sums.unions })}</Table.Td>
            <RollupCells sums={g.sums} year={year} />
          </Table.Tr>,
          ...g.rows.map(orgRow),
        ]);

  return (
    <Table.ScrollContainer minWidth={1750} type="native">
      <Table verticalSpacing="xs" highlightOnHover data-testid="fed-table">
        <Table.Thead>
          <Table.Tr>
            {header('name', t('federation.columns.name'), 'left')}
            {ROLLUP_COLUMNS.map((c) => header(c.key, t(`federation.columns.${c.key}`, { year }), c.align))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-testid="fed-total">
            <Table.Td>{t('federation.total', { count: table.totals.unions })}</Table.Td>
            <RollupCells sums={table.totals} year={year} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
