// /org/:orgId/plan — kế hoạch, chỉ tiêu of a year: each target with its measure, its target value, the actual
// computed live from the records (or read by hand with evidence), its status and its progress through the year.
import { ActionIcon, Anchor, Button, Group, Menu, NumberInput, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ReadingModal } from '../components/ReadingModal.tsx';
import { TargetFormModal } from '../components/TargetFormModal.tsx';
import { TargetProgress } from '../components/TargetProgress.tsx';
import { TargetStatusBadge } from '../components/TargetStatusBadge.tsx';
import {
  deleteReading, deleteTarget, downloadAttachment, formatPlanTarget, formatPlanValue, importTargets, planPath, reorderTargets,
  type PlanView, type TargetView,
} from '../plans.api.ts';

export function PlanPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const plan = useApiQuery<PlanView>(planPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'plans.write');
  const [editing, setEditing] = useState<TargetView | 'new' | null>(null);
  const [reading, setReading] = useState<TargetView | null>(null);

  const act = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message });
      plan.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const p = plan.data;
  const move = (index: number, by: number) => {
    if (!p) {
      return;
    }
    const ids = p.targets.map((x) => x.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    void act(() => reorderTargets(orgId, year, ids), t('plans.reordered'));
  };
  const paramsText = (x: TargetView) => [
    x.params.title ? t(`plans.titles.${x.params.title}`) : null,
    x.params.category ? p?.categories.find((c) => c.code === x.params.category)?.name ?? x.params.category : null,
    x.params.kind ? p?.kinds.find((k) => k.code === x.params.kind)?.name ?? x.params.kind : null,
  ].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        title={t('plans.heading')}
        subtitle={t('plans.subtitle')}
        actions={(
          <>
            {mayWrite && <Button onClick={() => setEditing('new')} data-testid="target-add">{t('plans.add')}</Button>}
            {mayWrite && p && p.movements.some((m) => m.targets.length > 0) && (
              <Menu>
                <Menu.Target><Button variant="default" data-testid="target-import">{t('plans.import')}</Button></Menu.Target>
                <Menu.Dropdown>
                  {p.movements.filter((m) => m.targets.length > 0).map((m) => (
                    <Menu.Item key={m.id} onClick={() => void act(() => importTargets(orgId, year, m.id), t('plans.imported'))}>
                      {m.name} ({m.targets.length})
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            <NumberInput aria-label={t('plans.year')} value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} data-testid="plan-year" />
          </>
        )}
      />
      <Stack gap="md">
        {plan.error ? <ErrorAlert error={plan.error} onRetry={plan.reload} /> : p && (
          p.targets.length === 0 ? <EmptyNotice messageKey="plans.none" /> : (
            <Paper withBorder radius="md" p="md">
              <Text size="sm" c="dimmed" mb="xs">{t('plans.asOf', { date: formatDate(p.asOf) })}</Text>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" data-testid="plan-targets">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>{t('plans.field.statement')}</Table.Th>
                      <Table.Th>{t('plans.field.measure')}</Table.Th>
                      <Table.Th>{t('plans.field.target')}</Table.Th>
                      <Table.Th>{t('plans.field.actual')}</Table.Th>
                      <Table.Th>{t('plans.field.status')}</Table.Th>
                      {mayWrite && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.targets.map((x, i) => (
                      <Table.Tr key={x.id} data-testid="plan-target">
                        <Table.Td>{i + 1}</Table.Td>
                        <Table.Td maw={360}>
                          <Text size="sm">{x.text}</Text>
                          {x.movementName && <Text size="xs" c="dimmed">{x.movementName}</Text>}
                          {x.readings.map((r) => (
                            <Group key={r.id} gap={4} wrap="nowrap">
                              <Text size="xs" c="dimmed">
                                {formatDate(r.recordedOn)}: {formatPlanValue(x.unit, r.value)} — {r.evidence}
                              </Text>
                              {r.attachment && (
                                <Anchor size="xs" component="button" type="button" onClick={() => void downloadAttachment(orgId, r.attachment!.id, r.attachment!.fileName)}>
                                  {r.attachment.fileName}
                                </Anchor>
                              )}
                              {mayWrite && (
                                <Anchor size="xs" c="red" component="button" type="button"
                                  onClick={() => void act(() => deleteReading(orgId, year, x.id, r.id), t('plans.reading.deleted'))}>
                                  {t('plans.reading.delete')}
                                </Anchor>
                              )}
                            </Group>
                          ))}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`plans.measure.${x.measure}`)}</Text>
                          <Text size="xs" c="dimmed">{paramsText(x)}</Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {x.measure === 'manual' && x.targetMin === 0 && x.targetMax === null ? <Text size="sm" c="dimmed">{t('plans.unset')}</Text>
                            : <Text size="sm">{formatPlanTarget(x)}{x.lowerIsBetter ? ` (${t('plans.lowerBetter')})` : ''}</Text>}
                        </Table.Td>
                        <Table.Td><TargetProgress target={x} /></Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}><TargetStatusBadge status={x.status} /></Table.Td>
                        {mayWrite && (
                          <Table.Td>
                            <Group gap={2} wrap="nowrap">
                              <Tooltip label={t('plans.up')}><ActionIcon variant="subtle" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('plans.up')}><IconArrowUp size={16} /></ActionIcon></Tooltip>
                              <Tooltip label={t('plans.down')}><ActionIcon variant="subtle" disabled={i === p.targets.length - 1} onClick={() => move(i, 1)} aria-label={t('plans.down')}><IconArrowDown size={16} /></ActionIcon></Tooltip>
                              <Menu>
                                <Menu.Target><ActionIcon variant="subtle" aria-label={t('plans.actions')} data-testid="target-menu"><IconDots size={16} /></ActionIcon></Menu.Target>
                                <Menu.Dropdown>
                                  <Menu.Item onClick={() => setEditing(x)}>{t('plans.edit')}</Menu.Item>
                                  {x.measure === 'manual' && <Menu.Item onClick={() => setReading(x)} data-testid="target-reading">{t('plans.reading.title')}</Menu.Item>}
                                  <Menu.Item color="red" onClick={() => void act(() => deleteTarget(orgId, year, x.id), t('plans.deleted'))}>{t('plans.delete')}</Menu.Item>
                                </Menu.Dropdown>
                              </Menu>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        )}
      </Stack>
      {editing && p && (
        <TargetFormModal orgId={orgId} plan={p} target={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); plan.reload(); }} />
      )}
      {reading && <ReadingModal orgId={orgId} year={year} target={reading} onClose={() => setReading(null)} onSaved={() => { setReading(null); plan.reload(); }} />}
    </>
  );
}
