// /org/:orgId/safety — an toàn lao động, tranh chấp of a year: the safety network (an toàn vệ sinh viên), inspections,
// work accidents with the support paid, and labour disputes; each with add, edit and delete for the committee.
import { Badge, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { AccidentModal } from '../components/AccidentModal.tsx';
import { DisputeModal } from '../components/DisputeModal.tsx';
import { InspectionModal } from '../components/InspectionModal.tsx';
import { OfficerModal } from '../components/OfficerModal.tsx';
import { RecordSection } from '../components/RecordSection.tsx';
import {
  deleteSafetyRecord, safetyYearPath, type LabourDisputeView, type SafetyInspectionView, type SafetyOfficerView, type SafetyRecordPath,
  type SafetyYearView, type WorkAccidentView,
} from '../safety.api.ts';

type Editing =
  | { kind: 'officer'; row: SafetyOfficerView | null } | { kind: 'inspection'; row: SafetyInspectionView | null }
  | { kind: 'accident'; row: WorkAccidentView | null } | { kind: 'dispute'; row: LabourDisputeView | null };

export function SafetyPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const view = useApiQuery<SafetyYearView>(safetyYearPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'safety.write');
  const [editing, setEditing] = useState<Editing | null>(null);
  const remove = (path: SafetyRecordPath) => async (row: { id: number }) => {
    try {
      await deleteSafetyRecord(orgId, path, row.id);
      notifications.show({ color: 'green', message: t('safety.deleted') });
      view.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const saved = () => {
    setEditing(null);
    notifications.show({ color: 'green', message: t('safety.saved') });
    view.reload();
  };
  const close = () => setEditing(null);
  const d = view.data;

  return (
    <>
      <PageHeader title={t('safety.title')} subtitle={t('safety.subtitle')} actions={(
        <NumberInput aria-label={t('safety.year')} value={year} min={1990} max={2100} w={110}
          onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
      )} />
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : d && (
        <Stack gap="md">
          <RecordSection title={t('safety.officers.section')} rows={d.officers} mayWrite={mayWrite} testId="safety-officers"
            onAdd={() => setEditing({ kind: 'officer', row: null })} onEdit={(row) => setEditing({ kind: 'officer', row })} onDelete={remove('safety/officers')}
            columns={[
              { label: t('safety.officers.member'), cell: (r) => r.memberName },
              { label: t('safety.officers.area'), cell: (r) => r.area },
              { label: t('safety.officers.appointedOn'), cell: (r) => formatDate(r.appointedOn) },
              { label: t('safety.officers.endedOn'), cell: (r) => (r.endedOn ? formatDate(r.endedOn) : <Badge color="green" variant="light">{t('safety.active')}</Badge>) },
            ]} />
          <RecordSection title={t('safety.inspections.section')} rows={d.inspections} mayWrite={mayWrite} testId="safety-inspections"
            onAdd={() => setEditing({ kind: 'inspection', row: null })} onEdit={(row) => setEditing({ kind: 'inspection', row })} onDelete={remove('safety/inspections')}
            columns={[
              { label: t('safety.inspections.inspectedOn'), cell: (r) => formatDate(r.inspectedOn) },
              { label: t('safety.inspections.area'), cell: (r) => r.area },
              { label: t('safety.inspections.findings'), cell: (r) => r.findings },
              { label: t('safety.inspections.hazardsFound'), cell: (r) => formatNumber(r.hazardsFound) },
              { label: t('safety.inspections.doneOn'), cell: (r) => (r.doneOn ? formatDate(r.doneOn) : t('safety.pending')) },
            ]} />
          <RecordSection title={t('safety.accidents.section')} rows={d.accidents} mayWrite={mayWrite} testId="safety-accidents"
            onAdd={() => setEditing({ kind: 'accident', row: null })} onEdit={(row) => setEditing({ kind: 'accident', row })} onDelete={remove('safety/accidents')}
            columns={[
              { label: t('safety.accidents.occurredOn'), cell: (r) => formatDate(r.occurredOn) },
              { label: t('safety.accidents.personName'), cell: (r) => r.personName },
              { label: t('safety.accidents.severity'), cell: (r) => t(`safety.severity.${r.severity}`) },
              { label: t('safety.accidents.cause'), cell: (r) => r.cause },
              { label: t('safety.accidents.daysLost'), cell: (r) => formatNumber(r.daysLost) },
              { label: t('safety.accidents.supportPaid'), cell: (r) => (r.welfareEventId ? formatDong(r.supportPaid) : '—') },
            ]} />
          <RecordSection title={t('safety.disputes.section')} rows={d.disputes} mayWrite={mayWrite} testId="safety-disputes"
            onAdd={() => setEditing({ kind: 'dispute', row: null })} onEdit={(row) => setEditing({ kind: 'dispute', row })} onDelete={remove('disputes')}
            columns={[
              { label: t('safety.disputes.startedOn'), cell: (r) => formatDate(r.startedOn) },
              { label: t('safety.disputes.kind'), cell: (r) => `${t(`safety.kind.${r.kind}`)}${r.stoppage ? ` · ${t('safety.disputes.stoppage')}` : ''}` },
              { label: t('safety.disputes.workers'), cell: (r) => formatNumber(r.workersInvolved) },
              { label: t('safety.disputes.demands'), cell: (r) => r.demands },
              { label: t('safety.disputes.resolution'), cell: (r) => r.resolution ?? '—' },
              { label: t('safety.disputes.status'), cell: (r) => t(`safety.status.${r.status}`) },
            ]} />
        </Stack>
      )}
      {editing?.kind === 'officer' && <OfficerModal orgId={orgId} officer={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'inspection' && <InspectionModal orgId={orgId} inspection={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'accident' && <AccidentModal orgId={orgId} year={year} accident={editing.row} onClose={close} onSaved={saved} />}
      {editing?.kind === 'dispute' && <DisputeModal orgId={orgId} dispute={editing.row} onClose={close} onSaved={saved} />}
    </>
  );
}
