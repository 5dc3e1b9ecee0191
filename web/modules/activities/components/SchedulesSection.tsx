// Lịch định kỳ: the union's recurring schedules, each with "tạo các buổi của năm" (safe to run again).
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { deleteSchedule, generateSchedule, schedulesPath, type ActivityKindView, type ScheduleView } from '../activities.api.ts';
import { ScheduleFormModal } from './ScheduleFormModal.tsx';

interface Props { orgId: number; year: number; kinds: ActivityKindView[]; mayWrite: boolean; onGenerated: () => void }

export function SchedulesSection({ orgId, year, kinds, mayWrite, onGenerated }: Props) {
  const { t } = useTranslation();
  const query = useApiQuery<ScheduleView[]>(schedulesPath(orgId));
  const [editing, setEditing] = useState<ScheduleView | null | undefined>(undefined);
  const rule = (s: ScheduleView) => (s.recurrence === 'weekly'
    ? t('activities.schedules.everyWeekday', { day: t(`activities.weekday.${s.weekday}`) })
    : t('activities.schedules.everyMonthDay', { day: s.monthDay }));
  const act = async (action: () => Promise<unknown>, message: (r: unknown) => string) => {
    try {
      const r = await action();
      notifications.show({ color: 'green', message: message(r) });
      query.reload();
      onGenerated();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };

  return (
    <Stack gap="sm" data-testid="schedules">
      {mayWrite && <Group><Button onClick={() => setEditing(null)} data-testid="schedule-add">{t('activities.schedules.add')}</Button></Group>}
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : (
        <Paper withBorder radius="md" p="md">
          {(query.data ?? []).length === 0 ? <Text c="dimmed">{t('activities.schedules.none')}</Text> : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Tbody>
                  {(query.data ?? []).map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td><Text fw={500}>{s.title}</Text><Text size="xs" c="dimmed">{s.kindName}</Text></Table.Td>
                      <Table.Td>{rule(s)}{s.startTime ? `, ${s.startTime}` : ''}</Table.Td>
                      <Table.Td>{formatDateVi(s.validFrom)} – {s.validTo ? formatDateVi(s.validTo) : '…'}</Table.Td>
                      <Table.Td>
                        {mayWrite && (
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button size="compact-xs" onClick={() => void act(() => generateSchedule(orgId, s.id, year),
                              (r) => t('activities.schedules.generated', { created: (r as { created: number }).created, year }))}>
                              {t('activities.schedules.generate', { year })}
                            </Button>
                            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>{t('activities.edit')}</Button>
                            <ConfirmAction message={t('activities.schedules.confirmDelete')} confirmLabel={t('activities.schedules.delete')}
                              onConfirm={() => void act(() => deleteSchedule(orgId, s.id), () => t('activities.schedules.deleted'))}>
                              <Button size="compact-xs" variant="subtle" color="red">{t('activities.schedules.delete')}</Button>
                            </ConfirmAction>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      )}
      {editing !== undefined && (
        <ScheduleFormModal orgId={orgId} kinds={kinds} schedule={editing} onClose={() => setEditing(undefined)}
          onSaved={() => { setEditing(undefined); query.reload(); }} />
      )}
    </Stack>
  );
}
