// Chuyển tiền vận động: a payment to the campaign's recipient, at most what the campaign holds.
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { handOverCampaign, type CampaignSummary } from '../contributions.api.ts';

interface Props { orgId: number; campaign: CampaignSummary; onClose: () => void; onSaved: () => void }

export function HandoverModal({ orgId, campaign, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [entryDate, setEntryDate] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | null>(campaign.balance > 0 ? campaign.balance : null);
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const [documentRef, setDocumentRef] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entryDate || !amount) {
      return;
    }
    const done = await run(() => handOverCampaign(orgId, campaign.fundId, { entryDate, amount, account, documentRef: documentRef.trim() || null }));
    if (done) {
      notifications.show({ color: 'teal', message: t('contributions.campaign.handedOverDone', { number: done.number, amount: formatDong(done.amount) }) });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('contributions.campaign.handoverTitle', { name: campaign.name })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('contributions.campaign.handoverSummary', { recipient: campaign.recipient ?? '–', balance: formatDong(campaign.balance) })}</Text>
          <MoneyInput required label={t('contributions.campaign.amount')} value={amount} onChange={setAmount} error={fieldErrors.amount} />
          <DateField label={t('contributions.campaign.handoverDate')} required value={entryDate} onChange={(v) => setEntryDate(typeof v === 'string' ? v : null)}
            error={fieldErrors.entryDate} />
          <SegmentedControl value={account} onChange={(v) => setAccount(v as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('contributions.cash') }, { value: 'bank', label: t('contributions.bank') }]} />
          <TextInput label={t('contributions.documentRef')} value={documentRef} onChange={(e) => setDocumentRef(e.currentTarget.value)} error={fieldErrors.documentRef} />
          {formError && <Alert color="red">{formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!entryDate || !amount}>{t('contributions.campaign.handover')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
