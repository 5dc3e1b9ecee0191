// New account: username, name, first role on an organisation of the visible tree, and how the person gets in.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountWithTicket } from '../../../../shared/contracts/users.contract.ts';
import type { Role } from '../../../../shared/contracts/common.contract.ts';
import { api } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { passwordIssue, PASSWORD_MIN_LENGTH } from '../password-rules.ts';
import { CredentialFields, initialCredential, toCredentialInput } from './CredentialFields.tsx';
import { useGrantOptions } from './use-grant-options.ts';

interface Props { opened: boolean; orgId: number; onClose: () => void; onCreated: (result: AccountWithTicket) => void }

export function CreateAccountModal({ opened, orgId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [roleOrg, setRoleOrg] = useState<string | null>(String(orgId));
  const [role, setRole] = useState<Role | null>('member');
  const [credential, setCredential] = useState(initialCredential);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();
  const { orgOptions, roleOptions } = useGrantOptions(orgId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = credential.kind === 'password' ? passwordIssue(credential.password, username) : null;
    if (issue) {
      setFieldErrors({ password: t(`passwordRules.${issue}`, { min: PASSWORD_MIN_LENGTH }) });
      return;
    }
    await run(async () => {
      const result = await api.post<AccountWithTicket>('/api/users', {
        username, fullName, credential: toCredentialInput(credential), orgId: roleOrg ? Number(roleOrg) : null, role,
      });
      setUsername('');
      setFullName('');
      setCredential(initialCredential);
      onCreated(result);
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('accounts.create')} centered size="lg">
      <form onSubmit={(e) => void submit(e)} data-testid="account-form">
        <Stack>
          {formError && <Alert color="red">{formError}</Alert>}
          <TextInput label={t('accounts.field.fullName')} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)}
            error={fieldErrors.fullName} required data-testid="account-fullName" data-autofocus />
          <TextInput label={t('accounts.field.username')} description={t('setup.usernameHint')} value={username}
            autoCapitalize="none" onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
            error={fieldErrors.username} required data-testid="account-username" />
          <Group grow align="flex-start">
            <Select label={t('accounts.field.org')} data={orgOptions} value={roleOrg} onChange={setRoleOrg} searchable
              error={fieldErrors.orgId} data-testid="account-org" />
            <Select label={t('accounts.field.role')} data={roleOptions} value={role} onChange={(v) => setRole(v as Role | null)}
              error={fieldErrors.role} data-testid="account-role" />
          </Group>
          <CredentialFields value={credential} onChange={setCredential} username={username} error={fieldErrors.password} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} data-testid="account-submit">{t('accounts.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
