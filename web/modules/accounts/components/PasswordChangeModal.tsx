// Password change from the user menu: current password, new one twice.
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';

const MIN_LENGTH = 10;

export function PasswordChangeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const { fieldErrors, setFieldErrors, formError, setFormError, saving, run } = useServerSubmit();

  const close = () => {
    setCurrent('');
    setNew('');
    setConfirm('');
    setFormError(null);
    setFieldErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (newPassword.length < MIN_LENGTH) {
      local.newPassword = t('password.tooShort', { min: MIN_LENGTH });
    }
    if (confirm !== newPassword) {
      local.confirm = t('password.mismatch');
    }
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      return;
    }
    await run(async () => {
      await api.post('/api/auth/password', { currentPassword, newPassword });
      notifications.show({ color: 'green', message: t('password.changed') });
      close();
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('password.title')} centered styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          {formError && <Alert color="red">{formError}</Alert>}
          <PasswordInput
            label={t('password.current')}
            name="currentPassword"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldErrors.currentPassword}
            required
            data-autofocus
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.hint', { min: MIN_LENGTH })}
            name="newPassword"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={fieldErrors.newPassword}
            required
          />
          <PasswordInput
            label={t('password.confirm')}
            name="confirmPassword"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={fieldErrors.confirm}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
