// The frame of every page after login: header (brand, organisation switcher, language, user menu) and navbar.
import { AppShell, Box, Burger, Divider, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useAuth } from '../auth-context.tsx';
import { useCurrentOrgId } from '../current-org.ts';
import { isMemberOnly } from '../roles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavLinks } from './NavLinks.tsx';
import { OrgSwitcher } from './OrgSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const orgId = useCurrentOrgId();
  const [opened, { toggle, close }] = useDisclosure(false);
  const withNavbar = !isMemberOnly(me);
  // One switcher in the page (header on wide screens, navbar drawer on phones) so it has a unique test id.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={withNavbar ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {withNavbar && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('header.menu')} />}
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('app.name')}>
              <Group gap={8} wrap="nowrap">
                <ThemeIcon size={34} radius="md" variant="filled">
                  <IconUsersGroup size={20} />
                </ThemeIcon>
                <Text fw={700} size="lg" c="var(--mantine-color-text)">
                  {t('app.name')}
                </Text>
              </Group>
            </Link>
          </Group>
          {withNavbar && wide && (
            <Box style={{ flex: 1, maxWidth: 480 }}>
              <OrgSwitcher />
            </Box>
          )}
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      {withNavbar && (
        <AppShell.Navbar p="sm">
          {!wide && (
            <Box mb="sm">
              <OrgSwitcher onSwitch={close} inDrawer />
              <Divider mt="sm" />
            </Box>
          )}
          {orgId !== null && <NavLinks orgId={orgId} onNavigate={close} />}
        </AppShell.Navbar>
      )}

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
