// Đăng ký thi đua tập thể: the union or its host agency/employer registers a goal for the year
// ("Tập thể Lao động tiên tiến", "CĐCS hoàn thành tốt nhiệm vụ").
import { Alert, Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { holderCode } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { createCollectiveRegistration, type HolderCode } from '../emulation.api.ts';

interface Props {
  orgId: number;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

export function CollectiveRegistrationFormModal({ orgId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState<HolderCode>('union');
  const [goal, setGoal] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!goal.trim()) {
      setFieldErrors({ goal: t('form.required') });
      return;
    }
    const done = await run(() => createCollectiveRegistration(orgId, { year, holder, goal: goal.trim() }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.collectiveRegistration.title', { year })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="collective-registration-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="collective-registration-error">{formError}</Alert>}
          <NativeSelect label={t('emulationForms.holder')} value={holder} onChange={(e) => setHolder(e.currentTarget.value as HolderCode)}
            data={holderCode.options.map((h) => ({ value: h, label: t(`emulation.holders.${h}`) }))} data-testid="collective-registration-holder" />
          <TextInput required label={t('emulationForms.collectiveRegistration.goal')} value={goal} onChange={(e) => setGoal(e.currentTarget.value)}
            placeholder={t('emulationForms.collectiveRegistration.goalPlaceholder')} error={fieldErrors.goal} data-testid="collective-registration-goal" />
          <Button type="submit" loading={saving} data-testid="collective-registration-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
