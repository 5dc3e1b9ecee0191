// An account's roles: revoke one, or grant a role on an organisation of the visible tree, with optional dates.
import { ActionIcon, Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/contracts/common.contract.ts';
import type { AccountView } from '../../../../shared/contracts/users.contract.ts';
import { api } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { accountPath } from '../accounts.api.ts';
import { useGrantOptions } from './use-grant-options.ts';

interface Props { account: AccountView | null; orgId: number; onClose: () => void; onSaved: (account: AccountView) => void }

export function RolesModal({ account, orgId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { orgOptions, roleOptions } = useGrantOptions(orgId);
  const [roleOrg, setRoleOrg] = useState<string | null>(String(orgId));
  const [role, setRole] = useState<Role | null>(null);
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const [validTo, setValidTo] = useState<string | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const grant = () => run(async () => {
    onSaved(await api.post<AccountView>(`${accountPath(account!.id)}/roles`, { orgId: Number(roleOrg), role, validFrom, validTo }));
    setRole(null);
  });
  const revoke = (roleId: number) => run(async () => onSaved(await api.delete<AccountView>(`${accountPath(account!.id)}/roles/${roleId}`)));

  return (
    <Modal opened={account !== null} onClose={onClose} title={t('accounts.roles.title', { name: account?.fullName ?? '' })} centered size="lg">
      <Stack>
        {formError && <Alert color="red">{formError}</Alert>}
        {account && account.roles.length === 0 && <Text c="dimmed" size="sm">{t('accounts.roles.none')}</Text>}
        {account && account.roles.length > 0 && (
          <Table data-testid="account-roles">
            <Table.Tbody>
              {account.roles.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{t(`accounts.role.${r.role}`)}</Table.Td>
                  <Table.Td>{r.orgName}</Table.Td>
                  <Table.Td>
                    {r.validFrom || r.validTo ? `${formatDate(r.validFrom) || '…'} – ${formatDate(r.validTo) || '…'}` : ''}
                    {!r.current && <Badge ml="xs" color="gray" variant="light">{t('accounts.roles.notCurrent')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('accounts.roles.revoke')} onClick={() => void revoke(r.id)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text fw={600} size="sm">{t('accounts.roles.grant')}</Text>
        <Group grow align="flex-start">
          <Select label={t('accounts.field.org')} data={orgOptions} value={roleOrg} onChange={setRoleOrg} searchable error={fieldErrors.orgId} />
          <Select label={t('accounts.field.role')} data={roleOptions} value={role} onChange={(v) => setRole(v as Role | null)}
            error={fieldErrors.role} data-testid="grant-role" />
        </Group>
        <Group grow align="flex-start">
          <DateField label={t('accounts.roles.validFrom')} value={validFrom} onChange={setValidFrom} clearable error={fieldErrors.validFrom} />
          <DateField label={t('accounts.roles.validTo')} value={validTo} onChange={setValidTo} clearable error={fieldErrors.validTo} />
        </Group>
        <Group justify="flex-end">
          <Button onClick={() => void grant()} disabled={!role || !roleOrg} loading={saving} data-testid="grant-submit">
            {t('accounts.roles.grant')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
