// The list of members' periods out of something (miễn đóng đoàn phí, không tham gia quỹ) with, for those who may
// write, "Thêm", "Sửa / kết thúc" and "Xóa" (one entered by mistake); the modal does the editing.
import { ActionIcon, Alert, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { MemberPeriodModal, type MemberPeriod, type MemberPeriodValues } from './MemberPeriodModal.tsx';

/** 'YYYY-MM' → 'MM/YYYY'. */
const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

interface Props {
  title: string;
  empty: string;
  testId: string;
  periods: readonly MemberPeriod[];
  members: readonly { memberId: number; fullName: string; code: string }[];
  defaultFromMonth: string;
  reasons?: readonly { value: string; label: string }[];
  mayWrite: boolean;
  add: (values: MemberPeriodValues) => Promise<unknown>;
  correct: (id: number, values: MemberPeriodValues) => Promise<unknown>;
  remove: (id: number) => Promise<unknown>;
  onChanged: () => void;
}

export function MemberPeriodsCard({ title, empty, testId, periods, members, defaultFromMonth, reasons, mayWrite, add, correct, remove, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<MemberPeriod | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonLabel = (value: string | undefined) => reasons?.find((r) => r.value === value)?.label ?? '';

  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        {mayWrite && <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid={`${testId}-add`}>{t('periods.add')}</Button>}
      </Group>
      {error && <Alert color="red" p="xs" mb="xs">{error}</Alert>}
      {periods.length === 0 ? <Text size="sm" c="dimmed">{empty}</Text> : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periods.member')}</Table.Th>
                <Table.Th>{t('periods.months')}</Table.Th>
                {reasons && <Table.Th>{t('periods.reason')}</Table.Th>}
                <Table.Th>{t('periods.note')}</Table.Th>
                {mayWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.memberName}</Table.Td>
                  <Table.Td>{p.toMonth ? t('periods.fromTo', { from: monthText(p.fromMonth), to: monthText(p.toMonth) }) : t('periods.since', { from: monthText(p.fromMonth) })}</Table.Td>
                  {reasons && <Table.Td>{reasonLabel(p.reason)}</Table.Td>}
                  <Table.Td>{p.note}</Table.Td>
                  {mayWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('periods.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('periods.edit')} onClick={() => setEditing(p)}><IconPencil size={16} /></ActionIcon>
                        </Tooltip>
                        <ConfirmAction message={t('periods.removeConfirm', { name: p.memberName })} confirmLabel={t('periods.remove')}
                          onConfirm={async () => {
                            setError(null);
                            try {
                              await remove(p.id);
                              onChanged();
                            } catch (err) {
                              setError(errorMessage(err, t));
                            }
                          }}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('periods.remove')}><IconTrash size={16} /></ActionIcon>
                        </ConfirmAction>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <MemberPeriodModal title={title} members={members} period={editing === 'new' ? null : editing} defaultFromMonth={defaultFromMonth} reasons={reasons}
          save={(values) => (editing === 'new' ? add(values) : correct(editing.id, values))}
          onClose={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
      )}
    </Paper>
  );
}
