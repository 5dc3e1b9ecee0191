// One meeting as a card (readable on a phone): its checks against NĐ 145/2020 and its issues with their follow-up.
import { ActionIcon, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import type { IssueView, MeetingView } from '../dialogue.api.ts';

interface Props {
  meeting: MeetingView; mayWrite: boolean; onEdit: () => void; onDelete: () => void;
  onAddIssue: () => void; onEditIssue: (issue: IssueView) => void; onDeleteIssue: (issue: IssueView) => void;
}

function Check({ ok, label }: { ok: boolean; label: string }) {
  return <Badge color={ok ? 'green' : 'red'} variant="light">{label}</Badge>;
}

export function MeetingCard({ meeting: m, mayWrite, onEdit, onDelete, onAddIssue, onEditIssue, onDeleteIssue }: Props) {
  const { t } = useTranslation();
  const c = m.checks;
  return (
    <Card withBorder data-testid="dialogue-meeting">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t(`dialogue.kind.${m.kind}`)} · {formatDate(m.heldOn)}</Text>
          {mayWrite && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={t('dialogue.edit')} onClick={onEdit}><IconPencil size={16} /></ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('dialogue.delete')} onClick={onDelete}><IconTrash size={16} /></ActionIcon>
            </Group>
          )}
        </Group>
        <Text size="sm">{t('dialogue.reps', { present: m.workerRepsPresent, expected: m.workerRepsExpected, headcount: m.headcount })}</Text>
        <Group gap={6}>
          <Check ok={c.repsEnough} label={t(c.repsEnough ? 'dialogue.check.repsOk' : 'dialogue.check.repsShort', { required: c.repsRequired })} />
          <Check ok={c.quorumMet} label={t(c.quorumMet ? 'dialogue.check.quorumOk' : 'dialogue.check.quorumShort')} />
          <Check ok={c.publishedInTime} label={c.publishedAfterWorkingDays === null ? t('dialogue.check.unpublished')
            : t(c.publishedInTime ? 'dialogue.check.publishedOk' : 'dialogue.check.publishedLate', { days: c.publishedAfterWorkingDays })} />
          {c.requestValid !== null && (
            <Check ok={c.requestValid} label={t(c.requestValid ? 'dialogue.check.requestOk' : 'dialogue.check.requestShort', { signed: m.requestingReps })} />
          )}
          {c.answeredInTime !== null && (
            <Check ok={c.answeredInTime} label={t(c.answeredInTime ? 'dialogue.check.answeredOk' : 'dialogue.check.answeredLate', { days: c.answeredAfterWorkingDays })} />
          )}
        </Group>
        {m.issues.map((i) => (
          <Card key={i.id} withBorder padding="xs" data-testid="dialogue-issue">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="sm">{i.issue}</Text>
                {i.employerAnswer && <Text size="xs" c="dimmed">{t('dialogue.issue.answer', { answer: i.employerAnswer })}</Text>}
                <Group gap={6}>
                  <Badge size="sm" color={i.status === 'resolved' ? 'green' : i.overdue ? 'red' : 'yellow'} variant="light">
                    {i.overdue ? t('dialogue.status.overdue') : t(`dialogue.status.${i.status}`)}
                  </Badge>
                  {i.owner && <Text size="xs">{i.owner}</Text>}
                  {i.dueOn && <Text size="xs">{t('dialogue.issue.due', { date: formatDate(i.dueOn) })}</Text>}
                </Group>
              </Stack>
              {mayWrite && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('dialogue.edit')} onClick={() => onEditIssue(i)}><IconPencil size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('dialogue.delete')} onClick={() => onDeleteIssue(i)}><IconTrash size={16} /></ActionIcon>
                </Group>
              )}
            </Group>
          </Card>
        ))}
        {mayWrite && (
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAddIssue} data-testid="dialogue-issue-add">{t('dialogue.issue.add')}</Button>
        )}
      </Stack>
    </Card>
  );
}
