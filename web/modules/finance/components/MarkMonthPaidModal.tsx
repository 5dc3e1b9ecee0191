// Đã thu đoàn phí tháng …: the fund (the union's own finance), the receipt's date and cash or bank; the server posts
// one receipt for every member due and unpaid that month and marks their month paid.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { fundsPath, type FundView } from '../ledger.api.ts';
import { markMonthPaid, type DuesGrid } from '../dues.api.ts';

interface Props { orgId: number; grid: DuesGrid; month: string; onClose: () => void; onSaved: () => void }

export function MarkMonthPaidModal({ orgId, grid, month, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const funds = useApiQuery<{ items: FundView[] }>(fundsPath(orgId));
  const own = (funds.data?.items ?? []).filter((f) => f.kind === 'union_finance' && f.closedOn === null);
  const [fundId, setFundId] = useState<string | null>(null);
  const [entryDate, setEntryDate] = useState<string | null>(null);
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const chosenFund = fundId ?? (own.length === 1 ? String(own[0].id) : null);
  const debtors = grid.members.flatMap((r) => r.cells.filter((c) => c.month === month && (c.status === 'unpaid' || c.status === 'upcoming')));
  const total = debtors.reduce((s, c) => s + (c.amount ?? 0), 0);
  const monthText = `${month.slice(5, 7)}/${month.slice(0, 4)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosenFund || !entryDate) {
      return;
    }
    const done = await run(() => markMonthPaid(orgId, { month, fundId: Number(chosenFund), entryDate, account }));
    if (done) {
      notifications.show({ color: 'teal', message: t('dues.collected', { number: done.entry.number, amount: formatDong(done.entry.amount), count: done.lines.length }) });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('dues.collectTitle', { month: monthText })}>
      <form onSubmit={(e) => void submit(e)} data-testid="dues-collect-form">
        <Stack gap="sm">
          <Text size="sm">{t('dues.collectSummary', { count: debtors.length, amount: formatDong(total) })}</Text>
          {funds.data && own.length === 0 && <Alert color="orange">{t('dues.noFund')}</Alert>}
          <Select label={t('dues.fund')} required data={own.map((f) => ({ value: String(f.id), label: f.name }))}
            value={chosenFund} onChange={setFundId} error={fieldErrors.fundId} data-testid="dues-collect-fund" />
          <DateField label={t('dues.entryDate')} required value={entryDate} onChange={(v) => setEntryDate(typeof v === 'string' ? v : null)} error={fieldErrors.entryDate}
            data-testid="dues-collect-date" />
          <SegmentedControl value={account} onChange={(v) => setAccount(v as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('dues.cash') }, { value: 'bank', label: t('dues.bank') }]} />
          {formError && <Alert color="red">{formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!chosenFund || !entryDate || debtors.length === 0} data-testid="dues-collect-submit">
              {t('dues.collectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
