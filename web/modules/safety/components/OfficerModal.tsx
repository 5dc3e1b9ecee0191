// Thêm / sửa an toàn vệ sinh viên: the member, their tổ or area, appointed and ended.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { saveSafetyRecord, type SafetyOfficerView } from '../safety.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; officer: SafetyOfficerView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function OfficerModal({ orgId, officer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(officer ? String(officer.memberId) : null);
  const [area, setArea] = useState(officer?.area ?? '');
  const [appointedOn, setAppointedOn] = useState<string | null>(officer?.appointedOn ?? null);
  const [endedOn, setEndedOn] = useState<string | null>(officer?.endedOn ?? null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`);
  const options = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));
  const submit = async () => {
    const body = { memberId: memberId ? Number(memberId) : 0, area: area.trim(), appointedOn: appointedOn ?? '', endedOn };
    if (await run(() => saveSafetyRecord(orgId, 'safety/officers', officer?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('safety.officers.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <Select required searchable label={t('safety.officers.member')} data={options} value={memberId} onChange={setMemberId} error={fieldErrors.memberId} />
      <TextInput required label={t('safety.officers.area')} value={area} onChange={(e) => setArea(e.currentTarget.value)} error={fieldErrors.area} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField required label={t('safety.officers.appointedOn')} value={appointedOn} onChange={(v) => setAppointedOn(dateOf(v))} error={fieldErrors.appointedOn} />
        <DateField clearable label={t('safety.officers.endedOn')} value={endedOn} onChange={(v) => setEndedOn(dateOf(v))} error={fieldErrors.endedOn} />
      </SimpleGrid>
    </RecordFormModal>
  );
}
