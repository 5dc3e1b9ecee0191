// Ghi / sửa một đợt kiểm tra ATVSLĐ: date, area, findings, hazards found, follow-up and when it was done.
import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { saveSafetyRecord, type SafetyInspectionView } from '../safety.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; inspection: SafetyInspectionView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function InspectionModal({ orgId, inspection, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [inspectedOn, setInspectedOn] = useState<string | null>(inspection?.inspectedOn ?? null);
  const [area, setArea] = useState(inspection?.area ?? '');
  const [findings, setFindings] = useState(inspection?.findings ?? '');
  const [hazardsFound, setHazardsFound] = useState<number>(inspection?.hazardsFound ?? 0);
  const [followUp, setFollowUp] = useState(inspection?.followUp ?? '');
  const [doneOn, setDoneOn] = useState<string | null>(inspection?.doneOn ?? null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    const body = { inspectedOn: inspectedOn ?? '', area: area.trim(), findings: findings.trim(), hazardsFound, followUp: followUp.trim() || null, doneOn };
    if (await run(() => saveSafetyRecord(orgId, 'safety/inspections', inspection?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('safety.inspections.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField required label={t('safety.inspections.inspectedOn')} value={inspectedOn} onChange={(v) => setInspectedOn(dateOf(v))} error={fieldErrors.inspectedOn} />
        <TextInput required label={t('safety.inspections.area')} value={area} onChange={(e) => setArea(e.currentTarget.value)} error={fieldErrors.area} />
      </SimpleGrid>
      <Textarea required autosize label={t('safety.inspections.findings')} value={findings} onChange={(e) => setFindings(e.currentTarget.value)} error={fieldErrors.findings} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('safety.inspections.hazardsFound')} min={0} value={hazardsFound} onChange={(v) => setHazardsFound(Number(v) || 0)} error={fieldErrors.hazardsFound} />
        <DateField clearable label={t('safety.inspections.doneOn')} value={doneOn} onChange={(v) => setDoneOn(dateOf(v))} error={fieldErrors.doneOn} />
      </SimpleGrid>
      <Textarea autosize label={t('safety.inspections.followUp')} value={followUp} onChange={(e) => setFollowUp(e.currentTarget.value)} error={fieldErrors.followUp} />
    </RecordFormModal>
  );
}
