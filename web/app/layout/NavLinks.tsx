import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../auth-context.tsx';
import { useOrgTree } from '../org-tree-context.tsx';
import { canWriteMembers } from '../roles.ts';
import { navItems } from './nav-items.ts';

export function NavLinks({ orgId, onNavigate }: { orgId: number; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const { pathname } = useLocation();
  const base = `/org/${orgId}`;
  const mayWrite = canWriteMembers(me, orgId, tree);

  return (
    <Stack gap={4} component="nav" aria-label={t('nav.label')}>
      {navItems
        .filter((item) => item.requires !== 'writeMembers' || mayWrite)
        .map((item) => {
          const to = item.segment ? `${base}/${item.segment}` : base;
          const active = item.segment ? pathname === to || pathname.startsWith(`${to}/`) : pathname === base || pathname === `${base}/`;
          const ItemIcon = item.icon;
          return (
            <NavLink
              key={item.labelKey}
              component={Link}
              to={to}
              label={t(item.labelKey)}
              leftSection={<ItemIcon size={20} stroke={1.6} />}
              active={active}
              onClick={onNavigate}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
              data-testid={`nav-${item.segment || 'dashboard'}`}
            />
          );
        })}
    </Stack>
  );
}
