// The month-by-member grid of a year: one row per member, one cell per month (amount when due, paid or not), with
// the month's totals and, for those who may collect, a "collected" button under each month that still has debtors.
import { Button, Paper, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuesCell } from '../../../../shared/contracts/dues.contract.ts';
import { formatDongPlain } from '../../../../shared/vi/money.ts';
import type { DuesGrid } from '../dues.api.ts';

const colors: Record<DuesCell['status'], string> = {
  paid: 'teal', unpaid: 'red', exempt: 'gray', not_due: 'gray', no_base: 'orange', no_rule: 'orange',
};

interface Props { grid: DuesGrid; mayWrite: boolean; onCollect: (month: string) => void }

function Cell({ cell }: { cell: DuesCell }) {
  const { t } = useTranslation();
  const label = t(`dues.status.${cell.status}`);
  const text = cell.amount === null ? '–' : formatDongPlain(cell.amount);
  return (
    <Tooltip label={cell.entryNumber ? `${label} (${cell.entryNumber})` : label}>
      <Text size="xs" c={colors[cell.status]} fw={cell.status === 'unpaid' ? 600 : 400} ta="right" data-status={cell.status}>
        {cell.status === 'exempt' ? t('dues.status.exemptShort') : text}
      </Text>
    </Tooltip>
  );
}

export function DuesGridTable({ grid, mayWrite, onCollect }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <ScrollArea>
        <Table striped withColumnBorders fz="xs" data-testid="dues-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dues.member')}</Table.Th>
              {grid.months.map((m) => <Table.Th key={m.month} ta="right">{m.month.slice(5, 7)}</Table.Th>)}
              <Table.Th ta="right">{t('dues.unpaid')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.members.map((r) => (
              <Table.Tr key={r.memberId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="xs" fw={500}>{r.fullName}</Text><Text size="xs" c="dimmed">{r.code}</Text></Table.Td>
                {r.cells.map((c) => <Table.Td key={c.month}><Cell cell={c} /></Table.Td>)}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{r.unpaid > 0 ? <Text size="xs" c="red" fw={600}>{formatDongPlain(r.unpaid)}</Text> : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('dues.monthTotal')}</Table.Th>
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
                      <Tooltip label={t('dues.collect', { month: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` })}>
                        <Button size="compact-xs" variant="light" onClick={() => onCollect(m.month)} data-testid={`dues-collect-${m.month}`}
                          aria-label={t('dues.collect', { month: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` })}>
                          {t('dues.collectShort')}
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
