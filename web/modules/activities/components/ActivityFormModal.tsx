// Thêm / sửa một hoạt động: kind, title, date and time, place, who is expected (the union, a tổ, the women).
import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { createActivity, updateActivity, type ActivityBody, type ActivityKindView, type ActivityView } from '../activities.api.ts';
import { AudienceFields } from './AudienceFields.tsx';

interface Props { orgId: number; kinds: ActivityKindView[]; activity: ActivityView | null; onClose: () => void; onSaved: () => void }

export function ActivityFormModal({ orgId, kinds, activity, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kindId, setKindId] = useState<string | null>(activity ? String(activity.kindId) : null);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [heldOn, setHeldOn] = useState<string | null>(activity?.heldOn ?? null);
  const [startTime, setStartTime] = useState(activity?.startTime ?? '');
  const [place, setPlace] = useState(activity?.place ?? '');
  const [note, setNote] = useState(activity?.note ?? '');
  const [audience, setAudience] = useState<ActivityBody['audience']>(activity?.audience ?? 'union');
  const [groupId, setGroupId] = useState<number | null>(activity?.groupId ?? null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: ActivityBody = {
      kindId: Number(kindId ?? 0), title: title.trim(), heldOn: heldOn ?? '', startTime: startTime.trim() || null, place: place.trim() || null,
      organiserId: activity?.organiserId ?? null, movementId: activity?.movementId ?? null, note: note.trim() || null, audience, groupId,
    };
    const done = await run(() => (activity ? updateActivity(orgId, activity.id, body) : createActivity(orgId, body)));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={activity ? t('activities.form.edit') : t('activities.form.add')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="activity-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Select required label={t('activities.form.kind')} data={kinds.map((k) => ({ value: String(k.id), label: k.name }))} value={kindId}
            onChange={setKindId} error={fieldErrors.kindId} />
          <TextInput required label={t('activities.form.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
          <Group grow>
            <DateField required label={t('activities.form.heldOn')} value={heldOn} onChange={(v) => setHeldOn(typeof v === 'string' ? v : null)} error={fieldErrors.heldOn} />
            <TextInput label={t('activities.form.startTime')} placeholder="15:00" value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={fieldErrors.startTime} />
          </Group>
          <TextInput label={t('activities.form.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fieldErrors.place} />
          <AudienceFields orgId={orgId} audience={audience} groupId={groupId} onChange={(a, g) => { setAudience(a); setGroupId(g); }} error={fieldErrors.groupId} />
          <Textarea label={t('activities.form.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Button type="submit" loading={saving}>{t('activities.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
