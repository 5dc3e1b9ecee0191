// Reset: a new one-time code or a temporary password; the old password and the sessions stop at once.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, AccountWithTicket } from '../../../../shared/contracts/users.contract.ts';
import { api } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { accountPath } from '../accounts.api.ts';
import { CredentialFields, initialCredential, toCredentialInput } from './CredentialFields.tsx';

interface Props { account: AccountView | null; onClose: () => void; onDone: (result: AccountWithTicket) => void }

export function ResetModal({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [credential, setCredential] = useState(initialCredential);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = () => run(async () => {
    onDone(await api.post<AccountWithTicket>(`${accountPath(account!.id)}/reset`, { credential: toCredentialInput(credential) }));
    setCredential(initialCredential);
  });
  return (
    <Modal opened={account !== null} onClose={onClose} title={t('accounts.reset.title', { name: account?.fullName ?? '' })} centered>
      <Stack>
        <Alert color="yellow">{t('accounts.reset.warning')}</Alert>
        {formError && <Alert color="red">{formError}</Alert>}
        <CredentialFields value={credential} onChange={setCredential} username={account?.username ?? ''} error={fieldErrors.password} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="orange" onClick={() => void submit()} loading={saving} data-testid="reset-submit">{t('accounts.reset.submit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
