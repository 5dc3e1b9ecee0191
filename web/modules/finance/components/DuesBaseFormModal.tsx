// Tiền lương làm căn cứ đóng đoàn phí of a member from a month, or a fixed monthly amount for a member without one
// (0: the minimum the rules set). The grid recomputes every month from it.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { setDuesBase, type DuesGrid } from '../dues.api.ts';

interface Props { orgId: number; grid: DuesGrid; onClose: () => void; onSaved: () => void }

export function DuesBaseFormModal({ orgId, grid, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [fromMonth, setFromMonth] = useState(`${grid.year}-01`);
  const [kind, setKind] = useState<'insurance_salary' | 'fixed'>('insurance_salary');
  const [amount, setAmount] = useState<number | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!memberId) {
      return;
    }
    const done = await run(() => setDuesBase(orgId, { memberId: Number(memberId), fromMonth, kind, amount: amount ?? 0 }));
    if (done) {
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('dues.base.title')}>
      <form onSubmit={(e) => void submit(e)} data-testid="dues-base-form">
        <Stack gap="sm">
          <Select label={t('dues.member')} required searchable data={grid.members.map((m) => ({ value: String(m.memberId), label: `${m.fullName} (${m.code})` }))}
            value={memberId} onChange={setMemberId} error={fieldErrors.memberId} data-testid="dues-base-member" />
          <TextInput label={t('dues.base.fromMonth')} description={t('dues.base.fromMonthHint')} required value={fromMonth}
            onChange={(e) => setFromMonth(e.currentTarget.value)} error={fieldErrors.fromMonth} data-testid="dues-base-from" />
          <SegmentedControl value={kind} onChange={(v) => setKind(v as 'insurance_salary' | 'fixed')}
            data={[{ value: 'insurance_salary', label: t('dues.base.salary') }, { value: 'fixed', label: t('dues.base.fixed') }]} />
          <MoneyInput label={kind === 'fixed' ? t('dues.base.fixedAmount') : t('dues.base.salaryAmount')}
            description={kind === 'fixed' ? t('dues.base.fixedHint') : undefined} value={amount} onChange={setAmount} error={fieldErrors.amount} data-testid="dues-base-amount" />
          {formError && <Alert color="red">{formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!memberId} data-testid="dues-base-save">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
