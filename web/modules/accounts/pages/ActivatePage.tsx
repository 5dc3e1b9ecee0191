// /activate (public): username + one-time code, then the person chooses their password and is logged in.
import { Alert, Box, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { PASSWORD_MIN_LENGTH, passwordIssue } from '../password-rules.ts';
import { PasswordStrength } from '../components/PasswordStrength.tsx';

export function ActivatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { login } = useAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState(params.get('u') ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = passwordIssue(password, username);
    if (issue || password !== confirm) {
      setFieldErrors(issue ? { password: t(`passwordRules.${issue}`, { min: PASSWORD_MIN_LENGTH }) } : { confirm: t('password.mismatch') });
      return;
    }
    await run(async () => {
      await api.post('/api/activate', { username, code, password });
      await login(username, password);
      void navigate('/', { replace: true });
    });
  };

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={{ base: 'lg', sm: 60 }} px="md">
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }} maw={440} mx="auto">
        <form onSubmit={(e) => void submit(e)} data-testid="activate-form">
          <Stack>
            <div>
              <Title order={1} fz="xl">{t('activation.title')}</Title>
              <Text size="sm" c="dimmed" mt={4}>{t('activation.intro')}</Text>
            </div>
            {formError && <Alert color="red" role="alert">{formError}</Alert>}
            <TextInput label={t('login.username')} autoComplete="username" autoCapitalize="none" value={username}
              onChange={(e) => setUsername(e.currentTarget.value.trim().toLowerCase())} error={fieldErrors.username} required data-testid="activate-username" />
            <TextInput label={t('activation.code')} placeholder="XXXXX-XXXXX" autoCapitalize="characters" autoComplete="one-time-code" value={code}
              onChange={(e) => setCode(e.currentTarget.value)} error={fieldErrors.code} required data-testid="activate-code" />
            <PasswordInput label={t('password.new')} description={t('password.hint', { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password"
              value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fieldErrors.password} required data-testid="activate-password" />
            <PasswordStrength password={password} username={username} />
            <PasswordInput label={t('password.confirm')} autoComplete="new-password" value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)} error={fieldErrors.confirm} required data-testid="activate-confirm" />
            <Button type="submit" loading={saving} fullWidth size="md" data-testid="activate-submit">{t('activation.submit')}</Button>
            <Text size="sm" ta="center"><Link to="/login">{t('activation.toLogin')}</Link></Text>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}
