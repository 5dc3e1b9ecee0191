// /login: the login form, or the first administrator's setup when the database has no users yet.
import { Box, Center, Divider, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../../../app/auth-context.tsx';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch.tsx';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { LoginForm } from '../components/LoginForm.tsx';
import { SetupForm } from '../components/SetupForm.tsx';
import { RestoreBackupForm } from '../../admin/components/RestoreBackupForm.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { me, loading } = useAuth();
  const location = useLocation();
  const setup = useApiQuery<{ needed: boolean }>('/api/setup');
  const from = (location.state as { from?: string } | null)?.from;

  if (!loading && me) {
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={{ base: 'lg', sm: 60 }} px="md">
      <Group justify="flex-end" maw={440} mx="auto" mb="sm">
        <LanguageSwitch />
      </Group>
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }} maw={440} mx="auto">
        <Stack align="center" gap={4} mb="lg">
          <ThemeIcon size={56} radius="xl">
            <IconUsersGroup size={32} />
          </ThemeIcon>
          <Title order={1} fz={26} mt="xs">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            {t('app.tagline')}
          </Text>
        </Stack>
        {setup.loading || loading ? (
          <Center py="lg">
            <Loader />
          </Center>
        ) : setup.data?.needed ? (
          <Stack gap="lg">
            <SetupForm onDone={setup.reload} />
            <Divider label={t('backup.or')} />
            <RestoreBackupForm onDone={setup.reload} />
          </Stack>
        ) : (
          <LoginForm />
        )}
      </Paper>
    </Box>
  );
}
