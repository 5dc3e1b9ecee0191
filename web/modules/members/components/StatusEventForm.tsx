// Records a change of status: chuyển đi, thôi sinh hoạt, chuyển đến, kết nạp.
import { Alert, Button, Divider, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { addStatusEvent, type StatusEventRequest } from '../members.api.ts';

const kinds: StatusEventRequest['kind'][] = ['transferred_out', 'left', 'transferred_in', 'admitted'];

interface Props {
  orgId: number;
  memberId: number;
  /** Suggests the likely next change: an active member may leave, an inactive one may come back. */
  active: boolean;
  onAdded: (m: MemberDetail) => void;
}

export function StatusEventForm({ orgId, memberId, active, onAdded }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<StatusEventRequest['kind']>(active ? 'transferred_out' : 'transferred_in');
  const [onDate, setOnDate] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onDate) {
      setFieldErrors({ onDate: t('form.required') });
      return;
    }
    const updated = await run(() => addStatusEvent(orgId, memberId, { kind, onDate, reason: reason.trim() || null }));
    if (updated) {
      notifications.show({ color: 'green', message: t('status.added') });
      setReason('');
      setKind(updated.status === 'active' ? 'transferred_out' : 'transferred_in');
      onAdded(updated);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="status-form" noValidate>
      <Divider my="md" label={t('status.addTitle')} labelPosition="left" />
      <Stack gap="xs">
        {formError && (
          <Alert color="red" p="xs">
            {formError}
          </Alert>
        )}
        <NativeSelect
          label={t('status.kind')}
          name="kind"
          data-testid="status-kind"
          data={kinds.map((k) => ({ value: k, label: t(`member.statusKind.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as StatusEventRequest['kind'])}
          error={fieldErrors.kind}
        />
        <DateField label={t('status.onDate')} name="onDate" data-testid="status-onDate" value={onDate} onChange={setOnDate} error={fieldErrors.onDate} required />
        <TextInput
          label={t('status.reason')}
          name="reason"
          data-testid="status-reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrors.reason}
        />
        <Button type="submit" variant="light" loading={saving} data-testid="status-add">
          {t('status.add')}
        </Button>
      </Stack>
    </form>
  );
}
