// Ghi / sửa một vụ tai nạn lao động: when, who (a member or another worker), severity, cause, days lost, and the
// union's support: a welfare event of the year (its payment is the support paid, recorded under Chăm lo đoàn viên).
import { NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { accidentSeverity, saveSafetyRecord, welfareEventsPath, type WorkAccidentView } from '../safety.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; year: number; accident: WorkAccidentView | null; onClose: () => void; onSaved: () => void }
interface WelfareEvents { events: { id: number; eventDate: string; description: string; amount: number }[] }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function AccidentModal({ orgId, year, accident, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [occurredOn, setOccurredOn] = useState<string | null>(accident?.occurredOn ?? null);
  const [memberId, setMemberId] = useState<string | null>(accident?.memberId ? String(accident.memberId) : null);
  const [personName, setPersonName] = useState(accident?.personName ?? '');
  const [severity, setSeverity] = useState<string>(accident?.severity ?? 'minor');
  const [cause, setCause] = useState(accident?.cause ?? '');
  const [daysLost, setDaysLost] = useState<number>(accident?.daysLost ?? 0);
  const [eventId, setEventId] = useState<string | null>(accident?.welfareEventId ? String(accident.welfareEventId) : null);
  const [note, setNote] = useState(accident?.note ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`);
  const events = useApiQuery<WelfareEvents>(welfareEventsPath(orgId, year));
  const memberOptions = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));
  const eventOptions = (events.data?.events ?? []).map((e) => ({
    value: String(e.id), label: `${formatDate(e.eventDate)} · ${e.description} · ${formatDong(e.amount)}`,
  }));
  const chooseMember = (id: string | null) => {
    setMemberId(id);
    const m = members.data?.items.find((i) => String(i.id) === id);
    if (m) {
      setPersonName(m.fullName);
    }
  };
  const submit = async () => {
    const body = {
      occurredOn: occurredOn ?? '', memberId: memberId ? Number(memberId) : null, personName: personName.trim(), severity, cause: cause.trim(),
      daysLost, welfareEventId: eventId ? Number(eventId) : null, note: note.trim() || null,
    };
    if (await run(() => saveSafetyRecord(orgId, 'safety/accidents', accident?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('safety.accidents.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField required label={t('safety.accidents.occurredOn')} value={occurredOn} onChange={(v) => setOccurredOn(dateOf(v))} error={fieldErrors.occurredOn} />
        <Select required label={t('safety.accidents.severity')} value={severity} allowDeselect={false} onChange={(v) => v && setSeverity(v)}
          data={accidentSeverity.options.map((s) => ({ value: s, label: t(`safety.severity.${s}`) }))} error={fieldErrors.severity} />
        <Select clearable searchable label={t('safety.accidents.member')} data={memberOptions} value={memberId} onChange={chooseMember} error={fieldErrors.memberId} />
        <TextInput required label={t('safety.accidents.personName')} value={personName} onChange={(e) => setPersonName(e.currentTarget.value)} error={fieldErrors.personName} />
      </SimpleGrid>
      <Textarea required autosize label={t('safety.accidents.cause')} value={cause} onChange={(e) => setCause(e.currentTarget.value)} error={fieldErrors.cause} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('safety.accidents.daysLost')} min={0} value={daysLost} onChange={(v) => setDaysLost(Number(v) || 0)} error={fieldErrors.daysLost} />
        <Select clearable searchable label={t('safety.accidents.support')} description={t('safety.accidents.supportHint')} data={eventOptions}
          value={eventId} onChange={setEventId} error={fieldErrors.welfareEventId} />
      </SimpleGrid>
      <Textarea autosize label={t('safety.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
    </RecordFormModal>
  );
}
