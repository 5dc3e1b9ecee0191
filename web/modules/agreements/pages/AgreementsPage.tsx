// /org/:orgId/agreements — thỏa ước lao động tập thể: the agreements with their legal checks and clauses, and the
// bargaining rounds; add, edit and delete for the committee; each agreement printable (.docx).
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { formatDate } from '../../../ui/format.ts';
import { AgreementCard } from '../components/AgreementCard.tsx';
import { AgreementModal } from '../components/AgreementModal.tsx';
import { RoundModal } from '../components/RoundModal.tsx';
import {
  agreementDocxPath, agreementsPath, deleteRecord, type AgreementsPageView, type AgreementView, type BargainingRoundView,
} from '../agreements.api.ts';

type Editing = { kind: 'agreement'; row: AgreementView | null } | { kind: 'round'; row: BargainingRoundView | null };

export function AgreementsPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const view = useApiQuery<AgreementsPageView>(agreementsPath(orgId));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'agreements.write');
  const [editing, setEditing] = useState<Editing | null>(null);
  const fail = (err: unknown) => notifications.show({ color: 'red', message: errorMessage(err, t) });
  const remove = async (resource: 'agreements' | 'bargaining-rounds', id: number) => {
    try {
      await deleteRecord(orgId, resource, id);
      notifications.show({ color: 'green', message: t('agreements.deleted') });
      view.reload();
    } catch (err) {
      fail(err);
    }
  };
  const saved = () => {
    setEditing(null);
    notifications.show({ color: 'green', message: t('agreements.saved') });
    view.reload();
  };
  const close = () => setEditing(null);
  const d = view.data;

  return (
    <>
      <PageHeader title={t('agreements.title')} subtitle={t('agreements.subtitle')} actions={mayWrite && (
        <Button onClick={() => setEditing({ kind: 'agreement', row: null })}>{t('agreements.add')}</Button>
      )} />
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : d && (
        <Stack gap="md">
          {d.agreements.length === 0 && <Text c="dimmed">{t('agreements.none')}</Text>}
          {d.agreements.map((a) => (
            <AgreementCard key={a.id} agreement={a} mayWrite={mayWrite} onEdit={() => setEditing({ kind: 'agreement', row: a })}
              onDelete={() => remove('agreements', a.id)}
              onPrint={() => downloadFile(agreementDocxPath(orgId, a.id), `thoa-uoc-${a.signedOn}.docx`).catch(fail)} />
          ))}
          <Paper withBorder radius="md" p="md" data-testid="bargaining-rounds">
            <Group justify="space-between" mb="xs">
              <Title order={4}>{t('agreements.rounds.section')}</Title>
              {mayWrite && <Button size="xs" onClick={() => setEditing({ kind: 'round', row: null })}>{t('agreements.rounds.add')}</Button>}
            </Group>
            {d.rounds.length === 0 ? <Text size="sm" c="dimmed">{t('agreements.none')}</Text> : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agreements.rounds.heldOn')}</Table.Th><Table.Th>{t('agreements.rounds.parties')}</Table.Th>
                    <Table.Th>{t('agreements.rounds.demands')}</Table.Th><Table.Th>{t('agreements.rounds.outcome')}</Table.Th>
                    {mayWrite && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.rounds.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDate(r.heldOn)}</Table.Td><Table.Td>{r.parties}</Table.Td><Table.Td>{r.demands}</Table.Td>
                      <Table.Td>{r.outcome ?? '—'}</Table.Td>
                      {mayWrite && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon variant="subtle" aria-label={t('agreements.edit')} onClick={() => setEditing({ kind: 'round', row: r })}><IconPencil size={16} /></ActionIcon>
                            <ConfirmAction message={t('agreements.confirmDelete')} confirmLabel={t('agreements.delete')} onConfirm={() => remove('bargaining-rounds', r.id)}>
                              <ActionIcon variant="subtle" color="red" aria-label={t('agreements.delete')}><IconTrash size={16} /></ActionIcon>
                            </ConfirmAction>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Stack>
      )}
      {editing?.kind === 'agreement' && <AgreementModal orgId={orgId} agreement={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'round' && <RoundModal orgId={orgId} round={editing.row} onClose={close} onSaved={saved} />}
    </>
  );
}
