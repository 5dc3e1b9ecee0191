import { Badge, Box, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RenderedCondition } from '../../../../shared/contracts/rules.contract.ts';

/** A condition and the conditions under it, each in plain Vietnamese with its article. */
export function ConditionTree({ condition }: { condition: RenderedCondition }) {
  return (
    <Box>
      <ConditionLine condition={condition} />
      {condition.children.length > 0 && (
        <List size="sm" spacing={4} ml="md" mt={4} withPadding>
          {condition.children.map((child, i) => (
            <List.Item key={i}>
              <ConditionTree condition={child} />
            </List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}

function ConditionLine({ condition }: { condition: RenderedCondition }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text size="sm">{condition.text}</Text>
      {condition.article && <Text size="xs" c="dimmed">({condition.article})</Text>}
      {condition.unverified && <UnverifiedBadge label={t('rules.unverified')} />}
    </Group>
  );
}

export function UnverifiedBadge({ label }: { label: string }) {
  return <Badge size="xs" color="orange" variant="light" data-testid="rules-unverified">{label}</Badge>;
}
