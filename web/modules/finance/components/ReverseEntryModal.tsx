// Điều chỉnh (ghi âm): a posted voucher is never edited; a new one of the opposite amount names it and says why.
import { Alert, Button, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDong } from '../../../../shared/vi/money.ts';
import { reverseEntry, type EntryView } from '../ledger.api.ts';

export function ReverseEntryModal({ orgId, entry, onClose, onSaved }: { orgId: number; entry: EntryView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [entryDate, setEntryDate] = useState<string | null>(todayIso() < entry.entryDate ? entry.entryDate : todayIso());
  const [reason, setReason] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(() => reverseEntry(orgId, entry.id, { entryDate: entryDate ?? '', reason: reason.trim() }));
    if (saved) {
      notifications.show({ color: 'green', message: t('finance.reversed', { number: saved.number, original: entry.number }) });
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('finance.reverseTitle', { number: entry.number })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="reverse-form">
        <Stack gap="xs">
          <Alert color="blue" variant="light" p="xs">{t('finance.reverseHint', { amount: formatDong(entry.amount), description: entry.description })}</Alert>
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <DateField required label={t('finance.date')} value={entryDate} onChange={setEntryDate} error={fieldErrors.entryDate} />
          <TextInput required label={t('finance.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason} data-testid="reverse-reason" />
          <Button type="submit" color="orange" loading={saving} data-testid="reverse-save">{t('finance.reverse')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
