// One figure of the roll-up as a card: a label, the figure already formatted (a count, a rate, an amount), a line under it.
import { Group, Paper, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  icon: ReactNode;
  color: MantineColor;
  hint?: string;
  testId: string;
}

export function FigureCard({ label, value, icon, color, hint, testId }: Props) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId} h="100%">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fw={700} fz={24} lh={1.25} mt={4} data-testid={`${testId}-value`}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        <ThemeIcon size={40} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
