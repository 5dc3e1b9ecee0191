// Xếp loại CĐCS of the year: the self-assessment form of the scale in force (groups, indicators, points with their
// evidence, the records congdoan holds beside each), the total and grade the server computes from the thresholds, and
// the grade the upper body decided. Values of the scale not checked against the official text are flagged.
import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { classificationFormPath, saveClassificationScores, type ClassificationForm } from '../classification.api.ts';
import { ClassificationDecisionButton } from './ClassificationDecisionButton.tsx';

interface Props {
  orgId: number;
  year: number;
  mayWrite: boolean;
  mayRecordDecision: boolean;
  decisions: readonly DecisionView[];
  /** The page remounts this section after a change (its key), so the form is read again. */
  onChanged: () => void;
}

type Entry = { points: number | ''; evidence: string };
const points = (p: number) => String(p).replace('.', ',');

function entriesOf(form: ClassificationForm): Record<string, Entry> {
  return Object.fromEntries(form.groups.flatMap((g) => g.indicators)
    .map((i) => [i.code, { points: i.points ?? '', evidence: i.evidence ?? '' }]));
}

export function ClassificationSection({ orgId, year, mayWrite, mayRecordDecision, decisions, onChanged }: Props) {
  const { t } = useTranslation();
  const query = useApiQuery<ClassificationForm>(classificationFormPath(orgId, year));
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const { formError, saving, run } = useServerSubmit();
  const form = query.data;
  useEffect(() => {
    if (form) {
      setEntries(entriesOf(form));
    }
  }, [form]);

  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  if (!form) {
    return null;
  }
  const change = (code: string, patch: Partial<Entry>) => setEntries((e) => ({ ...e, [code]: { ...e[code], ...patch } }));
  const save = async () => {
    const scores = Object.entries(entries).filter(([, e]) => e.points !== '')
      .map(([indicator, e]) => ({ indicator, points: Number(e.points), evidence: e.evidence.trim() || null }));
    const saved = await run(() => saveClassificationScores(orgId, year, { scores }));
    if (saved) {
      notifications.show({ color: 'green', message: t('classification.saved', { total: points(saved.total), grade: saved.grade }) });
      onChanged();
    }
  };
  const th = form.thresholds;
  const thresholdText = th.grades.map((g) => t('classification.threshold', { grade: g.grade, points: points(g.minPoints) })).join('; ');

  return (
    <Paper withBorder radius="md" p="md" data-testid="classification">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={4}>{t('classification.title', { year })}</Title>
          <Text size="sm" c="dimmed">{form.scale.regulation}</Text>
        </div>
        {!form.scale.verified && <Badge color="orange" variant="light">{t('classification.unverified')}</Badge>}
      </Group>
      <Stack gap="xs">
        <Text size="sm" data-testid="classification-thresholds">
          {t('classification.thresholds')}: {thresholdText}
          {' — '}
          {th.setBy ? t('classification.setBy', { org: th.setBy.orgName, from: formatDate(th.setBy.validFrom), note: th.setBy.note })
            : t('classification.fromScale')}
        </Text>
        {formError && <Alert color="red" p="xs" data-testid="classification-error">{formError}</Alert>}
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('classification.indicator')}</Table.Th><Table.Th w={110}>{t('classification.points')}</Table.Th>
                <Table.Th w={260}>{t('classification.evidence')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.groups.map((g) => [
                <Table.Tr key={g.code} bg="var(--mantine-color-gray-0)">
                  <Table.Td colSpan={3} fw={600}>
                    {g.name} — {t('classification.groupPoints', { points: points(g.points), max: points(g.maxPoints) })}
                    {g.capped && <Text span c="orange" size="sm"> ({t('classification.capped')})</Text>}
                  </Table.Td>
                </Table.Tr>,
                ...g.indicators.map((i) => (
                  <Table.Tr key={i.code} data-testid={`indicator-${i.code}`}>
                    <Table.Td>
                      <Text size="sm">{i.code}. {i.text} <Text span c="dimmed">({t('classification.max', { max: points(i.maxPoints) })})</Text></Text>
                      {i.fact && <Text size="xs" c="blue">{t('classification.records')}: {i.fact.text}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <NumberInput size="xs" min={0} max={i.maxPoints} step={0.5} decimalScale={1} decimalSeparator="," readOnly={!mayWrite}
                        aria-label={t('classification.pointsOf', { code: i.code })} value={entries[i.code]?.points ?? ''}
                        onChange={(v) => change(i.code, { points: typeof v === 'number' ? v : '' })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" readOnly={!mayWrite} aria-label={t('classification.evidenceOf', { code: i.code })}
                        value={entries[i.code]?.evidence ?? ''} onChange={(e) => change(i.code, { evidence: e.currentTarget.value })} />
                    </Table.Td>
                  </Table.Tr>
                )),
              ])}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" data-testid="classification-result">
          <Text fw={600}>
            {t('classification.total', { total: points(form.total) })} → {form.grade}
            {form.selfGrade && <Text span c="dimmed" fw={400}> · {t('classification.selfGrade', { grade: form.selfGrade })}</Text>}
            {form.decidedGrade && form.decision && (
              <Text span c="green" fw={600}> · {t('classification.decided', {
                grade: form.decidedGrade, number: form.decision.number, issuer: form.decision.issuer, on: formatDate(form.decision.issuedOn),
              })}</Text>
            )}
          </Text>
          <Group gap="xs">
            {mayRecordDecision && (
              <ClassificationDecisionButton orgId={orgId} year={year} decisions={decisions} onDecided={onChanged} />
            )}
            {mayWrite && <Button onClick={() => void save()} loading={saving} data-testid="classification-save">{t('classification.save')}</Button>}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
