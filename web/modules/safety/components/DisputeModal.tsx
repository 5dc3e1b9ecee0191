// Ghi / sửa một vụ tranh chấp lao động: dates, kind, stoppage (ngừng việc tập thể), workers involved, demands, what the
// union did, how it ended.
import { Checkbox, NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { disputeKind, disputeStatus, saveSafetyRecord, type LabourDisputeView } from '../safety.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; dispute: LabourDisputeView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function DisputeModal({ orgId, dispute, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [startedOn, setStartedOn] = useState<string | null>(dispute?.startedOn ?? null);
  const [endedOn, setEndedOn] = useState<string | null>(dispute?.endedOn ?? null);
  const [kind, setKind] = useState<string>(dispute?.kind ?? 'individual');
  const [stoppage, setStoppage] = useState(dispute?.stoppage ?? false);
  const [workers, setWorkers] = useState<number>(dispute?.workersInvolved ?? 1);
  const [demands, setDemands] = useState(dispute?.demands ?? '');
  const [unionRole, setUnionRole] = useState(dispute?.unionRole ?? '');
  const [resolution, setResolution] = useState(dispute?.resolution ?? '');
  const [status, setStatus] = useState<string>(dispute?.status ?? 'open');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    const collective = kind === 'collective';
    const body = {
      startedOn: startedOn ?? '', endedOn: status === 'resolved' ? endedOn : null, kind, stoppage: collective && stoppage,
      workersInvolved: collective ? workers : 1, demands: demands.trim(), unionRole: unionRole.trim() || null, resolution: resolution.trim() || null, status,
    };
    if (await run(() => saveSafetyRecord(orgId, 'disputes', dispute?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('safety.disputes.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField required label={t('safety.disputes.startedOn')} value={startedOn} onChange={(v) => setStartedOn(dateOf(v))} error={fieldErrors.startedOn} />
        <Select required label={t('safety.disputes.kind')} value={kind} allowDeselect={false} onChange={(v) => v && setKind(v)}
          data={disputeKind.options.map((k) => ({ value: k, label: t(`safety.kind.${k}`) }))} error={fieldErrors.kind} />
        {kind === 'collective' && (
          <NumberInput required label={t('safety.disputes.workers')} min={1} value={workers} onChange={(v) => setWorkers(Number(v) || 1)} error={fieldErrors.workersInvolved} />
        )}
        {kind === 'collective' && (
          <Checkbox mt="lg" label={t('safety.disputes.stoppage')} checked={stoppage} onChange={(e) => setStoppage(e.currentTarget.checked)} error={fieldErrors.stoppage} />
        )}
        <Select required label={t('safety.disputes.status')} value={status} allowDeselect={false} onChange={(v) => v && setStatus(v)}
          data={disputeStatus.options.map((s) => ({ value: s, label: t(`safety.status.${s}`) }))} error={fieldErrors.status} />
        {status === 'resolved' && (
          <DateField required label={t('safety.disputes.endedOn')} value={endedOn} onChange={(v) => setEndedOn(dateOf(v))} error={fieldErrors.endedOn} />
        )}
      </SimpleGrid>
      <Textarea required autosize label={t('safety.disputes.demands')} value={demands} onChange={(e) => setDemands(e.currentTarget.value)} error={fieldErrors.demands} />
      <Textarea autosize label={t('safety.disputes.unionRole')} value={unionRole} onChange={(e) => setUnionRole(e.currentTarget.value)} error={fieldErrors.unionRole} />
      <Textarea autosize label={t('safety.disputes.resolution')} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} error={fieldErrors.resolution} />
    </RecordFormModal>
  );
}
