// A member's months out of something (miễn đóng đoàn phí, không tham gia quỹ): from a month, to a month if known, a
// reason when the kind has several, a note. New (a member to choose) or an existing one to end or correct.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';

export interface MemberPeriod { id: number; memberId: number; memberName: string; fromMonth: string; toMonth: string | null; reason?: string; note: string | null }
export interface MemberPeriodValues { memberId: number; fromMonth: string; toMonth: string | null; reason: string | null; note: string | null }

interface Props {
  title: string;
  /** Members to choose from for a new period; ignored when `period` is given. */
  members: readonly { memberId: number; fullName: string; code: string }[];
  period: MemberPeriod | null;
  defaultFromMonth: string;
  reasons?: readonly { value: string; label: string }[];
  save: (values: MemberPeriodValues) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
}

export function MemberPeriodModal({ title, members, period, defaultFromMonth, reasons, save, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(period ? String(period.memberId) : null);
  const [fromMonth, setFromMonth] = useState(period?.fromMonth ?? defaultFromMonth);
  const [toMonth, setToMonth] = useState(period?.toMonth ?? '');
  const [reason, setReason] = useState<string | null>(period?.reason ?? reasons?.[0]?.value ?? null);
  const [note, setNote] = useState(period?.note ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!memberId) {
      return;
    }
    const done = await run(() => save({
      memberId: Number(memberId), fromMonth: fromMonth.trim(), toMonth: toMonth.trim() || null, reason, note: note.trim() || null,
    }));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="member-period-form">
        <Stack gap="sm">
          {formError && <Alert color="red">{formError}</Alert>}
          {period ? <TextInput label={t('periods.member')} value={period.memberName} readOnly /> : (
            <Select label={t('periods.member')} required searchable value={memberId} onChange={setMemberId} error={fieldErrors.memberId}
              data={members.map((m) => ({ value: String(m.memberId), label: `${m.fullName} (${m.code})` }))} data-testid="member-period-member" />
          )}
          <TextInput label={t('periods.fromMonth')} description={t('periods.monthHint')} required value={fromMonth}
            onChange={(e) => setFromMonth(e.currentTarget.value)} error={fieldErrors.fromMonth} data-testid="member-period-from" />
          <TextInput label={t('periods.toMonth')} description={t('periods.toMonthHint')} value={toMonth}
            onChange={(e) => setToMonth(e.currentTarget.value)} error={fieldErrors.toMonth} data-testid="member-period-to" />
          {reasons && (
            <Select label={t('periods.reason')} required data={[...reasons]} value={reason} onChange={setReason} error={fieldErrors.reason} allowDeselect={false} />
          )}
          <TextInput label={t('periods.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!memberId} data-testid="member-period-save">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
