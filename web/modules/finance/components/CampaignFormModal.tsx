// Phát động một cuộc vận động: its name, launch date (members active that day are asked), the body the money goes to,
// and optionally a target and a suggested amount per member.
import { Alert, Button, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toSearchKey } from '../../../../shared/vi/search-key.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { createCampaign } from '../contributions.api.ts';

export function CampaignFormModal({ orgId, year, onClose, onSaved }: { orgId: number; year: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [launchedOn, setLaunchedOn] = useState<string | null>(`${year}-01-01`);
  const [recipient, setRecipient] = useState('');
  const [targetAmount, setTargetAmount] = useState<number | null>(null);
  const [suggestedAmount, setSuggestedAmount] = useState<number | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const slug = toSearchKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 34) || 'van-dong';
    const done = await run(() => createCampaign(orgId, {
      code: `${slug}-${(launchedOn ?? '').slice(0, 4)}`, name: name.trim(), launchedOn: launchedOn ?? '', recipient: recipient.trim(),
      targetAmount, suggestedAmount, note: null,
    }));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('contributions.campaign.new')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="campaign-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <TextInput required label={t('contributions.campaign.name')} placeholder={t('contributions.campaign.namePlaceholder')} value={name}
            onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name ?? fieldErrors.code} />
          <DateField required label={t('contributions.campaign.launchedOn')} value={launchedOn} onChange={setLaunchedOn} error={fieldErrors.launchedOn} />
          <TextInput required label={t('contributions.campaign.recipient')} value={recipient} onChange={(e) => setRecipient(e.currentTarget.value)}
            error={fieldErrors.recipient} />
          <MoneyInput label={t('contributions.campaign.target')} value={targetAmount} onChange={setTargetAmount} error={fieldErrors.targetAmount} />
          <MoneyInput label={t('contributions.campaign.suggested')} value={suggestedAmount} onChange={setSuggestedAmount} error={fieldErrors.suggestedAmount} />
          <Button type="submit" loading={saving}>{t('contributions.campaign.launch')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
