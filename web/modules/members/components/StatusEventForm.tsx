// Records a change of status: the choices follow the member's status (an active member may be suspended, leave,
// be transferred out or expelled; a suspended one resumes or leaves; someone no longer a member is admitted again).
import { Alert, Button, Divider, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberStatus } from '../../../../shared/contracts/members.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { useDateTextErrors } from '../../../ui/use-date-text-errors.ts';
import { addStatusEvent, type StatusEventRequest } from '../members.api.ts';

type Kind = StatusEventRequest['kind'];

function kindsFor(status: MemberStatus): Kind[] {
  switch (status) {
    case 'active':
      return ['suspended', 'left', 'transferred_out', 'expelled'];
    case 'suspended':
      return ['resumed', 'left', 'transferred_out', 'expelled'];
    case 'pending':
    case 'transferred_out':
    case 'left':
    case 'expelled':
    case 'ended_with_union':
      return ['transferred_in', 'admitted'];
  }
}

interface Props {
  orgId: number;
  memberId: number;
  status: MemberStatus;
  /** A kind to preselect and bring into view (the member page suggests "thôi sinh hoạt" when deleting is refused). */
  suggestedKind?: Kind | null;
  onAdded: (m: MemberDetail) => void;
}

export function StatusEventForm({ orgId, memberId, status, suggestedKind = null, onAdded }: Props) {
  const { t } = useTranslation();
  const kinds = kindsFor(status);
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [onDate, setOnDate] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();
  const dateTexts = useDateTextErrors();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (suggestedKind) {
      setKind(suggestedKind);
      formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }
  }, [suggestedKind]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = dateTexts.pending();
    if (typed.onDate) {
      setFieldErrors({ onDate: typed.onDate });
      return;
    }
    if (!onDate) {
      setFieldErrors({ onDate: t('form.required') });
      return;
    }
    const updated = await run(() => addStatusEvent(orgId, memberId, { kind, onDate, reason: reason.trim() || null }));
    if (updated) {
      notifications.show({ color: 'green', message: t('status.added') });
      setReason('');
      setKind(kindsFor(updated.status)[0]);
      onAdded(updated);
    }
  };

  const shown = kinds.includes(kind) ? kinds : [...kinds, kind];
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} data-testid="status-form" noValidate>
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
          data={shown.map((k) => ({ value: k, label: t(`member.statusKind.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as Kind)}
          error={fieldErrors.kind}
        />
        <DateField
          label={t('status.onDate')}
          name="onDate"
          data-testid="status-onDate"
          value={onDate}
          onChange={setOnDate}
          onTextError={dateTexts.note('onDate')}
          error={fieldErrors.onDate}
          required
        />
        <TextInput
          label={t('status.reason')}
          name="reason"
          data-testid="status-reason"
          placeholder={kind === 'suspended' ? t('status.reasonSuspended') : undefined}
          description={kind === 'suspended' ? t('status.suspendedHint') : undefined}
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
