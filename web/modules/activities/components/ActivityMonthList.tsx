// The year's activities by month (a calendar to read on any screen): date, kind, title, attendance, and the actions.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import type { ActivityView } from '../activities.api.ts';

interface Props { orgId: number; activities: ActivityView[]; mayWrite: boolean; onEdit: (a: ActivityView) => void; onCancel: (a: ActivityView, cancelled: boolean) => void }

export function ActivityMonthList({ orgId, activities, mayWrite, onEdit, onCancel }: Props) {
  const { t } = useTranslation();
  const months = new Map<string, ActivityView[]>();
  for (const a of activities) {
    const m = a.heldOn.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), a]);
  }
  if (activities.length === 0) {
    return <Text c="dimmed">{t('activities.none')}</Text>;
  }
  return (
    <Stack gap="md" data-testid="activity-months">
      {[...months].map(([month, list]) => (
        <Paper key={month} withBorder radius="md" p="md">
          <Title order={5} mb="xs">{t('activities.month', { month: Number(month.slice(5, 7)), year: month.slice(0, 4) })}</Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id} data-testid={`activity-${a.id}`} opacity={a.cancelled ? 0.6 : 1}>
                    <Table.Td w={110}>{formatDateVi(a.heldOn)}{a.startTime ? <Text size="xs" c="dimmed">{a.startTime}</Text> : null}</Table.Td>
                    <Table.Td>
                      <Text fw={500} td={a.cancelled ? 'line-through' : undefined}>{a.title}</Text>
                      <Text size="xs" c="dimmed">{a.kindName}{a.place ? ` · ${a.place}` : ''}{a.audience !== 'union' ? ` · ${t(`activities.audience.${a.audience}`)}` : ''}</Text>
                    </Table.Td>
                    <Table.Td w={170}>
                      {a.cancelled ? <Badge color="gray">{t('activities.cancelled')}</Badge>
                        : a.attendanceTaken ? <Text size="sm">{t('activities.counts', { present: a.present, total: a.present + a.excused + a.absent })}</Text>
                          : <Text size="sm" c="dimmed">{t('activities.notTaken')}</Text>}
                    </Table.Td>
                    <Table.Td w={260}>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {!a.cancelled && (
                          <Anchor component={Link} to={`/org/${orgId}/activities/${a.id}/attendance`} size="sm" data-testid={`attendance-link-${a.id}`}>
                            {t('activities.takeAttendance')}
                          </Anchor>
                        )}
                        {mayWrite && <Button size="compact-xs" variant="subtle" onClick={() => onEdit(a)}>{t('activities.edit')}</Button>}
                        {mayWrite && !a.attendanceTaken && (
                          <Button size="compact-xs" variant="subtle" color={a.cancelled ? 'blue' : 'red'} onClick={() => onCancel(a, !a.cancelled)}>
                            {a.cancelled ? t('activities.restore') : t('activities.cancel')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
}
