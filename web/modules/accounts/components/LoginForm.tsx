import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock, IconUser } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../app/auth-context.tsx';
import { useServerSubmit } from '../../../app/use-server-submit.ts';

export function LoginForm() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => login(username, password));
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="login-form">
      <Stack>
        <Title order={2} fz="lg">
          {t('login.title')}
        </Title>
        {formError && (
          <Alert color="red" data-testid="login-error" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('login.username')}
          name="username"
          data-testid="login-username"
          autoComplete="username"
          autoCapitalize="none"
          leftSection={<IconUser size={16} />}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          required
          autoFocus
        />
        <PasswordInput
          label={t('login.password')}
          name="password"
          data-testid="login-password"
          autoComplete="current-password"
          leftSection={<IconLock size={16} />}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={saving} fullWidth size="md" data-testid="login-submit">
          {t('login.submit')}
        </Button>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/activate" data-testid="login-activate">
            {t('activation.fromLogin')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
