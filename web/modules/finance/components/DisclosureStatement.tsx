// The statement of công khai tài chính: per fund, carried in, receipts and payments by category, carried out; then the
// totals of all funds. Two columns only (what, amount), so it reads on a 390 px phone without scrolling sideways.
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import type { DisclosureView } from '../disclosure.api.ts';

function Line({ label, amount, strong, dimmed }: { label: string; amount: number; strong?: boolean; dimmed?: boolean }) {
  return (
    <Table.Tr>
      <Table.Td fw={strong ? 600 : undefined} c={dimmed ? 'dimmed' : undefined}>{label}</Table.Td>
      <Table.Td ta="right" fw={strong ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>{formatDong(amount)}</Table.Td>
    </Table.Tr>
  );
}

export function DisclosureStatement({ statement }: { statement: DisclosureView }) {
  const { t } = useTranslation();
  if (statement.funds.length === 0) {
    return <Text c="dimmed" size="sm">{t('disclosure.noFunds')}</Text>;
  }
  return (
    <Stack gap="sm" data-testid="disclosure-statement">
      {statement.funds.map((f) => (
        <Paper key={f.fundId} withBorder radius="md" p="sm" data-testid="disclosure-fund">
          <Title order={5} mb={4}>{f.name}</Title>
          <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs">
            <Table.Tbody>
              <Line label={t('disclosure.opening')} amount={f.opening} strong />
              {f.lines.map((l) => (
                <Line key={`${l.direction}-${l.category}`} amount={l.amount}
                  label={`${t(l.direction === 'receipt' ? 'disclosure.receipt' : 'disclosure.payment')}: ${t(`finance.categories.${l.category}`, l.label)}`} />
              ))}
              {f.lines.length === 0 && <Table.Tr><Table.Td colSpan={2} c="dimmed">{t('disclosure.noMovement')}</Table.Td></Table.Tr>}
              <Line label={t('disclosure.receipts')} amount={f.receipts} dimmed />
              <Line label={t('disclosure.payments')} amount={f.payments} dimmed />
              <Line label={t('disclosure.closing')} amount={f.closing} strong />
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      {statement.funds.length > 1 && (
        <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="disclosure-totals">
          <Title order={5} mb={4}>{t('disclosure.totals')}</Title>
          <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs">
            <Table.Tbody>
              <Line label={t('disclosure.opening')} amount={statement.totals.opening} />
              <Line label={t('disclosure.receipts')} amount={statement.totals.receipts} />
              <Line label={t('disclosure.payments')} amount={statement.totals.payments} />
              <Line label={t('disclosure.closing')} amount={statement.totals.closing} strong />
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
