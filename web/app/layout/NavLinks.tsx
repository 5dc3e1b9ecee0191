import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Me } from '../../../shared/contracts/auth.contract.ts';
import type { OrgTreeNode, OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { useAuth } from '../auth-context.tsx';
import { useOrgTree } from '../org-tree-context.tsx';
import { can } from '../roles.ts';
import { useApiQuery } from '../use-api-query.ts';
import { navItems, type NavRequirement } from './nav-items.ts';

/** `upperLevel` is null while the organisation is loading: entries that depend on it wait. */
function meets(requirement: NavRequirement | undefined, me: Me | null, orgId: number, tree: OrgTreeNode[], upperLevel: boolean | null): boolean {
  switch (requirement) {
    case undefined:
      return true;
    case 'writeMembers':
      return can(me, orgId, tree, 'members.write');
    case 'union':
      return upperLevel === false && can(me, orgId, tree, 'reports.read');
    case 'inbox':
      return upperLevel === true && can(me, orgId, tree, 'reports.inbox');
    case 'federation':
      return upperLevel === true && can(me, orgId, tree, 'federation.read');
    case 'manageUsers':
      return can(me, orgId, tree, 'users.manage');
    case 'orgProfile':
      return can(me, orgId, tree, 'org.profile');
  }
}

export function NavLinks({ orgId, onNavigate }: { orgId: number; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const { pathname } = useLocation();
  // Whether the organisation is an upper level (federation, commune union) decides report vs. inbox.
  const org = useApiQuery<OrgView>(`/api/orgs/${orgId}`);
  const upperLevel = org.data?.id === orgId ? org.data.isUpperLevel : null;
  const base = `/org/${orgId}`;

  return (
    <Stack gap={4} component="nav" aria-label={t('nav.label')}>
      {navItems
        .filter((item) => meets(item.requires, me, orgId, tree, upperLevel))
        .map((item) => {
          const own = item.segment ? `${base}/${item.segment}` : base;
          const to = item.target ? `${base}/${item.target()}` : own;
          const active = item.segment ? pathname === own || pathname.startsWith(`${own}/`) : pathname === base || pathname === `${base}/`;
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
