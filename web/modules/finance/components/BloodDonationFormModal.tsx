// Ghi một lần hiến máu, or (prior) the number of donations a member made before the union began recording them.
import { Alert, Button, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { recordBloodDonation, setPriorBloodCount } from '../welfare.api.ts';

interface Props { orgId: number; mode: 'donation' | 'prior'; onClose: () => void; onSaved: () => void }

export function BloodDonationFormModal({ orgId, mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [volume, setVolume] = useState<number | string>(350);
  const [count, setCount] = useState<number | string>(1);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`);
  const options = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = mode === 'donation'
      ? await run(() => recordBloodDonation(orgId, { memberId: Number(memberId ?? 0), donatedOn: date ?? '', place: place.trim(), volumeMl: Number(volume) }))
      : await run(() => setPriorBloodCount(orgId, Number(memberId ?? 0), { count: Number(count), countedBefore: date ?? '', note: null }));
    if (done) {
      notifications.show({ color: 'green', message: t('welfare.blood.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={mode === 'donation' ? t('welfare.blood.record') : t('welfare.blood.prior')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="blood-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Select required searchable label={t('welfare.blood.member')} data={options} value={memberId} onChange={setMemberId} error={fieldErrors.memberId} />
          <DateField required label={mode === 'donation' ? t('welfare.blood.date') : t('welfare.blood.countedBefore')} value={date}
            onChange={(v) => setDate(typeof v === 'string' ? v : null)} error={mode === 'donation' ? fieldErrors.donatedOn : fieldErrors.countedBefore} />
          {mode === 'donation' ? (
            <>
              <TextInput required label={t('welfare.blood.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fieldErrors.place} />
              <NumberInput required label={t('welfare.blood.volume')} suffix=" ml" min={50} max={1000} step={50} value={volume} onChange={setVolume}
                error={fieldErrors.volumeMl} />
            </>
          ) : (
            <NumberInput required label={t('welfare.blood.count')} min={0} max={300} value={count} onChange={setCount} error={fieldErrors.count} />
          )}
          <Button type="submit" loading={saving}>{t('welfare.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
