// Ghi / sửa một kiến nghị của người lao động: who raised it, the employer's answer, and its follow-up.
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { saveIssue, type IssueView } from '../dialogue.api.ts';

interface Props { orgId: number; meetingId: number; issue: IssueView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function IssueModal({ orgId, meetingId, issue, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [raisedBy, setRaisedBy] = useState(issue?.raisedBy ?? '');
  const [text, setText] = useState(issue?.issue ?? '');
  const [employerAnswer, setAnswer] = useState(issue?.employerAnswer ?? '');
  const [status, setStatus] = useState<'open' | 'resolved'>(issue?.status ?? 'open');
  const [owner, setOwner] = useState(issue?.owner ?? '');
  const [dueOn, setDueOn] = useState<string | null>(issue?.dueOn ?? null);
  const [doneOn, setDoneOn] = useState<string | null>(issue?.doneOn ?? null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    const body = {
      raisedBy: raisedBy.trim() || null, issue: text.trim(), employerAnswer: employerAnswer.trim() || null, status, owner: owner.trim() || null,
      dueOn, doneOn: status === 'resolved' ? doneOn : null,
    };
    if (await run(() => saveIssue(orgId, meetingId, issue?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal testId="dialogue-form" title={t('dialogue.issue.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <Textarea required autosize label={t('dialogue.issue.issue')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fieldErrors.issue} data-testid="dialogue-issue-text" />
      <TextInput label={t('dialogue.issue.raisedBy')} value={raisedBy} onChange={(e) => setRaisedBy(e.currentTarget.value)} error={fieldErrors.raisedBy} />
      <Textarea autosize label={t('dialogue.issue.employerAnswer')} value={employerAnswer} onChange={(e) => setAnswer(e.currentTarget.value)} error={fieldErrors.employerAnswer} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('dialogue.issue.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} error={fieldErrors.owner} />
        <DateField clearable label={t('dialogue.issue.dueOn')} value={dueOn} onChange={(v) => setDueOn(dateOf(v))} error={fieldErrors.dueOn} />
        <Select label={t('dialogue.issue.status')} value={status} allowDeselect={false}
          data={(['open', 'resolved'] as const).map((s) => ({ value: s, label: t(`dialogue.status.${s}`) }))}
          onChange={(v) => v && setStatus(v as 'open' | 'resolved')} />
        {status === 'resolved' && (
          <DateField required label={t('dialogue.issue.doneOn')} value={doneOn} onChange={(v) => setDoneOn(dateOf(v))} error={fieldErrors.doneOn} />
        )}
      </SimpleGrid>
    </RecordFormModal>
  );
}
