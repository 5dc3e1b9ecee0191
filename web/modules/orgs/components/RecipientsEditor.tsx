// Nơi nhận: one line per recipient, in order; "Lưu: VT" usually last. Shared by the profile and the report editor.
import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string[];
  onChange: (lines: string[]) => void;
  /** Per-line messages (server validation: reportRecipients.2 → index 2). */
  errors?: Record<number, string>;
  testId?: string;
}

export function RecipientsEditor({ value, onChange, errors = {}, testId = 'recipients' }: Props) {
  const { t } = useTranslation();
  const set = (i: number, line: string) => onChange(value.map((v, j) => (j === i ? line : v)));
  const move = (i: number, by: number) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <Stack gap={6} data-testid={testId}>
      {value.map((line, i) => (
        <Group key={i} gap={4} wrap="nowrap">
          <TextInput
            flex={1} value={line} error={errors[i]} aria-label={t('profile.recipientLine', { n: i + 1 })}
            data-testid={`${testId}-line-${i}`} onChange={(e) => set(i, e.currentTarget.value)}
          />
          <ActionIcon variant="subtle" aria-label={t('profile.moveUp')} disabled={i === 0} onClick={() => move(i, -1)}><IconArrowUp size={16} /></ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('profile.moveDown')} disabled={i === value.length - 1} onClick={() => move(i, 1)}><IconArrowDown size={16} /></ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => onChange(value.filter((_, j) => j !== i))}><IconTrash size={16} /></ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange([...value, ''])} disabled={value.length >= 20} data-testid={`${testId}-add`}>
          {t('profile.addRecipient')}
        </Button>
      </Group>
    </Stack>
  );
}
