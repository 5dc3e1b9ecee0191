import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A quiet "nothing here" block with an i18n message. */
export function EmptyNotice({ messageKey }: { messageKey: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconInbox size={26} />
        </ThemeIcon>
        <Text c="dimmed">{t(messageKey)}</Text>
      </Stack>
    </Center>
  );
}
