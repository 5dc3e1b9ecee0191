// The inbox's deadline of the year: the one this level set for the unions under it (set, changed or removed by its
// officer), and the one that applies to it from a level above.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDue } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDeadlinesView } from '../../../../shared/contracts/reports.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { removeDeadline, setDeadline } from '../reports.api.ts';

interface Props {
  orgId: number;
  year: number;
  deadlines: ReportDeadlinesView;
  mayEdit: boolean;
  onChanged: () => void;
}

export function DeadlineCard({ orgId, year, deadlines, mayEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [dueOn, setDueOn] = useState<string | null>(deadlines.own?.dueOn ?? `${year}-12-15`);
  const { run, saving, formError, fieldErrors } = useServerSubmit();

  const save = async () => {
    if (!dueOn) {
      return;
    }
    if (await run(() => setDeadline(orgId, year, dueOn))) {
      notifications.show({ color: 'green', message: t('submissions.deadline.saved') });
      setEditing(false);
      onChanged();
    }
  };
  const remove = async () => {
    if (await run(() => removeDeadline(orgId, year))) {
      notifications.show({ color: 'green', message: t('submissions.deadline.removed') });
      onChanged();
    }
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="inbox-deadline">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={3} fz="md">
            {t('submissions.deadline.title', { year })}
          </Title>
          <Text size="sm" data-testid="inbox-deadline-own" data-due-on={deadlines.own?.dueOn ?? ''}>
            {deadlines.own ? t('submissions.deadline.own', { date: formatDate(deadlines.own.dueOn) }) : t('submissions.deadline.none')}
          </Text>
          {deadlines.applies && (
            <Text size="sm" c="dimmed">
              {t('submissions.deadline.inherited', { org: deadlines.applies.setByOrgName, date: formatDate(deadlines.applies.dueOn) })}
            </Text>
          )}
        </Stack>
        {mayEdit && !editing && (
          <Group gap="xs">
            <Button size="xs" leftSection={<IconCalendarDue size={14} />} onClick={() => setEditing(true)} data-testid="deadline-edit">
              {deadlines.own ? t('submissions.deadline.change') : t('submissions.deadline.set')}
            </Button>
            {deadlines.own && (
              <Button size="xs" variant="default" loading={saving} onClick={() => void remove()} data-testid="deadline-remove">
                {t('submissions.deadline.remove')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!editing && formError && (
        <Text size="sm" c="red" mt="xs">
          {formError}
        </Text>
      )}
      {editing && (
        <Group align="flex-end" gap="xs" mt="sm">
          <DateField
            label={t('submissions.deadline.dueOn')}
            value={dueOn}
            onChange={(value) => setDueOn(value)}
            error={fieldErrors.dueOn ?? formError ?? undefined}
            w={200}
            data-testid="deadline-date"
          />
          <Button loading={saving} disabled={!dueOn} onClick={() => void save()} data-testid="deadline-save">
            {t('submissions.deadline.save')}
          </Button>
          <Button variant="default" onClick={() => setEditing(false)} disabled={saving}>
            {t('submissions.returnDialog.cancel')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
