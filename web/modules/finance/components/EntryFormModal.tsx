// Lập phiếu thu / phiếu chi: the fund, date, account, amount, category (of the voucher's kind), who paid or received
// (a member or anyone else), what for, the document's reference and its files (chứng từ kèm theo).
import { Alert, Button, Modal, NativeSelect, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentCategories, receiptCategories, type LedgerCategory } from '../../../../shared/contracts/finance.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { useUnionMembers } from '../../emulation/hooks/use-union-members.ts';
import { postEntry, type EntryView, type FundView } from '../ledger.api.ts';
import { useVoucherUploads, VoucherFilesInput } from './VoucherFilesInput.tsx';

interface Props { orgId: number; funds: readonly FundView[]; onClose: () => void; onSaved: (entry: EntryView) => void }

export function EntryFormModal({ orgId, funds, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const members = useUnionMembers(orgId);
  const [direction, setDirection] = useState<'receipt' | 'payment'>('receipt');
  const [fundId, setFundId] = useState(funds[0] ? String(funds[0].id) : '');
  const [entryDate, setEntryDate] = useState<string | null>(todayIso());
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const [amount, setAmount] = useState<number | null>(null);
  const [category, setCategory] = useState<LedgerCategory>('dues');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [counterparty, setCounterparty] = useState('');
  const [description, setDescription] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const uploads = useVoucherUploads(orgId);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();
  const categories = direction === 'receipt' ? receiptCategories : paymentCategories;

  const changeDirection = (d: 'receipt' | 'payment') => {
    setDirection(d);
    setCategory(d === 'receipt' ? receiptCategories[0] : paymentCategories[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(!amount ? { amount: t('form.required') } : {}),
      ...(!entryDate ? { entryDate: t('form.required') } : {}),
      ...(!description.trim() ? { description: t('form.required') } : {}),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const saved = await run(async () => postEntry(orgId, {
      fundId: Number(fundId), direction, entryDate: entryDate ?? '', account, amount: amount ?? 0, category,
      memberId: memberId ? Number(memberId) : null, counterparty: memberId ? null : counterparty.trim() || null,
      description: description.trim(), documentRef: documentRef.trim() || null, attachmentIds: await uploads(files),
    }));
    if (saved) {
      notifications.show({ color: 'green', message: t('finance.posted', { number: saved.number }) });
      onSaved(saved);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('finance.newEntry')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="entry-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="entry-error">{formError}</Alert>}
          <SegmentedControl value={direction} onChange={(v) => changeDirection(v as 'receipt' | 'payment')} data-testid="entry-direction"
            data={[{ value: 'receipt', label: t('finance.receipt') }, { value: 'payment', label: t('finance.payment') }]} />
          <NativeSelect label={t('finance.fund')} value={fundId} onChange={(e) => setFundId(e.currentTarget.value)} error={fieldErrors.fundId}
            data={funds.map((f) => ({ value: String(f.id), label: f.name }))} data-testid="entry-fund" />
          <DateField required label={t('finance.date')} value={entryDate} onChange={setEntryDate} error={fieldErrors.entryDate} data-testid="entry-date" />
          <NativeSelect label={t('finance.account')} value={account} onChange={(e) => setAccount(e.currentTarget.value as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('finance.accounts.cash') }, { value: 'bank', label: t('finance.accounts.bank') }]} />
          <MoneyInput required label={t('finance.amount')} value={amount} onChange={setAmount} error={fieldErrors.amount} data-testid="entry-amount" />
          <NativeSelect label={t('finance.category')} value={category} onChange={(e) => setCategory(e.currentTarget.value as LedgerCategory)}
            data={categories.map((c) => ({ value: c, label: t(`finance.categories.${c}`) }))} error={fieldErrors.category} data-testid="entry-category" />
          <Select searchable clearable label={t(direction === 'receipt' ? 'finance.payerMember' : 'finance.payeeMember')} data={members}
            value={memberId} onChange={setMemberId} error={fieldErrors.memberId} data-testid="entry-member" />
          {!memberId && (
            <TextInput label={t(direction === 'receipt' ? 'finance.payer' : 'finance.payee')} value={counterparty}
              onChange={(e) => setCounterparty(e.currentTarget.value)} error={fieldErrors.counterparty} data-testid="entry-counterparty" />
          )}
          <TextInput required label={t('finance.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description} data-testid="entry-description" />
          <TextInput label={t('finance.documentRef')} value={documentRef} onChange={(e) => setDocumentRef(e.currentTarget.value)}
            error={fieldErrors.documentRef} />
          <VoucherFilesInput files={files} onChange={setFiles} error={fieldErrors.attachmentIds} />
          <Button type="submit" loading={saving} data-testid="entry-save">{t('finance.post')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
