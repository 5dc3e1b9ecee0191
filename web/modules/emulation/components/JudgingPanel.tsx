// Xét duyệt: each candidate's titles judged by the rules in force for the year (or another date's rules, for
// comparison), each condition ✓/✗ with its article, and the caps with how far they are exceeded.
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { judgingPath, type YearJudging } from '../emulation.api.ts';
import { JudgedConditionTree } from './JudgedConditionTree.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const statusColor = { met: 'green', not_met: 'red', unknown: 'gray' } as const;

export function JudgingPanel({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | null>(null);
  const query = useApiQuery<YearJudging>(judgingPath(orgId, year, asOf));
  const j = query.data;
  const ruleSets = [...new Map((j?.candidates ?? []).flatMap((c) => c.titles).flatMap((x) => (x.judgement ? [x.judgement.ruleSet] : []))
    .map((s) => [s.key, s])).values()];

  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-judging">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={4}>{t('emulation.judging.title')}</Title>
          {j && (
            <Text size="sm" c="dimmed">
              {t('emulation.judging.rulesOf', { date: formatDate(j.rulesDate) })}
              {' · '}{t('emulation.judging.evaluatedOn', { date: formatDate(j.evaluatedOn) })}
            </Text>
          )}
        </div>
        <Group gap="xs" align="flex-end">
          <DateField label={t('emulation.judging.asOf')} value={asOf} w={190} data-testid="emulation-judging-asof"
            onChange={(value) => setAsOf(value ? String(value) : null)} />
          {asOf && <Button variant="default" onClick={() => setAsOf(null)}>{t('emulation.judging.ownRules', { year })}</Button>}
        </Group>
      </Group>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : j && (
        <Stack gap="sm">
          {ruleSets.length > 0 && (
            <Group gap="xs">{ruleSets.map((s) => (
              <Badge key={s.key} variant="outline" color={s.verified ? 'blue' : 'orange'}>{s.name} ({s.regulation.number})</Badge>))}
            </Group>
          )}
          {j.caps.length > 0 && (
            <Table striped withTableBorder data-testid="emulation-judging-caps">
              <Table.Thead><Table.Tr>
                <Table.Th>{t('emulation.judging.cap')}</Table.Th><Table.Th>{t('emulation.judging.allowed')}</Table.Th>
                <Table.Th>{t('emulation.judging.proposed')}</Table.Th><Table.Th>{t('emulation.judging.excess')}</Table.Th>
              </Table.Tr></Table.Thead>
              <Table.Tbody>{j.caps.map((c) => (
                <Table.Tr key={`${c.ruleSet.key}-${c.code}`}>
                  <Table.Td><Text size="sm">{c.text}</Text><Text size="xs" c="dimmed">{c.article}</Text></Table.Td>
                  <Table.Td>{c.allowed} / {c.base}</Table.Td><Table.Td>{c.proposed}</Table.Td>
                  <Table.Td>{c.excess > 0 ? <Badge color="red">{c.excess}</Badge> : <Badge color="green" variant="light">0</Badge>}</Table.Td>
                </Table.Tr>))}
              </Table.Tbody>
            </Table>
          )}
          {j.candidates.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped data-testid="emulation-judging-candidates">
                <Table.Thead><Table.Tr>
                  <Table.Th>{t('emulation.member')}</Table.Th><Table.Th>{t('emulation.judging.titleColumn')}</Table.Th>
                  <Table.Th>{t('emulation.judging.conditions')}</Table.Th>
                </Table.Tr></Table.Thead>
                <Table.Tbody>{j.candidates.flatMap((c) => c.titles.map((x) => (
                  <Table.Tr key={`${c.memberId}-${x.title}`}>
                    <Table.Td>{c.memberName}<Text size="xs" c="dimmed">{c.facts.rating ?? ''}</Text></Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`emulation.titles.${x.title}`)}</Text>
                      <Group gap={4} mt={4}>
                        {x.status && <StatusBadge status={x.status} />}
                        {x.judgement && <Badge color={statusColor[x.judgement.status]} variant="light">{t(`emulation.judging.status.${x.judgement.status}`)}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{x.judgement ? (
                      <>
                        {/* The refusal names each failing condition with its article. */}
                        {x.judgement.refusal && <Text size="sm" c="red" mb={4}>{x.judgement.refusal}</Text>}
                        <JudgedConditionTree condition={x.judgement.condition} />
                      </>
                    ) : <Text size="sm" c="orange">{x.missing}</Text>}</Table.Td>
                  </Table.Tr>)))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Paper>
  );
}
