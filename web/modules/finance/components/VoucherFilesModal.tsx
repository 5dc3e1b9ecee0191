// The files kept with a posted voucher (chứng từ kèm theo): download each; the treasurer adds a scan made later or
// unlinks one attached to the wrong voucher. The voucher itself never changes.
import { ActionIcon, Alert, Anchor, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { downloadAttachment } from '../../attachments/attachments.api.ts';
import { attachToEntry, detachFromEntry, type EntryView } from '../ledger.api.ts';
import { useVoucherUploads, VoucherFilesInput } from './VoucherFilesInput.tsx';

interface Props { orgId: number; entry: EntryView; mayPost: boolean; onClose: () => void; onChanged: () => void }

export function VoucherFilesModal({ orgId, entry, mayPost, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(entry);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uploads = useVoucherUploads(orgId);
  const act = async (action: () => Promise<EntryView>) => {
    setError(null);
    setBusy(true);
    try {
      setCurrent(await action());
      onChanged();
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  const add = (files: File[]) => act(async () => {
    let latest = current;
    for (const id of await uploads(files)) {
      latest = await attachToEntry(orgId, current.id, id);
    }
    return latest;
  });

  return (
    <Modal opened onClose={onClose} title={t('finance.files.title', { number: current.number })}>
      <Stack gap="sm" data-testid="voucher-files">
        {error && <Alert color="red" p="xs">{error}</Alert>}
        {current.attachments.length === 0 && <Text size="sm" c="dimmed">{t('finance.files.none')}</Text>}
        {current.attachments.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap">
            <Anchor component="button" type="button" size="sm" onClick={() => void downloadAttachment(orgId, a.id, a.fileName).catch((err: unknown) => setError(errorMessage(err, t)))}>
              {a.fileName}
            </Anchor>
            {mayPost && (
              <ConfirmAction message={t('finance.files.removeConfirm', { name: a.fileName })} confirmLabel={t('finance.files.remove')}
                onConfirm={() => act(() => detachFromEntry(orgId, current.id, a.id))}>
                <ActionIcon variant="subtle" color="red" aria-label={t('finance.files.remove')}><IconTrash size={16} /></ActionIcon>
              </ConfirmAction>
            )}
          </Group>
        ))}
        {mayPost && <VoucherFilesInput files={[]} onChange={(files) => void (files.length > 0 && !busy && add(files))} />}
      </Stack>
    </Modal>
  );
}
