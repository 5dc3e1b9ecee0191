// /org/:orgId/documents — văn bản chỉ đạo đến of a year: the register with its files, deadlines, assignees and
// statuses; the year's counts and on-time rate; overdue and due-soon documents.
import { Button, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconFileText } from '@tabler/icons-react';
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
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { StatCard } from '../../../ui/StatCard.tsx';
import { DocumentFormModal } from '../components/DocumentFormModal.tsx';
import { DocumentsTable } from '../components/DocumentsTable.tsx';
import { MarkDoneModal } from '../components/MarkDoneModal.tsx';
import { OnTimeRate } from '../components/OnTimeRate.tsx';
import {
  deleteDocument, documentStatus, documentSummaryPath, documentsPath, type DocumentListView, type DocumentStatus, type DocumentSummaryView,
  type DocumentView,
} from '../documents.api.ts';

export function DocumentsPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const list = useApiQuery<DocumentListView>(documentsPath(orgId, year, status));
  const summary = useApiQuery<DocumentSummaryView>(documentSummaryPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'documents.write');
  const [editing, setEditing] = useState<DocumentView | 'new' | null>(null);
  const [finishing, setFinishing] = useState<DocumentView | null>(null);
  const reload = () => {
    list.reload();
    summary.reload();
  };
  const remove = async (doc: DocumentView) => {
    try {
      await deleteDocument(orgId, doc.id);
      notifications.show({ color: 'green', message: t('documents.deleted') });
      reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const s = summary.data;

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        subtitle={t('documents.subtitle')}
        actions={(
          <>
            {mayWrite && <Button onClick={() => setEditing('new')} data-testid="document-add">{t('documents.add')}</Button>}
            <Select aria-label={t('documents.field.status')} placeholder={t('documents.allStatuses')} clearable w={170} value={status}
              data={documentStatus.options.map((v) => ({ value: v, label: t(`documents.status.${v}`) }))}
              onChange={(v) => setStatus(v as DocumentStatus | null)} data-testid="document-status-filter" />
            <NumberInput aria-label={t('documents.year')} value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          </>
        )}
      />
      <Stack gap="md">
        {summary.error ? <ErrorAlert error={summary.error} onRetry={summary.reload} /> : s && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard label={t('documents.stats.total')} value={s.total} icon={<IconFileText size={20} />} color="blue"
              hint={t('documents.stats.open', { pending: s.pending, inProgress: s.inProgress })} />
            <StatCard label={t('documents.stats.done')} value={s.done} icon={<IconCircleCheck size={20} />} color="green" />
            <Paper withBorder radius="md" p="md" data-testid="documents-rate">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('documents.stats.onTime')}</Text>
              <OnTimeRate summary={s} />
            </Paper>
          </SimpleGrid>
        )}
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : list.data && (
          list.data.documents.length === 0 ? <EmptyNotice messageKey="documents.none" /> : (
            <Paper withBorder radius="md" p="md">
              <DocumentsTable orgId={orgId} documents={list.data.documents} mayWrite={mayWrite}
                onEdit={setEditing} onDone={setFinishing} onDelete={remove} />
            </Paper>
          )
        )}
      </Stack>
      {editing && (
        <DocumentFormModal orgId={orgId} doc={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); reload(); }} />
      )}
      {finishing && <MarkDoneModal orgId={orgId} doc={finishing} onClose={() => setFinishing(null)} onSaved={() => { setFinishing(null); reload(); }} />}
    </>
  );
}
