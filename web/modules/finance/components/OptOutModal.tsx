// Không tham gia quỹ: a member out of a voluntary fund from a month (and back from a later month, if known).
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { addOptOut, type ContributionGrid } from '../contributions.api.ts';

interface Props { orgId: number; grid: ContributionGrid; onClose: () => void; onSaved: () => void }

export function OptOutModal({ orgId, grid, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [fromMonth, setFromMonth] = useState(`${grid.year}-01`);
  const [toMonth, setToMonth] = useState('');
  const [note, setNote] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!memberId) {
      return;
    }
    const done = await run(() => addOptOut(orgId, grid.fund.id, { memberId: Number(memberId), fromMonth, toMonth: toMonth.trim() || null, note }));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('contributions.optOut.title', { fund: grid.fund.name })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {formError && <Alert color="red">{formError}</Alert>}
          <Select label={t('contributions.grid.member')} required searchable value={memberId} onChange={setMemberId} error={fieldErrors.memberId}
            data={grid.members.map((m) => ({ value: String(m.memberId), label: `${m.fullName} (${m.code})` }))} data-testid="opt-out-member" />
          <TextInput label={t('contributions.optOut.fromMonth')} description={t('contributions.monthHint')} required value={fromMonth}
            onChange={(e) => setFromMonth(e.currentTarget.value)} error={fieldErrors.fromMonth} />
          <TextInput label={t('contributions.optOut.toMonth')} description={t('contributions.optOut.toMonthHint')} value={toMonth}
            onChange={(e) => setToMonth(e.currentTarget.value)} error={fieldErrors.toMonth} />
          <TextInput label={t('contributions.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!memberId}>{t('contributions.optOut.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
