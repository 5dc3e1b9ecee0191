// Đặt chỉ tiêu kết nạp đoàn viên mới của năm.
import { NumberInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { saveTarget, type RecruitmentTargetView } from '../recruitment.api.ts';

interface Props { orgId: number; year: number; target: RecruitmentTargetView | null; onClose: () => void; onSaved: () => void }

export function TargetModal({ orgId, year, target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [newMembers, setNewMembers] = useState<number | string>(target?.newMembers ?? '');
  const [note, setNote] = useState(target?.note ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    if (await run(() => saveTarget(orgId, year, { newMembers: Number(newMembers) || 0, note: note.trim() || null }))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('recruitment.target.title', { year })} formError={formError} saving={saving} onClose={onClose} onSubmit={submit} size="md"
      testId="recruitment-target-form">
      <NumberInput required label={t('recruitment.target.newMembers')} min={1} allowDecimal={false} value={newMembers} onChange={setNewMembers}
        error={fieldErrors.newMembers} />
      <Textarea autosize label={t('recruitment.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
    </RecordFormModal>
  );
}
