// The workers reached out to: name, team, phone, consent, status, last contact; per row a menu (edit, joined,
// consent withdrawn, delete) for the committee. A withdrawn row shows only that it was withdrawn: nothing is left.
import { ActionIcon, Badge, Button, Group, Menu, Paper, Table, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconTrash, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { ProspectStatus, ProspectView } from '../recruitment.api.ts';

interface Props {
  prospects: ProspectView[]; mayWrite: boolean;
  onAdd: () => void; onEdit: (p: ProspectView) => void; onJoined: (p: ProspectView) => void; onWithdraw: (p: ProspectView) => void;
  onDelete: (p: ProspectView) => Promise<void>;
}

const statusColor: Record<ProspectStatus, string> = { new: 'gray', contacted: 'blue', joined: 'green', declined: 'orange' };

export function ProspectsTable({ prospects, mayWrite, onAdd, onEdit, onJoined, onWithdraw, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="recruitment-prospects">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4}>{t('recruitment.prospects.section')}</Title>
        {mayWrite && <Button size="xs" onClick={onAdd} data-testid="prospect-add">{t('recruitment.add')}</Button>}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">{t('recruitment.prospects.privacy')}</Text>
      {prospects.length === 0 ? <Text size="sm" c="dimmed">{t('recruitment.none')}</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recruitment.prospect.fullName')}</Table.Th>
                <Table.Th>{t('recruitment.prospect.team')}</Table.Th>
                <Table.Th>{t('recruitment.prospect.phone')}</Table.Th>
                <Table.Th>{t('recruitment.prospect.consentOn')}</Table.Th>
                <Table.Th>{t('recruitment.prospect.status')}</Table.Th>
                <Table.Th>{t('recruitment.prospect.lastContactOn')}</Table.Th>
                {mayWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {prospects.map((p) => {
                const withdrawn = p.consentWithdrawnOn !== null;
                return (
                  <Table.Tr key={p.id} data-testid={`prospect-${p.id}`}>
                    <Table.Td>
                      {withdrawn ? <Text size="sm" c="dimmed" fs="italic">{t('recruitment.prospects.erased')}</Text> : p.fullName}
                      {p.note && <Text size="xs" c="dimmed">{p.note}</Text>}
                    </Table.Td>
                    <Table.Td>{p.team}</Table.Td>
                    <Table.Td>{p.phone ?? '—'}</Table.Td>
                    <Table.Td>
                      {formatDate(p.consentOn)}
                      {withdrawn && <Text size="xs" c="red">{t('recruitment.prospects.withdrawnOn', { date: formatDate(p.consentWithdrawnOn) })}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={statusColor[p.status]}>{t(`recruitment.status.${p.status}`)}</Badge>
                      {p.memberName && <Text size="xs" c="dimmed">{p.memberName}</Text>}
                    </Table.Td>
                    <Table.Td>{p.lastContactOn ? formatDate(p.lastContactOn) : '—'}</Table.Td>
                    {mayWrite && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {!withdrawn && (
                            <Menu position="bottom-end" withinPortal>
                              <Menu.Target>
                                <ActionIcon variant="subtle" aria-label={t('recruitment.actions')} data-testid="prospect-actions"><IconDots size={16} /></ActionIcon>
                              </Menu.Target>
                              <Menu.Dropdown>
                                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(p)}>{t('recruitment.edit')}</Menu.Item>
                                {p.status !== 'joined' && (
                                  <Menu.Item leftSection={<IconUserCheck size={14} />} onClick={() => onJoined(p)}>{t('recruitment.joined.action')}</Menu.Item>
                                )}
                                <Menu.Item leftSection={<IconUserOff size={14} />} color="orange" onClick={() => onWithdraw(p)} data-testid="prospect-withdraw">
                                  {t('recruitment.withdrawal.action')}
                                </Menu.Item>
                              </Menu.Dropdown>
                            </Menu>
                          )}
                          <ConfirmAction message={t('recruitment.confirmDelete')} confirmLabel={t('recruitment.delete')} onConfirm={() => onDelete(p)}>
                            <ActionIcon variant="subtle" color="red" aria-label={t('recruitment.delete')}><IconTrash size={16} /></ActionIcon>
                          </ConfirmAction>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
