// Ghi cuộc họp bình xét: date, place, who chaired and who took the minutes, how many attended.
import { Alert, Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { createMeeting } from '../emulation.api.ts';

interface Props {
  orgId: number;
  year: number;
  onClose: () => void;
  onCreated: (meetingId: number) => void;
}

const count = (v: string | number) => (typeof v === 'number' ? v : null);

export function MeetingFormModal({ orgId, year, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState<string | null>(todayIso().startsWith(String(year)) ? todayIso() : `${year}-12-20`);
  const [place, setPlace] = useState('');
  const [chairName, setChairName] = useState('');
  const [secretaryName, setSecretaryName] = useState('');
  const [attendeeCount, setAttendeeCount] = useState<number | null>(null);
  const [membersTotal, setMembersTotal] = useState<number | null>(null);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!heldOn) {
      setFieldErrors({ heldOn: t('form.required') });
      return;
    }
    const created = await run(() => createMeeting(orgId, {
      year, heldOn, place: place.trim(), chairName: chairName.trim(), secretaryName: secretaryName.trim(),
      attendeeCount, membersTotal, attendeeIds: [], content: null,
    }));
    if (created) {
      onCreated(created.id);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulation.meeting.create', { year })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="meeting-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <DateField label={t('emulation.meeting.heldOn')} required value={heldOn} onChange={setHeldOn} error={fieldErrors.heldOn}
            data-testid="meeting-heldOn" />
          <TextInput label={t('emulation.meeting.place')} required value={place} onChange={(e) => setPlace(e.currentTarget.value)}
            error={fieldErrors.place} data-testid="meeting-place" />
          <Group grow align="flex-start">
            <TextInput label={t('emulation.meeting.chair')} required value={chairName} onChange={(e) => setChairName(e.currentTarget.value)}
              error={fieldErrors.chairName} data-testid="meeting-chair" />
            <TextInput label={t('emulation.meeting.secretary')} required value={secretaryName}
              onChange={(e) => setSecretaryName(e.currentTarget.value)} error={fieldErrors.secretaryName} data-testid="meeting-secretary" />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('emulation.meeting.attendees')} required min={1} allowDecimal={false} value={attendeeCount ?? ''}
              onChange={(v) => setAttendeeCount(count(v))} error={fieldErrors.attendeeCount} data-testid="meeting-attendees" />
            <NumberInput label={t('emulation.meeting.membersTotal')} min={1} allowDecimal={false} value={membersTotal ?? ''}
              onChange={(v) => setMembersTotal(count(v))} error={fieldErrors.membersTotal} data-testid="meeting-membersTotal" />
          </Group>
          <Button type="submit" loading={saving} data-testid="meeting-save">{t('emulation.meeting.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
