// Thêm / sửa một lịch định kỳ: every given weekday (Chủ nhật xanh: thứ Sáu, 15:00) or a day of each month.
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { createSchedule, updateSchedule, type ActivityKindView, type ScheduleBody, type ScheduleView } from '../activities.api.ts';
import { AudienceFields } from './AudienceFields.tsx';

interface Props { orgId: number; kinds: ActivityKindView[]; schedule: ScheduleView | null; onClose: () => void; onSaved: () => void }

export function ScheduleFormModal({ orgId, kinds, schedule, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kindId, setKindId] = useState<string | null>(schedule ? String(schedule.kindId) : null);
  const [title, setTitle] = useState(schedule?.title ?? '');
  const [recurrence, setRecurrence] = useState<'weekly' | 'monthly'>(schedule?.recurrence ?? 'weekly');
  const [weekday, setWeekday] = useState<string>(String(schedule?.weekday ?? 5));
  const [monthDay, setMonthDay] = useState<number | string>(schedule?.monthDay ?? 25);
  const [startTime, setStartTime] = useState(schedule?.startTime ?? '');
  const [validFrom, setValidFrom] = useState<string | null>(schedule?.validFrom ?? null);
  const [validTo, setValidTo] = useState<string | null>(schedule?.validTo ?? null);
  const [place, setPlace] = useState(schedule?.place ?? '');
  const [audience, setAudience] = useState<ScheduleBody['audience']>(schedule?.audience ?? 'union');
  const [groupId, setGroupId] = useState<number | null>(schedule?.groupId ?? null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`activities.weekday.${d}`) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: ScheduleBody = {
      kindId: Number(kindId ?? 0), title: title.trim(), recurrence, weekday: recurrence === 'weekly' ? Number(weekday) : null,
      monthDay: recurrence === 'monthly' ? Number(monthDay) : null, startTime: startTime.trim() || null, validFrom: validFrom ?? '', validTo,
      place: place.trim() || null, audience, groupId,
    };
    const done = await run(() => (schedule ? updateSchedule(orgId, schedule.id, body) : createSchedule(orgId, body)));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={schedule ? t('activities.schedules.edit') : t('activities.schedules.add')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="schedule-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Select required label={t('activities.form.kind')} data={kinds.map((k) => ({ value: String(k.id), label: k.name }))} value={kindId}
            onChange={setKindId} error={fieldErrors.kindId} />
          <TextInput required label={t('activities.form.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
          <SegmentedControl value={recurrence} onChange={(v) => setRecurrence(v === 'monthly' ? 'monthly' : 'weekly')}
            data={[{ value: 'weekly', label: t('activities.schedules.weekly') }, { value: 'monthly', label: t('activities.schedules.monthly') }]} />
          <Group grow>
            {recurrence === 'weekly'
              ? <Select label={t('activities.schedules.weekday')} data={weekdays} value={weekday} onChange={(v) => setWeekday(v ?? '5')} allowDeselect={false} error={fieldErrors.weekday} />
              : <NumberInput label={t('activities.schedules.monthDay')} min={1} max={31} value={monthDay} onChange={setMonthDay} error={fieldErrors.monthDay ?? fieldErrors.recurrence} />}
            <TextInput label={t('activities.form.startTime')} placeholder="15:00" value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={fieldErrors.startTime} />
          </Group>
          <Group grow>
            <DateField required label={t('activities.schedules.validFrom')} value={validFrom} onChange={(v) => setValidFrom(typeof v === 'string' ? v : null)} error={fieldErrors.validFrom} />
            <DateField label={t('activities.schedules.validTo')} value={validTo} onChange={(v) => setValidTo(typeof v === 'string' ? v : null)} error={fieldErrors.validTo} />
          </Group>
          <TextInput label={t('activities.form.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fieldErrors.place} />
          <AudienceFields orgId={orgId} audience={audience} groupId={groupId} onChange={(a, g) => { setAudience(a); setGroupId(g); }} error={fieldErrors.groupId} />
          <Button type="submit" loading={saving}>{t('activities.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
