// Link an account to its member record: a searchable picker over the union's members.
import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import type { AccountView } from '../../../../shared/contracts/users.contract.ts';
import { api, toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { accountPath } from '../accounts.api.ts';

interface Props { account: AccountView | null; orgId: number; onClose: () => void; onSaved: (account: AccountView) => void }

export function LinkMemberModal({ account, orgId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [memberId, setMemberId] = useState<string | null>(null);
  const members = useApiQuery<MemberListResponse>(
    account ? `/api/orgs/${orgId}/members${toQueryString({ q: query, status: 'current', pageSize: 50 })}` : null,
  );
  const { formError, saving, run } = useServerSubmit();
  const options = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));

  const save = (unlink: boolean) => run(async () => {
    const path = `${accountPath(account!.id)}/member`;
    onSaved(unlink ? await api.delete<AccountView>(path) : await api.put<AccountView>(path, { memberId: Number(memberId) }));
  });

  return (
    <Modal opened={account !== null} onClose={onClose} title={t('accounts.link.title', { name: account?.fullName ?? '' })} centered>
      <Stack>
        {formError && <Alert color="red">{formError}</Alert>}
        {account?.member && <Alert color="blue">{t('accounts.link.current', { name: account.member.fullName, org: account.member.orgName })}</Alert>}
        <Select
          label={t('accounts.link.member')}
          placeholder={t('accounts.link.search')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={options}
          value={memberId}
          onChange={setMemberId}
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="link-member"
        />
        <Group justify="space-between">
          {account?.member ? (
            <Button variant="subtle" color="red" onClick={() => void save(true)} loading={saving}>{t('accounts.link.unlink')}</Button>
          ) : <span />}
          <Button onClick={() => void save(false)} disabled={!memberId} loading={saving} data-testid="link-save">{t('accounts.link.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
