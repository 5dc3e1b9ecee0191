// Ghi / sửa một cuộc đối thoại hoặc hội nghị người lao động: kind, date, the request (đột xuất), participants,
// representatives, minutes, publication.
import { NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { meetingKind, saveMeeting, type MeetingKind, type MeetingView } from '../dialogue.api.ts';
import { NO_REQUEST, RequestFields, type Request } from './RequestFields.tsx';

interface Props { orgId: number; meeting: MeetingView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function MeetingModal({ orgId, meeting, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'periodic');
  const [heldOn, setHeldOn] = useState<string | null>(meeting?.heldOn ?? null);
  const [employerParticipants, setEmployer] = useState(meeting?.employerParticipants ?? '');
  const [workerRepsExpected, setExpected] = useState<number>(meeting?.workerRepsExpected ?? 3);
  const [workerRepsPresent, setPresent] = useState<number>(meeting?.workerRepsPresent ?? 3);
  const [headcount, setHeadcount] = useState<number>(meeting?.headcount ?? 1);
  const [minutesText, setMinutes] = useState(meeting?.minutesText ?? '');
  const [publishedOn, setPublishedOn] = useState<string | null>(meeting?.publishedOn ?? null);
  const [request, setRequest] = useState<Request>(meeting ? {
    requestedOn: meeting.requestedOn, requestedBy: meeting.requestedBy, requestingReps: meeting.requestingReps, answeredOn: meeting.answeredOn,
  } : NO_REQUEST);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async () => {
    const body = {
      kind, heldOn: heldOn ?? '', employerParticipants: employerParticipants.trim() || null, workerRepsExpected, workerRepsPresent, headcount,
      minutesText: minutesText.trim() || null, publishedOn, note: meeting?.note ?? null, ...(kind === 'requested' ? request : NO_REQUEST),
    };
    if (await run(() => saveMeeting(orgId, meeting?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal testId="dialogue-form" title={t('dialogue.meeting.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select required label={t('dialogue.meeting.kind')} value={kind} allowDeselect={false} error={fieldErrors.kind}
          data={meetingKind.options.map((k) => ({ value: k, label: t(`dialogue.kind.${k}`) }))} onChange={(v) => v && setKind(v as MeetingKind)} />
        <DateField required label={t('dialogue.meeting.heldOn')} value={heldOn} onChange={(v) => setHeldOn(dateOf(v))} error={fieldErrors.heldOn} data-testid="dialogue-held-on" />
      </SimpleGrid>
      {kind === 'requested' && <RequestFields value={request} onChange={setRequest} errors={fieldErrors} />}
      <Textarea autosize label={t('dialogue.meeting.employerParticipants')} value={employerParticipants}
        onChange={(e) => setEmployer(e.currentTarget.value)} error={fieldErrors.employerParticipants} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput required label={t('dialogue.meeting.headcount')} min={1} value={headcount} onChange={(v) => setHeadcount(Number(v) || 0)} error={fieldErrors.headcount} data-testid="dialogue-headcount" />
        <NumberInput required label={t('dialogue.meeting.repsExpected')} min={1} value={workerRepsExpected} onChange={(v) => setExpected(Number(v) || 0)} error={fieldErrors.workerRepsExpected} data-testid="dialogue-reps-expected" />
        <NumberInput required label={t('dialogue.meeting.repsPresent')} min={0} value={workerRepsPresent} onChange={(v) => setPresent(Number(v) || 0)} error={fieldErrors.workerRepsPresent} data-testid="dialogue-reps-present" />
      </SimpleGrid>
      <Textarea autosize minRows={2} label={t('dialogue.meeting.minutes')} value={minutesText} onChange={(e) => setMinutes(e.currentTarget.value)} error={fieldErrors.minutesText} />
      <DateField clearable label={t('dialogue.meeting.publishedOn')} value={publishedOn} onChange={(v) => setPublishedOn(dateOf(v))} error={fieldErrors.publishedOn} />
    </RecordFormModal>
  );
}
