// A modal "are you sure?" for actions that overwrite or freeze data; stays open with a spinner while the action runs.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  confirmLabel: string;
  color?: string;
  /** Runs on confirmation; the dialog closes when it settles (the caller reports success or failure). */
  onConfirm: () => Promise<void> | void;
}

export function ConfirmDialog({ opened, onClose, title, message, confirmLabel, color = 'blue', onConfirm }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onClose} title={title} centered>
      <Text size="sm" data-testid="confirm-dialog">
        {message}
      </Text>
      <Group justify="flex-end" gap="xs" mt="lg">
        <Button variant="default" onClick={onClose} disabled={busy} data-testid="confirm-cancel">
          {t('common.cancel')}
        </Button>
        <Button
          color={color}
          loading={busy}
          data-testid="confirm-action"
          onClick={() => {
            setBusy(true);
            void Promise.resolve(onConfirm()).finally(() => {
              setBusy(false);
              onClose();
            });
          }}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
