// Accounts with their state, roles, linked member and last login; a menu of actions on those the caller may change.
import { ActionIcon, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { IconDots, IconKey, IconLink, IconLock, IconLockOpen, IconShieldCheck } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/contracts/users.contract.ts';
import { formatDateTime } from '../../../ui/format.ts';

export type AccountAction = 'reset' | 'deactivate' | 'reactivate' | 'link' | 'roles';

function StateBadge({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  if (!account.active) {
    return <Badge color="gray">{t('accounts.state.inactive')}</Badge>;
  }
  if (account.pendingActivation) {
    return <Badge color={account.pendingActivation.expired ? 'red' : 'yellow'}>
      {t(account.pendingActivation.expired ? 'accounts.state.codeExpired' : 'accounts.state.pending')}
    </Badge>;
  }
  return account.mustChangePassword
    ? <Badge color="orange">{t('accounts.state.mustChange')}</Badge>
    : <Badge color="green">{t('accounts.state.active')}</Badge>;
}

export function AccountTable({ accounts, fetching, onAction }: {
  accounts: AccountView[]; fetching: boolean; onAction: (action: AccountAction, account: AccountView) => void;
}) {
  const { t } = useTranslation();
  return (
    <DataTable<AccountView>
      data-testid="account-table"
      withTableBorder
      borderRadius="md"
      striped
      minHeight={accounts.length > 0 ? undefined : 180}
      records={accounts}
      fetching={fetching}
      noRecordsText={t('accounts.none')}
      customRowAttributes={(a) => ({ 'data-testid': 'account-row', 'data-username': a.username })}
      columns={[
        {
          accessor: 'username', title: t('accounts.field.username'),
          render: (a) => (
            <Stack gap={0}>
              <Text size="sm" fw={600}>{a.username}</Text>
              <Text size="xs" c="dimmed">{a.fullName}{a.isAdmin ? ` · ${t('accounts.admin')}` : ''}</Text>
            </Stack>
          ),
        },
        { accessor: 'active', title: t('accounts.field.state'), render: (a) => <StateBadge account={a} /> },
        {
          accessor: 'roles', title: t('accounts.field.roles'),
          render: (a) => (
            <Stack gap={2}>
              {a.roles.map((r) => (
                <Text key={r.id} size="xs" c={r.current ? undefined : 'dimmed'} td={r.current ? undefined : 'line-through'}>
                  {t(`accounts.role.${r.role}`)} · {r.orgName}
                </Text>
              ))}
            </Stack>
          ),
        },
        { accessor: 'member', title: t('accounts.field.member'), render: (a) => a.member?.fullName ?? '' },
        { accessor: 'lastLoginAt', title: t('accounts.field.lastLogin'), noWrap: true, render: (a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : '—') },
        {
          accessor: 'actions', title: '', width: 56,
          render: (a) => a.manageable && (
            <Group justify="flex-end">
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" aria-label={t('accounts.actions')} data-testid="account-actions"><IconDots size={18} /></ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconShieldCheck size={16} />} onClick={() => onAction('roles', a)}>{t('accounts.action.roles')}</Menu.Item>
                  <Menu.Item leftSection={<IconLink size={16} />} onClick={() => onAction('link', a)}>{t('accounts.action.link')}</Menu.Item>
                  <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onAction('reset', a)}>{t('accounts.action.reset')}</Menu.Item>
                  {a.active ? (
                    <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={() => onAction('deactivate', a)}>{t('accounts.action.deactivate')}</Menu.Item>
                  ) : (
                    <Menu.Item leftSection={<IconLockOpen size={16} />} onClick={() => onAction('reactivate', a)}>{t('accounts.action.reactivate')}</Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Group>
          ),
        },
      ]}
    />
  );
}
