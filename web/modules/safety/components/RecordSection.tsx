// One section of the page: its title and add button, then a table of its records with edit and delete per row.
import { ActionIcon, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';

export interface Column<R> { label: string; cell: (r: R) => ReactNode }
interface Props<R extends { id: number }> {
  title: string; rows: R[]; columns: Column<R>[]; mayWrite: boolean; testId: string;
  onAdd: () => void; onEdit: (r: R) => void; onDelete: (r: R) => Promise<void>;
}

export function RecordSection<R extends { id: number }>({ title, rows, columns, mayWrite, testId, onAdd, onEdit, onDelete }: Props<R>) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        {mayWrite && <Button size="xs" onClick={onAdd}>{t('safety.add')}</Button>}
      </Group>
      {rows.length === 0 ? <Text size="sm" c="dimmed">{t('safety.none')}</Text> : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => <Table.Th key={c.label}>{c.label}</Table.Th>)}
                {mayWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  {columns.map((c) => <Table.Td key={c.label}>{c.cell(r)}</Table.Td>)}
                  {mayWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t('safety.edit')} onClick={() => onEdit(r)}><IconPencil size={16} /></ActionIcon>
                        <ConfirmAction message={t('safety.confirmDelete')} confirmLabel={t('safety.delete')} onConfirm={() => onDelete(r)}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('safety.delete')}><IconTrash size={16} /></ActionIcon>
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
    </Paper>
  );
}
