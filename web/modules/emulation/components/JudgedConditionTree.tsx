import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConditionResult, ConditionStatus } from '../../../../shared/contracts/rules.contract.ts';
import { UnverifiedBadge } from '../../rules/components/ConditionTree.tsx';

const look: Record<ConditionStatus, { color: string; icon: typeof IconCheck }> = {
  met: { color: 'green', icon: IconCheck },
  not_met: { color: 'red', icon: IconX },
  unknown: { color: 'gray', icon: IconQuestionMark },
};

/** A judged condition: ✓ met, ✗ not met, ? unknown, with its article and why (figures, dates). */
export function JudgedConditionTree({ condition }: { condition: ConditionResult }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = look[condition.status];
  return (
    <Box>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <ThemeIcon size={18} radius="xl" color={color} variant="light" aria-label={t(`emulation.judging.status.${condition.status}`)}>
          <Icon size={12} />
        </ThemeIcon>
        <Box>
          <Text size="sm" span>{condition.text}</Text>
          {condition.article && <Text size="xs" c="dimmed" span> ({condition.article})</Text>}
          {condition.unverified && <> <UnverifiedBadge label={t('rules.unverified')} /></>}
          {condition.detail && <Text size="xs" c={condition.status === 'not_met' ? 'red' : 'dimmed'}>{condition.detail}</Text>}
        </Box>
      </Group>
      {condition.children.length > 0 && (
        <Box ml="lg" mt={4}>
          {condition.children.map((child, i) => <JudgedConditionTree key={i} condition={child} />)}
        </Box>
      )}
    </Box>
  );
}
