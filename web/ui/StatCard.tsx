import { Group, Paper, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from './format.ts';

interface Props {
  label: string;
  value: number;
  icon: ReactNode;
  color: MantineColor;
  testId?: string;
  /** A line under the figure, e.g. the part of it shown apart. */
  hint?: string;
}

export function StatCard({ label, value, icon, color, testId, hint }: Props) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fw={700} fz={30} lh={1.2} mt={4}>
            {formatNumber(value)}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed" data-testid={testId ? `${testId}-hint` : undefined}>
              {hint}
            </Text>
          )}
        </div>
        <ThemeIcon size={48} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
