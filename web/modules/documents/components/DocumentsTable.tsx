// The register of directive documents: dates dd/mm/yyyy, the deadline in red when overdue, status badges, the file,
// and the actions of those who may write.
import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { formatDate } from '../../../ui/format.ts';
import { downloadAttachment, type DocumentView } from '../documents.api.ts';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';

interface Props {
  orgId: number;
  documents: DocumentView[];
  mayWrite: boolean;
  onEdit: (doc: DocumentView) => void;
  onDone: (doc: DocumentView) => void;
  onDelete: (doc: DocumentView) => Promise<void>;
}

export function DocumentsTable({ orgId, documents, mayWrite, onEdit, onDone, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="documents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.field.numberSymbol')}</Table.Th>
            <Table.Th>{t('documents.field.issuer')}</Table.Th>
            <Table.Th>{t('documents.field.receivedOn')}</Table.Th>
            <Table.Th>{t('documents.field.summary')}</Table.Th>
            <Table.Th>{t('documents.field.deadline')}</Table.Th>
            <Table.Th>{t('documents.field.assignee')}</Table.Th>
            <Table.Th>{t('documents.field.status')}</Table.Th>
            {mayWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id} data-testid={`document-${d.id}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600}>{d.numberSymbol}</Text>
                <Text size="xs" c="dimmed">{t('documents.issuedShort', { date: formatDate(d.issuedOn) })}</Text>
              </Table.Td>
              <Table.Td>{d.issuer}</Table.Td>
              <Table.Td>{formatDate(d.receivedOn)}</Table.Td>
              <Table.Td maw={360}>
                <Text size="sm">{d.summary}</Text>
                {d.attachment && (
                  <Anchor size="xs" component="button" type="button" data-testid="document-download" onClick={() => void downloadAttachment(orgId, d.attachment!.id, d.attachment!.fileName)}>
                    {d.attachment.fileName}
                  </Anchor>
                )}
                {d.note && <Text size="xs" c="dimmed">{d.note}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={d.overdue ? 'red' : undefined} fw={d.overdue ? 700 : undefined}>{formatDate(d.deadline)}</Text>
              </Table.Td>
              <Table.Td>{d.assigneeName ?? ''}</Table.Td>
              <Table.Td miw={130}>
                <DocumentStatusBadge doc={d} />
                {d.completedOn && <Text size="xs" c="dimmed">{formatDate(d.completedOn)}</Text>}
              </Table.Td>
              {mayWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {d.status !== 'done' && (
                      <Tooltip label={t('documents.markDone')}>
                        <ActionIcon variant="subtle" color="green" aria-label={t('documents.markDone')} data-testid="document-done" onClick={() => onDone(d)}><IconCheck size={16} /></ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={t('documents.edit')}>
                      <ActionIcon variant="subtle" aria-label={t('documents.edit')} onClick={() => onEdit(d)}><IconPencil size={16} /></ActionIcon>
                    </Tooltip>
                    <ConfirmAction message={t('documents.confirmDelete', { number: d.numberSymbol })} confirmLabel={t('documents.delete')} onConfirm={() => onDelete(d)}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('documents.delete')}><IconTrash size={16} /></ActionIcon>
                    </ConfirmAction>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
