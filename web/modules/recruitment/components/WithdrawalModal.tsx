// Rút lại sự đồng ý: the day the worker withdrew it; saving erases their name, phone and note for good.
import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { withdrawProspectConsent, type ProspectView } from '../recruitment.api.ts';

interface Props { orgId: number; prospect: ProspectView; onClose: () => void; onSaved: () => void }

export function WithdrawalModal({ orgId, prospect, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [withdrawnOn, setWithdrawnOn] = useState<string | null>(todayIso());
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    if (await run(() => withdrawProspectConsent(orgId, prospect.id, withdrawnOn ?? ''))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('recruitment.withdrawal.title', { name: prospect.fullName ?? '' })} formError={formError} saving={saving} onClose={onClose}
      onSubmit={submit} size="md" testId="recruitment-withdrawal-form">
      <Alert color="orange" p="xs">{t('recruitment.withdrawal.warning')}</Alert>
      <DateField required label={t('recruitment.withdrawal.withdrawnOn')} value={withdrawnOn}
        onChange={(v) => setWithdrawnOn(typeof v === 'string' && v ? v : null)} error={fieldErrors.withdrawnOn} />
    </RecordFormModal>
  );
}
