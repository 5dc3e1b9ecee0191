// Mở sổ một quỹ: the union's own funds, a voluntary fund the members decided (with its monthly amount), a campaign.
import { Alert, Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fundKind } from '../../../../shared/contracts/finance.contract.ts';
import { toSearchKey } from '../../../../shared/vi/search-key.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { createFund } from '../ledger.api.ts';

type Kind = (typeof fundKind.options)[number];

export function FundFormModal({ orgId, onClose, onSaved }: { orgId: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('union_finance');
  const [openingOn, setOpeningOn] = useState<string | null>(`${new Date().getFullYear()}-01-01`);
  const [openingBalance, setOpeningBalance] = useState<number | null>(0);
  const [monthlyAmount, setMonthlyAmount] = useState<number | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = toSearchKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'quy';
    const done = await run(() => createFund(orgId, {
      code, name: name.trim(), kind, openingOn: openingOn ?? '', openingBalance: openingBalance ?? 0, monthlyAmount: kind === 'voluntary' ? monthlyAmount : null,
    }));
    if (done) {
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('finance.newFund')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="fund-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <TextInput required label={t('finance.fundName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name ?? fieldErrors.code}
            data-testid="fund-name" />
          <NativeSelect label={t('finance.fundKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}
            data={fundKind.options.map((k) => ({ value: k, label: t(`finance.fundKinds.${k}`) }))} data-testid="fund-kind" />
          <DateField required label={t('finance.openingOn')} value={openingOn} onChange={setOpeningOn} error={fieldErrors.openingOn} />
          <MoneyInput label={t('finance.openingBalance')} value={openingBalance} onChange={setOpeningBalance} error={fieldErrors.openingBalance}
            data-testid="fund-opening" />
          {kind === 'voluntary' && (
            <MoneyInput required label={t('finance.monthlyAmount')} value={monthlyAmount} onChange={setMonthlyAmount} error={fieldErrors.monthlyAmount} />
          )}
          <Button type="submit" loading={saving} data-testid="fund-save">{t('finance.openFund')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
