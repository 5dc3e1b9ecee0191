// Ghi một đợt chăm lo: the kind, date, fund and the people who receive it, one amount each; the server writes the
// event and its phiếu chi together. Gifts to children choose from the child records, within the union's age limit.
import { Alert, Button, Group, Modal, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { toQueryString } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import {
  childKinds, createWelfareEvent, eligibleChildrenPath, fundsPath, welfareKind,
  type EligibleChildrenView, type FundView, type WelfareKind,
} from '../welfare.api.ts';

interface Props { orgId: number; year: number; onClose: () => void; onSaved: () => void }

export function WelfareEventFormModal({ orgId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<WelfareKind>('sickness');
  const [eventDate, setEventDate] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [fundId, setFundId] = useState<string | null>(null);
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const [documentRef, setDocumentRef] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [amountEach, setAmountEach] = useState<number | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [relativeName, setRelativeName] = useState('');
  const [relation, setRelation] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const forChildren = childKinds.includes(kind);
  const funds = useApiQuery<{ items: FundView[] }>(fundsPath(orgId));
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`);
  const children = useApiQuery<EligibleChildrenView>(forChildren && eventDate ? eligibleChildrenPath(orgId, eventDate) : null);

  const memberOptions = (members.data?.items ?? [])
    .filter((m) => kind !== 'womens_day' || m.sex === 'female')
    .map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));
  const childOptions = (children.data?.children ?? []).map((c) => ({
    value: String(c.childId), disabled: !c.eligible,
    label: t('welfare.form.childOption', { name: c.fullName, age: c.age, parent: c.memberName }) + (c.eligible ? '' : ` — ${t('welfare.form.overAge')}`),
  }));
  const options = forChildren ? childOptions : memberOptions;
  const total = (amountEach ?? 0) * chosen.length;

  const changeKind = (next: WelfareKind) => {
    setKind(next);
    setChosen([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const childById = new Map((children.data?.children ?? []).map((c) => [String(c.childId), c]));
    const single = !forChildren && chosen.length === 1 && relativeName.trim() !== '';
    const beneficiaries = chosen.map((id) => ({
      memberId: forChildren ? (childById.get(id)?.memberId ?? 0) : Number(id),
      childId: forChildren ? Number(id) : null,
      relativeName: single ? relativeName.trim() : null,
      relation: single ? relation.trim() || null : null,
      amount: amountEach ?? 0,
    }));
    const done = await run(() => createWelfareEvent(orgId, {
      kind, eventDate: eventDate ?? '', description: description.trim(), fundId: Number(fundId ?? 0), amount: total,
      account, counterparty: counterparty.trim() || null, documentRef: documentRef.trim() || null, beneficiaries,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('welfare.form.saved', { number: done.entryNumber }) });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('welfare.form.title')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="welfare-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="welfare-error">{formError}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select required label={t('welfare.form.kind')} data={welfareKind.options.map((k) => ({ value: k, label: t(`welfare.kinds.${k}`) }))}
              value={kind} onChange={(v) => v && changeKind(v as WelfareKind)} allowDeselect={false} data-testid="welfare-kind" />
            <DateField required label={t('welfare.form.date')} description={t('welfare.form.dateHint', { year })} value={eventDate}
              onChange={(v) => setEventDate(typeof v === 'string' ? v : null)} error={fieldErrors.eventDate} data-testid="welfare-date" />
          </SimpleGrid>
          <Textarea required label={t('welfare.form.description')} autosize minRows={2} value={description}
            onChange={(e) => setDescription(e.currentTarget.value)} error={fieldErrors.description} data-testid="welfare-description" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select required label={t('welfare.form.fund')} data={(funds.data?.items ?? []).filter((f) => f.closedOn === null).map((f) => ({ value: String(f.id), label: f.name }))}
              value={fundId} onChange={setFundId} error={fieldErrors.fundId} nothingFoundMessage={t('welfare.form.noFund')} data-testid="welfare-fund" />
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('welfare.form.account')}</Text>
              <SegmentedControl value={account} onChange={(v) => setAccount(v as 'cash' | 'bank')}
                data={[{ value: 'cash', label: t('welfare.form.cash') }, { value: 'bank', label: t('welfare.form.bank') }]} />
            </Stack>
          </SimpleGrid>
          {forChildren && !eventDate && <Alert color="blue" p="xs">{t('welfare.form.pickDateFirst')}</Alert>}
          <MultiSelect searchable required label={forChildren ? t('welfare.form.children') : t('welfare.form.members')} data={options} value={chosen}
            onChange={setChosen} maxDropdownHeight={260} data-testid="welfare-beneficiaries"
            error={fieldErrors['beneficiaries.0.relation'] || fieldErrors['beneficiaries.0.relativeName'] ? undefined : fieldErrors.beneficiaries} />
          <Group gap="xs">
            <Button variant="light" size="xs" onClick={() => setChosen(options.filter((o) => !('disabled' in o && o.disabled)).map((o) => o.value))}>
              {t('welfare.form.chooseAll')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setChosen([])}>{t('welfare.form.clear')}</Button>
          </Group>
          {!forChildren && chosen.length === 1 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('welfare.form.relativeName')} description={t('welfare.form.relativeHint')} value={relativeName}
                onChange={(e) => setRelativeName(e.currentTarget.value)} error={fieldErrors['beneficiaries.0.relativeName']} data-testid="welfare-relative-name" />
              <TextInput label={t('welfare.form.relation')} placeholder={t('welfare.form.relationPlaceholder')} value={relation}
                onChange={(e) => setRelation(e.currentTarget.value)} error={fieldErrors['beneficiaries.0.relation']} data-testid="welfare-relation" />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyInput required label={t('welfare.form.amountEach')} value={amountEach} onChange={setAmountEach} error={fieldErrors.amount}
              data-testid="welfare-amount" />
            <TextInput label={t('welfare.form.counterparty')} description={t('welfare.form.counterpartyHint')} value={counterparty}
              onChange={(e) => setCounterparty(e.currentTarget.value)} error={fieldErrors.counterparty} />
          </SimpleGrid>
          <TextInput label={t('welfare.form.documentRef')} value={documentRef} onChange={(e) => setDocumentRef(e.currentTarget.value)} />
          <Text size="sm" data-testid="welfare-total">{t('welfare.form.total', { count: chosen.length, total: formatDong(total) })}</Text>
          <Button type="submit" loading={saving} data-testid="welfare-save">{t('welfare.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
