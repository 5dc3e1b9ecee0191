// Ghi kết quả một chỉ tiêu nhập tay: the day, the value (a rank, a rate …), the evidence and, when there is one, a file.
import { Alert, Button, FileInput, Modal, NumberInput, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MAX_ATTACHMENT_BYTES, addReading, attachmentTypes, uploadEvidenceFile, type TargetView } from '../plans.api.ts';

interface Props { orgId: number; year: number; target: TargetView; onClose: () => void; onSaved: () => void }
const accept = Object.keys(attachmentTypes).map((ext) => `.${ext}`).join(',');

export function ReadingModal({ orgId, year, target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [recordedOn, setRecordedOn] = useState<string | null>(null);
  const [value, setValue] = useState<number | string>('');
  const [evidence, setEvidence] = useState('');
  const [file, setFile] = useState<{ id: number; fileName: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const choose = async (chosen: File | null) => {
    setFileError(null);
    setFile(null);
    if (!chosen) {
      return;
    }
    if (chosen.size > MAX_ATTACHMENT_BYTES) {
      setFileError(t('plans.reading.fileTooLarge'));
      return;
    }
    setUploading(true);
    try {
      const up = await uploadEvidenceFile(orgId, chosen);
      setFile({ id: up.id, fileName: up.fileName });
    } catch (err) {
      setFileError(errorMessage(err, t));
    } finally {
      setUploading(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(() => addReading(orgId, year, target.id, {
      recordedOn: recordedOn ?? '', value: typeof value === 'number' ? value : Number.NaN, evidence: evidence.trim(), attachmentId: file?.id ?? null,
    }));
    if (saved) {
      notifications.show({ color: 'green', message: t('plans.reading.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('plans.reading.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="reading-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Alert color="gray" p="xs">{target.text}</Alert>
          <DateField required label={t('plans.reading.recordedOn')} value={recordedOn} onChange={(v) => setRecordedOn(typeof v === 'string' && v ? v : null)}
            error={fieldErrors.recordedOn} data-testid="reading-date" />
          <NumberInput required label={t(`plans.reading.value.${target.unit}`)} value={value} onChange={setValue} min={0} decimalScale={2}
            decimalSeparator="," error={fieldErrors.value} data-testid="reading-value" />
          <Textarea required autosize minRows={2} label={t('plans.reading.evidence')} placeholder={t('plans.reading.evidenceHint')} value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)} error={fieldErrors.evidence} data-testid="reading-evidence" />
          <FileInput clearable accept={accept} leftSection={<IconPaperclip size={16} />} label={t('plans.reading.file')}
            placeholder={file ? file.fileName : t('plans.reading.chooseFile')} onChange={(f) => void choose(f)} disabled={uploading}
            error={fileError ?? fieldErrors.attachmentId} />
          <Button type="submit" loading={saving} disabled={uploading} data-testid="reading-save">{t('plans.reading.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
