// Ghi / sửa người lao động cần tiếp cận: name, team, phone, the day they agreed to their data being kept (required:
// Nghị định 13/2023), how far the outreach went, and a note.
import { Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';
import { saveProspect, type ProspectStatus, type ProspectView } from '../recruitment.api.ts';

interface Props { orgId: number; prospect: ProspectView | null; onClose: () => void; onSaved: () => void }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function ProspectModal({ orgId, prospect, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(prospect?.fullName ?? '');
  const [team, setTeam] = useState(prospect?.team ?? '');
  const [phone, setPhone] = useState(prospect?.phone ?? '');
  const [consentOn, setConsentOn] = useState<string | null>(prospect?.consentOn ?? null);
  const [status, setStatus] = useState<ProspectStatus>(prospect?.status ?? 'new');
  const [lastContactOn, setLastContactOn] = useState<string | null>(prospect?.lastContactOn ?? null);
  const [note, setNote] = useState(prospect?.note ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  // 'joined' comes from linking a member; an already joined prospect keeps it or goes back to another status.
  const statuses: ProspectStatus[] = prospect?.status === 'joined' ? ['joined', 'new', 'contacted', 'declined'] : ['new', 'contacted', 'declined'];
  const submit = async () => {
    const body = {
      fullName: fullName.trim(), team: team.trim(), phone: phone.trim() || null, consentOn: consentOn ?? '', status, lastContactOn, note: note.trim() || null,
    };
    if (await run(() => saveProspect(orgId, prospect?.id ?? null, body))) {
      onSaved();
    }
  };
  return (
    <RecordFormModal title={t(prospect ? 'recruitment.prospect.editTitle' : 'recruitment.prospect.addTitle')} formError={formError} saving={saving}
      onClose={onClose} onSubmit={submit} testId="recruitment-prospect-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput required label={t('recruitment.prospect.fullName')} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} error={fieldErrors.fullName}
          data-testid="prospect-full-name" />
        <TextInput required label={t('recruitment.prospect.team')} value={team} onChange={(e) => setTeam(e.currentTarget.value)} error={fieldErrors.team}
          data-testid="prospect-team" />
        <TextInput label={t('recruitment.prospect.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={fieldErrors.phone}
          data-testid="prospect-phone" />
        <DateField required label={t('recruitment.prospect.consentOn')} value={consentOn} onChange={(v) => setConsentOn(dateOf(v))} error={fieldErrors.consentOn}
          data-testid="prospect-consent-on" />
      </SimpleGrid>
      <Text size="xs" c="dimmed">{t('recruitment.prospect.consentHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select required label={t('recruitment.prospect.status')} allowDeselect={false} value={status} onChange={(v) => v && setStatus(v as ProspectStatus)}
          data={statuses.map((s) => ({ value: s, label: t(`recruitment.status.${s}`) }))} error={fieldErrors.status} />
        <DateField clearable label={t('recruitment.prospect.lastContactOn')} value={lastContactOn} onChange={(v) => setLastContactOn(dateOf(v))}
          error={fieldErrors.lastContactOn} />
      </SimpleGrid>
      <Textarea autosize label={t('recruitment.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
    </RecordFormModal>
  );
}
