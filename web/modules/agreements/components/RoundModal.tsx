// Ghi / sửa một phiên thương lượng tập thể: date, the parties, the workers' demands, the outcome.
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { saveRecord, type BargainingRoundView } from '../agreements.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; round: BargainingRoundView | null; onClose: () => void; onSaved: () => void }

export function RoundModal({ orgId, round, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState<string | null>(round?.heldOn ?? null);
  const [parties, setParties] = useState(round?.parties ?? '');
  const [demands, setDemands] = useState(round?.demands ?? '');
  const [outcome, setOutcome] = useState(round?.outcome ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    const body = { heldOn: heldOn ?? '', parties: parties.trim(), demands: demands.trim(), outcome: outcome.trim() || null };
    if (await run(() => saveRecord(orgId, 'bargaining-rounds', round?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal size="xl" title={t('agreements.rounds.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <DateField required label={t('agreements.rounds.heldOn')} value={heldOn} onChange={(v) => setHeldOn(typeof v === 'string' && v ? v : null)} error={fieldErrors.heldOn} />
      <Textarea required autosize label={t('agreements.rounds.parties')} value={parties} onChange={(e) => setParties(e.currentTarget.value)} error={fieldErrors.parties} />
      <Textarea required autosize label={t('agreements.rounds.demands')} value={demands} onChange={(e) => setDemands(e.currentTarget.value)} error={fieldErrors.demands} />
      <Textarea autosize label={t('agreements.rounds.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={fieldErrors.outcome} />
    </RecordFormModal>
  );
}
