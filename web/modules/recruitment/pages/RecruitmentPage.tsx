// /org/:orgId/recruitment — phát triển đoàn viên of a year: the target and what was admitted against it, admissions
// month by month (from the member records), and the workers not yet in the union the committee reaches out to.
import { Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { AdmissionsByMonth } from '../components/AdmissionsByMonth.tsx';
import { JoinedModal } from '../components/JoinedModal.tsx';
import { ProspectModal } from '../components/ProspectModal.tsx';
import { ProspectsTable } from '../components/ProspectsTable.tsx';
import { TargetCard } from '../components/TargetCard.tsx';
import { TargetModal } from '../components/TargetModal.tsx';
import { WithdrawalModal } from '../components/WithdrawalModal.tsx';
import {
  deleteProspect, prospectsPath, recruitmentYearPath, type ProspectListView, type ProspectView, type RecruitmentYearView,
} from '../recruitment.api.ts';

type Editing =
  | { kind: 'target' } | { kind: 'prospect'; row: ProspectView | null } | { kind: 'joined'; row: ProspectView } | { kind: 'withdrawal'; row: ProspectView };

export function RecruitmentPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const view = useApiQuery<RecruitmentYearView>(recruitmentYearPath(orgId, year));
  const list = useApiQuery<ProspectListView>(prospectsPath(orgId));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'recruitment.write');
  const [editing, setEditing] = useState<Editing | null>(null);
  const reload = () => {
    view.reload();
    list.reload();
  };
  const saved = () => {
    setEditing(null);
    notifications.show({ color: 'green', message: t('recruitment.saved') });
    reload();
  };
  const remove = async (row: ProspectView) => {
    try {
      await deleteProspect(orgId, row.id);
      notifications.show({ color: 'green', message: t('recruitment.deleted') });
      reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const close = () => setEditing(null);
  const d = view.data;
  const counts = d?.prospectsByStatus;

  return (
    <>
      <PageHeader title={t('recruitment.title')} subtitle={t('recruitment.subtitle')} actions={(
        <NumberInput aria-label={t('recruitment.year')} value={year} min={1990} max={2100} w={110}
          onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
      )} />
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : d && counts && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap="md">
              <TargetCard view={d} mayWrite={mayWrite} onEdit={() => setEditing({ kind: 'target' })} />
              <Group gap="lg" wrap="wrap" data-testid="recruitment-status-counts">
                {(['new', 'contacted', 'joined', 'declined', 'withdrawn'] as const).map((s) => (
                  <Text key={s} size="sm"><b>{formatNumber(counts[s])}</b> {t(`recruitment.status.${s}`).toLowerCase()}</Text>
                ))}
              </Group>
            </Stack>
            <AdmissionsByMonth months={d.admittedByMonth} />
          </SimpleGrid>
          {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : list.data && (
            <ProspectsTable prospects={list.data.prospects} mayWrite={mayWrite} onAdd={() => setEditing({ kind: 'prospect', row: null })}
              onEdit={(row) => setEditing({ kind: 'prospect', row })} onJoined={(row) => setEditing({ kind: 'joined', row })}
              onWithdraw={(row) => setEditing({ kind: 'withdrawal', row })} onDelete={remove} />
          )}
        </Stack>
      )}
      {editing?.kind === 'target' && d && <TargetModal orgId={orgId} year={year} target={d.target} onClose={close} onSaved={saved} />}
      {editing?.kind === 'prospect' && <ProspectModal orgId={orgId} prospect={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'joined' && <JoinedModal orgId={orgId} prospect={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'withdrawal' && <WithdrawalModal orgId={orgId} prospect={editing.row} onClose={close} onSaved={saved} />}
    </>
  );
}
