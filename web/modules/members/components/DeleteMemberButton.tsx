// Xoá đoàn viên nhập nhầm (chairperson): asks first; the record goes to the audit log and can be restored at once.
// When something still refers to the member, the server refuses and the dialog offers "thôi sinh hoạt" instead.
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { ApiError } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { deleteMember, restoreMember } from '../members.api.ts';

interface Props {
  orgId: number;
  member: MemberDetail;
  onDeleted: () => void;
  /** Deleting was refused: the page brings the status form forward with "thôi sinh hoạt". */
  onSuggestLeft: () => void;
  onRestored: (member: MemberDetail) => void;
}

export function DeleteMemberButton({ orgId, member, onDeleted, onSuggestLeft, onRestored }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; suggestLeft: boolean } | null>(null);

  const close = () => {
    setOpen(false);
    setRefusal(null);
  };

  const undo = async (auditId: number) => {
    try {
      const restored = await restoreMember(orgId, auditId);
      notifications.show({ color: 'green', message: t('members.delete.restored', { name: restored.fullName }) });
      onRestored(restored);
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const { auditId } = await deleteMember(orgId, member.id);
      close();
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: (
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <span>{t('members.delete.done', { name: member.fullName })}</span>
            <Anchor component="button" type="button" size="sm" onClick={() => void undo(auditId)} data-testid="member-undo-delete">
              {t('members.delete.undo')}
            </Anchor>
          </Group>
        ),
      });
      onDeleted();
    } catch (err) {
      const details = err instanceof ApiError ? (err.details as { suggest?: string } | undefined) : undefined;
      setRefusal({ message: errorMessage(err, t), suggestLeft: details?.suggest === 'left' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpen(true)} data-testid="member-delete">
        {t('members.delete.button')}
      </Button>
      <Modal opened={open} onClose={close} title={t('members.delete.title', { name: member.fullName })} centered>
        <Stack gap="sm">
          {refusal ? (
            <Alert color="orange" data-testid="member-delete-refused">
              {refusal.message}
            </Alert>
          ) : (
            <Text size="sm">{t('members.delete.explain')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            {refusal?.suggestLeft ? (
              <Button
                onClick={() => {
                  close();
                  onSuggestLeft();
                }}
                data-testid="member-suggest-left"
              >
                {t('members.delete.recordLeft')}
              </Button>
            ) : (
              !refusal && (
                <Button color="red" loading={busy} onClick={() => void confirm()} data-testid="member-delete-confirm">
                  {t('members.delete.confirm')}
                </Button>
              )
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
