// From the member list: accounts for the selected members, their one-time codes shown once, and the printable sheet.
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkMemberAccountsResult } from '../../../../shared/contracts/users.contract.ts';
import { api, apiRequest } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { activationSheetPath, memberAccountsPath } from '../accounts.api.ts';

interface Props { orgId: number; memberIds: number[]; opened: boolean; onClose: () => void; onCreated: () => void }

async function downloadSheet(orgId: number, result: BulkMemberAccountsResult): Promise<void> {
  const response = await fetch(activationSheetPath(orgId), {
    method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ entries: result.created }),
  });
  if (!response.ok) {
    // Let the shared client turn the error body into an ApiError with the server's message.
    await apiRequest(activationSheetPath(orgId), { method: 'POST', body: { entries: result.created } });
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'ma-kich-hoat-tai-khoan.docx';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BulkAccountsModal({ orgId, memberIds, opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState<BulkMemberAccountsResult | null>(null);
  const [downloading, setDownloading] = useState(false);
  const { formError, saving, run } = useServerSubmit();
  const create = () => run(async () => {
    setResult(await api.post<BulkMemberAccountsResult>(memberAccountsPath(orgId), { memberIds }));
    onCreated();
  });
  const close = () => {
    setResult(null);
    onClose();
  };
  const download = async () => {
    setDownloading(true);
    try {
      await downloadSheet(orgId, result!);
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('accounts.bulk.title')} centered size="xl">
      <Stack>
        {formError && <Alert color="red">{formError}</Alert>}
        {!result ? (
          <>
            <Text size="sm">{t('accounts.bulk.confirm', { count: memberIds.length })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button onClick={() => void create()} loading={saving} data-testid="bulk-create">{t('accounts.bulk.create')}</Button>
            </Group>
          </>
        ) : (
          <>
            {result.created.length > 0 && <Alert color="yellow">{t('accounts.ticket.once')}</Alert>}
            <Table striped data-testid="bulk-result">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.field.fullName')}</Table.Th>
                  <Table.Th>{t('accounts.field.username')}</Table.Th>
                  <Table.Th>{t('activation.code')}</Table.Th>
                  <Table.Th>{t('accounts.bulk.expires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.created.map((e) => (
                  <Table.Tr key={e.username} data-testid="bulk-row">
                    <Table.Td>{e.fullName}</Table.Td>
                    <Table.Td>{e.username}</Table.Td>
                    <Table.Td><Text ff="monospace" fw={700}>{e.code}</Text></Table.Td>
                    <Table.Td>{formatDateTime(e.expiresAt)}</Table.Td>
                  </Table.Tr>
                ))}
                {result.skipped.map((s) => (
                  <Table.Tr key={`s${s.memberId}`}>
                    <Table.Td>{s.fullName}</Table.Td>
                    <Table.Td colSpan={3}><Text size="sm" c="dimmed">{s.reason}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end">
              {result.created.length > 0 && (
                <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={downloading}
                  onClick={() => void download()} data-testid="bulk-sheet">{t('accounts.bulk.sheet')}</Button>
              )}
              <Button onClick={close}>{t('accounts.ticket.done')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
