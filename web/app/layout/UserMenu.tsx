import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDatabaseExport, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PasswordChangeModal } from '../../modules/accounts/components/PasswordChangeModal.tsx';
import { useAuth } from '../auth-context.tsx';

function initialsOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return (last[0] ?? '?').toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const [passwordOpen, password] = useDisclosure(false);
  if (!me) {
    return null;
  }
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label={t('header.userMenu')}>
            <Group gap={8} wrap="nowrap">
              <Avatar color="blue" radius="xl" size={32}>
                {initialsOf(me.fullName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="md" maw={180} truncate>
                {me.fullName}
              </Text>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)">
              {me.fullName}
            </Text>
            <Text size="xs" c="dimmed">
              {me.username}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          {me.memberId !== null && (
            <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => navigate('/me')}>
              {t('header.myRecord')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconKey size={16} />} onClick={password.open} data-testid="menu-password">
            {t('header.changePassword')}
          </Menu.Item>
          {me.isAdmin && (
            <Menu.Item component="a" href="/api/admin/backup" download leftSection={<IconDatabaseExport size={16} />} data-testid="menu-backup">
              {t('backup.download')}
            </Menu.Item>
          )}
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            data-testid="menu-logout"
            onClick={() => {
              void logout().then(() => navigate('/login', { replace: true }));
            }}
          >
            {t('header.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PasswordChangeModal opened={passwordOpen} onClose={password.close} />
    </>
  );
}
