// /org/:orgId/accounts — "Tài khoản": the accounts of the union (and below), their actions, and who holds what.
import { Button, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, AccountWithTicket } from '../../../../shared/contracts/users.contract.ts';
import { api } from '../../../app/api.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { accountPath, accountsPath } from '../accounts.api.ts';
import { AccountTable, type AccountAction } from '../components/AccountTable.tsx';
import { CreateAccountModal } from '../components/CreateAccountModal.tsx';
import { LinkMemberModal } from '../components/LinkMemberModal.tsx';
import { OrgRolesCard } from '../components/OrgRolesCard.tsx';
import { ResetModal } from '../components/ResetModal.tsx';
import { RolesModal } from '../components/RolesModal.tsx';
import { TicketModal } from '../components/TicketModal.tsx';

export function AccountsPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const list = useApiQuery<AccountView[]>(accountsPath(orgId, q));
  const [creating, setCreating] = useState(false);
  const [ticket, setTicket] = useState<AccountWithTicket | null>(null);
  const [action, setAction] = useState<{ kind: AccountAction; account: AccountView } | null>(null);
  const [version, setVersion] = useState(0);
  const on = (kind: AccountAction) => (action?.kind === kind ? action.account : null);
  const close = () => setAction(null);
  const changed = (account?: AccountView) => {
    list.reload();
    setVersion((v) => v + 1);
    if (account && action) {
      setAction({ ...action, account });
    }
  };
  const showTicket = (result: AccountWithTicket) => {
    setCreating(false);
    close();
    changed();
    if (result.activation) {
      setTicket(result);
    } else {
      notifications.show({ color: 'green', message: t('accounts.saved') });
    }
  };
  const setActive = async (active: boolean) => {
    const account = on(active ? 'reactivate' : 'deactivate');
    close();
    try {
      await api.post(`${accountPath(account!.id)}/${active ? 'reactivate' : 'deactivate'}`);
      notifications.show({ color: 'green', message: t(active ? 'accounts.reactivated' : 'accounts.deactivated') });
      changed();
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t) });
    }
  };

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={list.data ? t('accounts.count', { count: list.data.length }) : undefined}
        actions={<Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)} data-testid="account-add">{t('accounts.create')}</Button>}
      />
      <Paper withBorder p="md" radius="md">
        <TextInput mb="md" leftSection={<IconSearch size={16} />} placeholder={t('accounts.search')} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} data-testid="account-search" />
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : (
          <AccountTable accounts={list.data ?? []} fetching={list.loading} onAction={(kind, account) => setAction({ kind, account })} />
        )}
      </Paper>
      <OrgRolesCard orgId={orgId} version={version} />
      <CreateAccountModal opened={creating} orgId={orgId} onClose={() => setCreating(false)} onCreated={showTicket} />
      <TicketModal ticket={ticket?.activation ?? null} username={ticket?.account.username ?? ''} onClose={() => setTicket(null)} />
      <ResetModal account={on('reset')} onClose={close} onDone={showTicket} />
      <LinkMemberModal account={on('link')} orgId={orgId} onClose={close} onSaved={(a) => { changed(a); close(); }} />
      <RolesModal account={on('roles')} orgId={orgId} onClose={close} onSaved={changed} />
      <ConfirmDialog
        opened={on('deactivate') !== null || on('reactivate') !== null}
        title={t(on('deactivate') ? 'accounts.action.deactivate' : 'accounts.action.reactivate')}
        message={t(on('deactivate') ? 'accounts.confirmDeactivate' : 'accounts.confirmReactivate', { name: action?.account.fullName ?? '' })}
        confirmLabel={t(on('deactivate') ? 'accounts.action.deactivate' : 'accounts.action.reactivate')}
        color={on('deactivate') ? 'red' : 'blue'}
        onConfirm={() => setActive(on('reactivate') !== null)}
        onClose={close}
      />
    </>
  );
}
