import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppliedRuleSet } from '../../../../shared/contracts/rules.contract.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { ConditionTree, UnverifiedBadge } from './ConditionTree.tsx';

/** One rule set in force: its regulation and validity, then its titles, caps, values and notes. */
export function RuleSetCard({ ruleSet }: { ruleSet: AppliedRuleSet }) {
  const { t } = useTranslation();
  const { regulation } = ruleSet;
  const lines = (items: AppliedRuleSet['caps']) => (
    <List size="sm" spacing={4}>
      {items.map((line, i) => (
        <List.Item key={i}>
          <Group gap={6} wrap="wrap" align="baseline">
            <Text size="sm">{line.text}</Text>
            {line.article && <Text size="xs" c="dimmed">({line.article})</Text>}
            {line.unverified && <UnverifiedBadge label={t('rules.unverified')} />}
          </Group>
        </List.Item>
      ))}
    </List>
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid={`rule-set-${ruleSet.key}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={4}>{ruleSet.name}</Title>
            <Text size="sm" c="dimmed">
              {[regulation.article, regulation.number].filter(Boolean).join(' ')}
              {regulation.date ? ` ${t('rules.ofDate', { date: formatDateVi(regulation.date) })}` : ''} — {regulation.title}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="light">{t(`rules.kinds.${ruleSet.kind}`)}</Badge>
            {ruleSet.verified ? <Badge color="green" variant="light">{t('rules.verified')}</Badge> : <UnverifiedBadge label={t('rules.setUnverified')} />}
          </Group>
        </Group>
        <Text size="sm">
          {ruleSet.validTo
            ? t('rules.validBetween', { from: formatDateVi(ruleSet.validFrom), to: formatDateVi(ruleSet.validTo) })
            : t('rules.validFrom', { from: formatDateVi(ruleSet.validFrom) })}
        </Text>
        {ruleSet.titles.map((title) => (
          <Stack key={title.code} gap={4} data-testid={`rule-title-${title.code}`}>
            <Text fw={600}>{title.name} <Text span size="xs" c="dimmed">({t(`rules.subject.${title.subject}`)})</Text></Text>
            <ConditionTree condition={title.condition} />
          </Stack>
        ))}
        {ruleSet.caps.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t('rules.caps')}</Text>
            {lines(ruleSet.caps)}
          </Stack>
        )}
        {ruleSet.parameters.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t('rules.values')}</Text>
            {lines(ruleSet.parameters)}
          </Stack>
        )}
        {ruleSet.notes.length > 0 && (
          <List size="sm" c="dimmed" spacing={2}>
            {ruleSet.notes.map((note, i) => <List.Item key={i}>{note}</List.Item>)}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
