// First start: create the administrator, then log in with the same credentials.
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useServerSubmit } from '../../../app/use-server-submit.ts';

export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setFieldErrors({ confirm: t('password.mismatch') });
      return;
    }
    await run(async () => {
      await api.post('/api/setup', { username, fullName, password });
      await login(username, password);
      onDone();
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="setup-form">
      <Stack>
        <div>
          <Title order={2} fz="lg">
            {t('setup.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('setup.intro')}
          </Text>
        </div>
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput
          label={t('setup.fullName')}
          name="fullName"
          data-testid="setup-fullName"
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={fieldErrors.fullName}
          required
        />
        <TextInput
          label={t('login.username')}
          description={t('setup.usernameHint')}
          name="username"
          data-testid="setup-username"
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={fieldErrors.username}
          required
        />
        <PasswordInput
          label={t('login.password')}
          description={t('password.hint', { min: 10 })}
          name="password"
          data-testid="setup-password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldErrors.password}
          required
        />
        <PasswordInput
          label={t('password.confirm')}
          name="confirmPassword"
          data-testid="setup-confirm"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={fieldErrors.confirm}
          required
        />
        <Button type="submit" loading={saving} fullWidth size="md" data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
