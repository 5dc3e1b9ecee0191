// An action that asks "are you sure?" in a small popover before it runs.
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  /** The trigger; it receives the click that opens the popover. */
  children: ReactElement;
}

export function ConfirmAction({ message, confirmLabel, onConfirm, children }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} withArrow shadow="md" position="left" trapFocus>
      <Popover.Target>
        <span onClick={() => setOpened((o) => !o)} style={{ display: 'inline-flex' }}>
          {children}
        </span>
      </Popover.Target>
      <Popover.Dropdown maw={260}>
        <Stack gap="xs">
          <Text size="sm">{message}</Text>
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              color="red"
              loading={busy}
              data-testid="confirm-action"
              onClick={() => {
                setBusy(true);
                void Promise.resolve(onConfirm()).finally(() => {
                  setBusy(false);
                  setOpened(false);
                });
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
