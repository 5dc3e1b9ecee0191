// The one-time code, shown once right after it is made: copy it or write it down now.
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActivationTicket } from '../../../../shared/contracts/users.contract.ts';
import { formatDateTime } from '../../../ui/format.ts';

export function TicketModal({ ticket, username, onClose }: { ticket: ActivationTicket | null; username: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={ticket !== null} onClose={onClose} title={t('accounts.ticket.title')} centered>
      {ticket && (
        <Stack>
          <Alert color="yellow">{t('accounts.ticket.once')}</Alert>
          <Text size="sm">
            {t('accounts.field.username')}: <b>{username}</b>
          </Text>
          <Group gap="xs">
            <Code fz="xl" fw={700} data-testid="activation-code">
              {ticket.code}
            </Code>
            <CopyButton value={ticket.code}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
                  {copied ? t('accounts.ticket.copied') : t('accounts.ticket.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            {t('accounts.ticket.how', { url: `${window.location.origin}/activate`, expires: formatDateTime(ticket.expiresAt) })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('accounts.ticket.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
