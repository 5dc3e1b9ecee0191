// Đánh dấu hoàn thành: the day the document's task was done (today by default).
import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { markDocumentDone, type DocumentView } from '../documents.api.ts';

export function MarkDoneModal({ orgId, doc, onClose, onSaved }: { orgId: number; doc: DocumentView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [completedOn, setCompletedOn] = useState<string | null>(todayIso());
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => markDocumentDone(orgId, doc.id, completedOn ?? ''))) {
      notifications.show({ color: 'green', message: t('documents.doneSaved') });
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('documents.markDone')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="document-done-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Text size="sm">{doc.numberSymbol} — {doc.summary}</Text>
          <DateField required label={t('documents.field.completedOn')} value={completedOn}
            onChange={(v) => setCompletedOn(typeof v === 'string' ? v : null)} error={fieldErrors.completedOn} />
          <Button type="submit" loading={saving} data-testid="document-done-save">{t('documents.markDone')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
