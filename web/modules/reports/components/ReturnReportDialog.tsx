// "Trả lại": the upper level sends a submitted version back with the reason, which the union sees on its dashboard.
import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxSubmission } from '../../../../shared/contracts/reports.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { returnVersion } from '../reports.api.ts';

interface Props {
  submission: InboxSubmission | null;
  onClose: () => void;
  onReturned: () => void;
}

export function ReturnReportDialog({ submission, onClose, onReturned }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const { run, saving, formError, fieldErrors, setFormError } = useServerSubmit();
  const close = () => {
    setComment('');
    setFormError(null);
    onClose();
  };
  const confirm = async () => {
    if (!submission) {
      return;
    }
    if (await run(() => returnVersion(submission.orgId, submission.id, comment))) {
      notifications.show({ color: 'green', message: t('submissions.returnDialog.done') });
      close();
      onReturned();
    }
  };

  return (
    <Modal opened={submission !== null} onClose={saving ? () => undefined : close} title={t('submissions.returnDialog.title')} centered size="lg">
      {submission && (
        <Text size="sm" mb="sm">
          {t('submissions.returnDialog.intro', { org: submission.orgName, year: submission.year, number: submission.number })}
        </Text>
      )}
      <Textarea
        label={t('submissions.returnDialog.comment')}
        placeholder={t('submissions.returnDialog.placeholder')}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={fieldErrors.comment ?? formError ?? undefined}
        autosize
        minRows={3}
        maxLength={2000}
        required
        data-testid="return-comment"
      />
      <Group justify="flex-end" gap="xs" mt="lg">
        <Button variant="default" onClick={close} disabled={saving}>
          {t('submissions.returnDialog.cancel')}
        </Button>
        <Button color="red" loading={saving} onClick={() => void confirm()} data-testid="return-confirm">
          {t('submissions.returnDialog.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
