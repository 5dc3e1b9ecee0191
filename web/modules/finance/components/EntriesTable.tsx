// The vouchers of a period, or an account's book with its running balance: number, date, fund, who, what, receipt or
// payment, reversals marked; each voucher printable, with its files, and (for the treasurer) reversible.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconPaperclip, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatDate } from '../../../ui/format.ts';
import type { EntryView } from '../ledger.api.ts';

interface Props {
  entries: readonly (EntryView & { balanceAfter?: number })[];
  mayPost: boolean;
  onPrint: (entry: EntryView) => void;
  onReverse: (entry: EntryView) => void;
  onFiles: (entry: EntryView) => void;
}

export function EntriesTable({ entries, mayPost, onPrint, onReverse, onFiles }: Props) {
  const { t } = useTranslation();
  const withBalance = entries.some((e) => e.balanceAfter !== undefined);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped data-testid="ledger-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.number')}</Table.Th><Table.Th>{t('finance.date')}</Table.Th><Table.Th>{t('finance.description')}</Table.Th>
            <Table.Th ta="right">{t('finance.receipt')}</Table.Th><Table.Th ta="right">{t('finance.payment')}</Table.Th>
            {withBalance && <Table.Th ta="right">{t('finance.balance')}</Table.Th>}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} data-testid={`entry-${e.number}`}>
              <Table.Td><Text size="sm" ff="monospace">{e.number}</Text></Table.Td>
              <Table.Td>{formatDate(e.entryDate)}</Table.Td>
              <Table.Td>
                <Text size="sm">{e.description}</Text>
                <Text size="xs" c="dimmed">{[e.fundName, t(`finance.categories.${e.category}`), e.memberName ?? e.counterparty].filter(Boolean).join(' · ')}</Text>
                {e.reversedById !== null && <Badge size="xs" color="orange" variant="light">{t('finance.isReversed')}</Badge>}
              </Table.Td>
              <Table.Td ta="right">{e.direction === 'receipt' ? formatDong(e.amount) : ''}</Table.Td>
              <Table.Td ta="right">{e.direction === 'payment' ? formatDong(e.amount) : ''}</Table.Td>
              {withBalance && <Table.Td ta="right" fw={600}>{e.balanceAfter !== undefined ? formatDong(e.balanceAfter) : ''}</Table.Td>}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" leftSection={<IconPrinter size={14} />} onClick={() => onPrint(e)}
                    data-testid="entry-print">{t('finance.print')}</Button>
                  {(mayPost || e.attachments.length > 0) && (
                    <Button size="compact-sm" variant="subtle" leftSection={<IconPaperclip size={14} />} onClick={() => onFiles(e)} data-testid="entry-files-open"
                      aria-label={t('finance.files.open')}>
                      {e.attachments.length}
                    </Button>
                  )}
                  {mayPost && e.reversesId === null && e.reversedById === null && (
                    <Button size="compact-sm" variant="subtle" color="orange" leftSection={<IconArrowBackUp size={14} />} onClick={() => onReverse(e)}
                      data-testid="entry-reverse">{t('finance.reverse')}</Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
