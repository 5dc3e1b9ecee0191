// A voluntary fund's monthly amount through time (decided at opening, then by the members from a month), and
// "Đổi mức đóng" for those who may write: months from it cost the new amount, months collected keep theirs.
import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { setFundAmount, type ContributionGrid } from '../contributions.api.ts';

interface Props { orgId: number; grid: ContributionGrid; mayWrite: boolean; onChanged: () => void }

const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function FundAmountModal({ orgId, grid, onClose, onSaved }: { orgId: number; grid: ContributionGrid; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [fromMonth, setFromMonth] = useState(`${grid.year}-07`);
  const [amount, setAmount] = useState<number | null>(grid.fund.monthlyAmount);
  const [decision, setDecision] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => setFundAmount(orgId, grid.fund.id, { fromMonth: fromMonth.trim(), amount: amount ?? 0, decision: decision.trim() }))) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${t('contributions.amount.open')}: ${grid.fund.name}`}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="fund-amount-form">
        <Stack gap="sm">
          {formError && <Alert color="red">{formError}</Alert>}
          <TextInput label={t('contributions.amount.fromMonth')} description={t('periods.monthHint')} required value={fromMonth}
            onChange={(e) => setFromMonth(e.currentTarget.value)} error={fieldErrors.fromMonth} />
          <MoneyInput required label={t('contributions.amount.amount')} value={amount} onChange={setAmount} error={fieldErrors.amount} />
          <TextInput label={t('contributions.amount.decision')} placeholder={t('contributions.amount.decisionPlaceholder')} required value={decision}
            onChange={(e) => setDecision(e.currentTarget.value)} error={fieldErrors.decision} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function FundAmountsCard({ orgId, grid, mayWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" data-testid="fund-amounts">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('contributions.amount.title')}</Title>
        {mayWrite && <Button size="xs" variant="light" onClick={() => setOpen(true)}>{t('contributions.amount.open')}</Button>}
      </Group>
      <Table>
        <Table.Tbody>
          {grid.fund.amounts.map((a) => (
            <Table.Tr key={a.fromMonth}>
              <Table.Td>{a.id === null ? t('contributions.amount.opening') : t('contributions.amount.since', { month: monthText(a.fromMonth) })}</Table.Td>
              <Table.Td fw={600}>{formatDong(a.amount)}</Table.Td>
              <Table.Td><Text size="sm" c="dimmed">{a.decision}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {open && <FundAmountModal orgId={orgId} grid={grid} onClose={() => setOpen(false)} onSaved={() => { setOpen(false); onChanged(); }} />}
    </Paper>
  );
}
