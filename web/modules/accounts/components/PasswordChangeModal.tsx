// Password change from the user menu (or forced after logging in with a temporary password): current, new twice.
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { PASSWORD_MIN_LENGTH as MIN_LENGTH, passwordIssue } from '../password-rules.ts';
import { PasswordStrength } from './PasswordStrength.tsx';

/** `forced`: the user logged in with a temporary password and cannot leave without changing it. */
export function PasswordChangeModal({ opened, onClose, forced = false }: { opened: boolean; onClose: () => void; forced?: boolean }) {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  const username = me?.username ?? '';
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
    const issue = passwordIssue(newPassword, username);
    if (issue) {
      local.newPassword = t(`passwordRules.${issue}`, { min: MIN_LENGTH });
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
      if (forced) {
        await refresh();
      }
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={forced ? () => undefined : close}
      withCloseButton={!forced}
      closeOnEscape={!forced}
      closeOnClickOutside={!forced}
      title={t(forced ? 'passwordRules.forcedTitle' : 'password.title')}
      centered
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          {forced && <Alert color="blue" data-testid="password-forced">{t('passwordRules.forcedIntro')}</Alert>}
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
          <PasswordStrength password={newPassword} username={username} />
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
            {forced ? (
              <Button variant="default" onClick={() => void logout()}>
                {t('header.logout')}
              </Button>
            ) : (
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={saving}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
