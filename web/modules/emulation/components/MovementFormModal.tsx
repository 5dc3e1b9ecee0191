// Phát động phong trào thi đua: its name, content, launch date (in the year or the year before) and the targets it
// serves, one per line.
import { Alert, Button, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { useDateTextErrors } from '../../../ui/use-date-text-errors.ts';
import { createMovement } from '../emulation.api.ts';

interface Props {
  orgId: number;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

export function MovementFormModal({ orgId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [content, setContent] = useState('');
  const [targets, setTargets] = useState('');
  const today = todayIso();
  const [launchedOn, setLaunchedOn] = useState<string | null>(today.startsWith(String(year)) ? today : `${year}-01-01`);
  const dateText = useDateTextErrors();
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(!name.trim() ? { name: t('form.required') } : {}),
      ...(!launchedOn ? { launchedOn: t('form.required') } : {}),
      ...dateText.pending(),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(() => createMovement(orgId, {
      year, name: name.trim(), content: content.trim() || null, launchedOn: launchedOn ?? '',
      targets: targets.split('\n').map((l) => l.trim()).filter(Boolean),
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.movement.title', { year })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="movement-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="movement-error">{formError}</Alert>}
          <TextInput required label={t('emulationForms.movement.name')} value={name} onChange={(e) => setName(e.currentTarget.value)}
            placeholder={t('emulationForms.movement.namePlaceholder')} error={fieldErrors.name} data-testid="movement-name" />
          <Textarea label={t('emulationForms.movement.content')} autosize minRows={3} value={content}
            onChange={(e) => setContent(e.currentTarget.value)} error={fieldErrors.content} data-testid="movement-content" />
          <DateField required label={t('emulationForms.movement.launchedOn')} description={t('emulationForms.movement.launchedOnHint', { year })}
            value={launchedOn} onChange={setLaunchedOn} onTextError={dateText.note('launchedOn')} error={fieldErrors.launchedOn}
            data-testid="movement-launched" />
          <Textarea label={t('emulationForms.movement.targets')} description={t('emulationForms.movement.targetsHint')} autosize minRows={2}
            value={targets} onChange={(e) => setTargets(e.currentTarget.value)} error={fieldErrors.targets} data-testid="movement-targets" />
          <Button type="submit" loading={saving} data-testid="movement-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
