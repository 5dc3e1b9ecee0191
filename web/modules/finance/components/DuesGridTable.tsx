// The month-by-member grid of a year: one row per member, one cell per month (amount when due, paid or not), with
// the month's totals and, for those who may collect, a "collected" button under each month that still has debtors.
// Shared by dues and voluntary funds (ContributionsPage): both grids have this shape; `labels` names the i18n block.
import { Button, Paper, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDongPlain } from '../../../../shared/vi/money.ts';

const colors: Record<string, string> = {
  paid: 'teal', unpaid: 'red', upcoming: 'dimmed', exempt: 'gray', not_due: 'gray', no_base: 'orange', no_rule: 'orange', opted_out: 'gray',
};

interface GridCell { month: string; status: string; amount: number | null; entryNumber: string | null }
/** What the table needs of a year's grid (dues.contract's DuesGrid and contributions.contract's ContributionGrid). */
export interface MonthGrid {
  months: readonly { month: string; paid: number; due: number; membersDue: number; membersPaid: number }[];
  members: readonly { memberId: number; code: string; fullName: string; unpaid: number; cells: readonly GridCell[] }[];
}

interface Props {
  grid: MonthGrid; mayWrite: boolean; onCollect: (month: string) => void;
  /** The i18n block of the labels (status.*, member, unpaid, monthTotal, collect, collectShort) and the test ids' prefix. */
  labels?: 'dues' | 'contributions.grid';
  testId?: string;
}

function Cell({ cell, labels }: { cell: GridCell; labels: string }) {
  const { t } = useTranslation();
  const label = t(`${labels}.status.${cell.status}`);
  const text = cell.amount === null ? '–' : formatDongPlain(cell.amount);
  return (
    <Tooltip label={cell.entryNumber ? `${label} (${cell.entryNumber})` : label}>
      <Text size="xs" c={colors[cell.status] ?? 'gray'} fw={cell.status === 'unpaid' ? 600 : 400} ta="right" data-status={cell.status}>
        {cell.status === 'exempt' || cell.status === 'opted_out' ? t(`${labels}.status.${cell.status}Short`) : text}
      </Text>
    </Tooltip>
  );
}

export function DuesGridTable({ grid, mayWrite, onCollect, labels = 'dues', testId = 'dues' }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <ScrollArea>
        <Table striped withColumnBorders fz="xs" data-testid={`${testId}-grid`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${labels}.member`)}</Table.Th>
              {grid.months.map((m) => <Table.Th key={m.month} ta="right">{m.month.slice(5, 7)}</Table.Th>)}
              <Table.Th ta="right">{t(`${labels}.unpaid`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.members.map((r) => (
              <Table.Tr key={r.memberId} data-testid={`${testId}-row-${r.code}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="xs" fw={500}>{r.fullName}</Text><Text size="xs" c="dimmed">{r.code}</Text></Table.Td>
                {r.cells.map((c) => <Table.Td key={c.month}><Cell cell={c} labels={labels} /></Table.Td>)}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{r.unpaid > 0 ? <Text size="xs" c="red" fw={600}>{formatDongPlain(r.unpaid)}</Text> : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t(`${labels}.monthTotal`)}</Table.Th>
              {grid.months.map((m) => (
                <Table.Th key={m.month} ta="right">
                  <Text size="xs">{formatDongPlain(m.paid)}</Text>
                  <Text size="xs" c="dimmed">/ {formatDongPlain(m.due)}</Text>
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
            {mayWrite && (
              <Table.Tr>
                <Table.Th />
                {grid.months.map((m) => (
                  <Table.Th key={m.month}>
                    {m.membersPaid < m.membersDue && (
                      <Tooltip label={t(`${labels}.collect`, { month: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` })}>
                        <Button size="compact-xs" variant="light" onClick={() => onCollect(m.month)} data-testid={`${testId}-collect-${m.month}`}
                          aria-label={t(`${labels}.collect`, { month: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` })}>
                          {t(`${labels}.collectShort`)}
                        </Button>
                      </Tooltip>
                    )}
                  </Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            )}
          </Table.Tfoot>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
