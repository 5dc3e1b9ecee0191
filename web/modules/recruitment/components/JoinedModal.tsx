// Đã vào công đoàn: link the prospect to the member the union admitted (add the member on the members page first).
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { formatDate } from '../../../ui/format.ts';
import { markProspectJoined, type ProspectView } from '../recruitment.api.ts';

interface Props { orgId: number; prospect: ProspectView; onClose: () => void; onSaved: () => void }

export function JoinedModal({ orgId, prospect, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'joinedOn', dir: 'desc' })}`);
  const options = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code}, ${formatDate(m.joinedOn)})` }));
  const submit = async () => {
    if (await run(() => markProspectJoined(orgId, prospect.id, memberId ? Number(memberId) : 0))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t('recruitment.joined.title', { name: prospect.fullName ?? '' })} formError={formError} saving={saving} onClose={onClose}
      onSubmit={submit} size="md" testId="recruitment-joined-form">
      <Text size="sm">{t('recruitment.joined.hint')}</Text>
      <Select required searchable label={t('recruitment.joined.member')} data={options} value={memberId} onChange={setMemberId} error={fieldErrors.memberId} />
    </RecordFormModal>
  );
}
