// /org/:orgId/workforce — lao động, việc làm of a year: the figures at each date (as the employer gives them, or
// imported from its Excel), with the members' coverage of the workforce computed.
import { Button, NumberInput, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
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
import { WorkforceFormModal } from '../components/WorkforceFormModal.tsx';
import { WorkforceImportModal } from '../components/WorkforceImportModal.tsx';
import { WorkforceTable } from '../components/WorkforceTable.tsx';
import { StatisticalFormCard } from '../../statistical-form/components/StatisticalFormCard.tsx';
import { deleteWorkforce, workforcePath, type WorkforceListView, type WorkforceView } from '../workforce.api.ts';

export function WorkforcePage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const list = useApiQuery<WorkforceListView>(workforcePath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'workforce.write');
  const [editing, setEditing] = useState<WorkforceView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const remove = async (f: WorkforceView) => {
    try {
      await deleteWorkforce(orgId, f.id);
      notifications.show({ color: 'green', message: t('workforce.deleted') });
      list.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };

  return (
    <>
      <PageHeader
        title={t('workforce.title')}
        subtitle={t('workforce.subtitle')}
        actions={(
          <>
            {mayWrite && <Button onClick={() => setEditing('new')} data-testid="workforce-add">{t('workforce.add')}</Button>}
            {mayWrite && (
              <Button variant="light" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setImporting(true)} data-testid="workforce-import-open">
                {t('workforce.import.open')}
              </Button>
            )}
            <NumberInput aria-label={t('workforce.year')} value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          </>
        )}
      />
      <Stack gap="md">
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : list.data && (
          list.data.figures.length === 0 ? <EmptyNotice messageKey="workforce.none" /> : (
            <Paper withBorder radius="md" p="md">
              <WorkforceTable figures={list.data.figures} mayWrite={mayWrite} onEdit={setEditing} onDelete={remove} />
            </Paper>
          )
        )}
        <StatisticalFormCard orgId={orgId} />
      </Stack>
      {editing && (
        <WorkforceFormModal orgId={orgId} figures={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); list.reload(); }} />
      )}
      {importing && <WorkforceImportModal orgId={orgId} onClose={() => setImporting(false)} onImported={() => { setImporting(false); list.reload(); }} />}
    </>
  );
}
