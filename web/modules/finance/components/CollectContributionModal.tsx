// Đã thu quỹ tháng …: the receipt's date and cash or bank; the server posts one receipt into the voluntary fund for
// every member due and unpaid that month and marks their month paid.
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { collectMonth, type ContributionGrid } from '../contributions.api.ts';

interface Props { orgId: number; grid: ContributionGrid; month: string; onClose: () => void; onSaved: () => void }

export function CollectContributionModal({ orgId, grid, month, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [entryDate, setEntryDate] = useState<string | null>(null);
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const debtors = grid.members.flatMap((r) => r.cells.filter((c) => c.month === month && (c.status === 'unpaid' || c.status === 'upcoming')));
  const total = debtors.reduce((s, c) => s + (c.amount ?? 0), 0);
  const monthText = `${month.slice(5, 7)}/${month.slice(0, 4)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entryDate) {
      return;
    }
    const done = await run(() => collectMonth(orgId, grid.fund.id, { month, entryDate, account }));
    if (done) {
      notifications.show({ color: 'teal', message: t('contributions.collected', { number: done.entry.number, amount: formatDong(done.entry.amount), count: done.lines.length }) });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('contributions.collectTitle', { fund: grid.fund.name, month: monthText })}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm">{t('contributions.collectSummary', { count: debtors.length, amount: formatDong(total) })}</Text>
          <DateField label={t('contributions.entryDate')} required value={entryDate} onChange={(v) => setEntryDate(typeof v === 'string' ? v : null)}
            error={fieldErrors.entryDate} />
          <SegmentedControl value={account} onChange={(v) => setAccount(v as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('contributions.cash') }, { value: 'bank', label: t('contributions.bank') }]} />
          {(formError ?? fieldErrors.month) && <Alert color="red">{formError ?? fieldErrors.month}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!entryDate || debtors.length === 0} data-testid="contributions-collect-submit">
              {t('contributions.collectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
