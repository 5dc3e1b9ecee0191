// Sửa số tiền thưởng: the chairperson corrects the cash of a decided title or commendation; the reason is kept in the
// audit log with the amount before.
import { Alert, Button, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { correctCash } from '../emulation.api.ts';

interface Props {
  orgId: number;
  kind: 'results' | 'commendations';
  id: number;
  label: string;
  cashAmount: number | null;
  onClose: () => void;
  onSaved: () => void;
}

export function CashFormModal({ orgId, kind, id, label, cashAmount, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | null>(cashAmount);
  const [reason, setReason] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setFieldErrors({ reason: t('emulationForms.cash.reasonHint') });
      return;
    }
    const done = await run(() => correctCash(orgId, kind, id, { cashAmount: amount, reason: reason.trim() }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulationForms.cash.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.cash.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="cash-form">
        <Stack gap="xs">
          <Alert color="blue" variant="light" p="xs">{label}</Alert>
          {formError && <Alert color="red" p="xs" data-testid="cash-error">{formError}</Alert>}
          <MoneyInput label={t('emulationForms.cash.amount')} description={t('emulationForms.cash.amountHint')} value={amount}
            onChange={setAmount} error={fieldErrors.cashAmount} data-testid="cash-amount" />
          <Textarea required label={t('emulationForms.cash.reason')} description={t('emulationForms.cash.reasonHint')} autosize minRows={2}
            value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} data-testid="cash-reason" />
          <Button type="submit" loading={saving} data-testid="cash-save">{t('emulationForms.cash.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
