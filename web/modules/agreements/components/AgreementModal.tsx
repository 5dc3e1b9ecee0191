// Ghi / sửa một thỏa ước: the vote, the dates, the region of the minimum wage, and its clauses (added, edited, removed
// here; saved with the agreement).
import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import {
  clauseTopic, clauseValueUnit, minimumWageRegion, saveRecord, type AgreementClauseView, type AgreementView,
} from '../agreements.api.ts';
import { RecordFormModal } from '../../../ui/RecordFormModal.tsx';

interface Props { orgId: number; agreement: AgreementView | null; onClose: () => void; onSaved: () => void }
type Clause = Pick<AgreementClauseView, 'topic' | 'text' | 'betterThanLaw' | 'legalReference' | 'value' | 'valueUnit'>;
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);
const emptyClause: Clause = { topic: 'other', text: '', betterThanLaw: false, legalReference: null, value: null, valueUnit: null };

export function AgreementModal({ orgId, agreement, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [region, setRegion] = useState<string>(agreement?.region ?? 'III');
  const [workersTotal, setWorkersTotal] = useState<number>(agreement?.workersTotal ?? 0);
  const [votesFor, setVotesFor] = useState<number>(agreement?.votesFor ?? 0);
  const [dates, setDates] = useState({
    votedOn: agreement?.votedOn ?? null, signedOn: agreement?.signedOn ?? null, effectiveFrom: agreement?.effectiveFrom ?? null,
    expiresOn: agreement?.expiresOn ?? null, sentToAuthorityOn: agreement?.sentToAuthorityOn ?? null,
  } as Record<string, string | null>);
  const [clauses, setClauses] = useState<Clause[]>(agreement?.clauses.map(({ topic, text, betterThanLaw, legalReference, value, valueUnit }) =>
    ({ topic, text, betterThanLaw, legalReference, value, valueUnit })) ?? []);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const setClause = (i: number, patch: Partial<Clause>) => setClauses((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const submit = async () => {
    const body = {
      title: title.trim(), region, workersTotal, votesFor, votedOn: dates.votedOn ?? '', signedOn: dates.signedOn ?? '',
      effectiveFrom: dates.effectiveFrom ?? '', expiresOn: dates.expiresOn ?? '', sentToAuthorityOn: dates.sentToAuthorityOn,
      clauses: clauses.map((c) => ({ ...c, text: c.text.trim(), legalReference: c.legalReference?.trim() || null })),
    };
    if (await run(() => saveRecord(orgId, 'agreements', agreement?.id ?? null, body))) {
      onSaved();
    }
  };
  const dateField = (key: string, required: boolean) => (
    <DateField required={required} clearable={!required} label={t(`agreements.fields.${key}`)} value={dates[key]}
      onChange={(v) => setDates((d) => ({ ...d, [key]: dateOf(v) }))} error={fieldErrors[key]} />
  );
  return (
    <RecordFormModal size="xl" title={t('agreements.form.title')} formError={formError} saving={saving} onClose={onClose} onSubmit={submit}>
      <TextInput required label={t('agreements.fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select required label={t('agreements.fields.region')} data={minimumWageRegion.options} value={region} onChange={(v) => setRegion(v ?? 'III')} error={fieldErrors.region} />
        <NumberInput required label={t('agreements.fields.workersTotal')} min={1} value={workersTotal} onChange={(v) => setWorkersTotal(Number(v) || 0)} error={fieldErrors.workersTotal} />
        <NumberInput required label={t('agreements.fields.votesFor')} min={0} value={votesFor} onChange={(v) => setVotesFor(Number(v) || 0)} error={fieldErrors.votesFor} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {dateField('votedOn', true)}{dateField('signedOn', true)}{dateField('sentToAuthorityOn', false)}
        {dateField('effectiveFrom', true)}{dateField('expiresOn', true)}
      </SimpleGrid>
      {clauses.map((c, i) => (
        // clauses have no id until saved: their place is their key
        <Paper key={i} withBorder p="xs">
          <Group align="flex-end" wrap="nowrap">
            <Select label={t('agreements.fields.topic')} data={clauseTopic.options.map((o) => ({ value: o, label: t(`agreements.topic.${o}`) }))}
              value={c.topic} onChange={(v) => setClause(i, { topic: (v ?? 'other') as Clause['topic'] })} w={160} />
            <NumberInput label={t('agreements.fields.value')} value={c.value ?? ''} min={0} thousandSeparator="."
              decimalSeparator="," onChange={(v) => setClause(i, { value: typeof v === 'number' ? v : null })} w={160} />
            <Select clearable label={t('agreements.fields.valueUnit')} data={clauseValueUnit.options.map((o) => ({ value: o, label: t(`agreements.unit.${o}`) }))}
              value={c.valueUnit} onChange={(v) => setClause(i, { valueUnit: v as Clause['valueUnit'] })} w={140} />
            <ActionIcon variant="subtle" color="red" aria-label={t('agreements.delete')} onClick={() => setClauses((cs) => cs.filter((_x, j) => j !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Textarea autosize label={t('agreements.fields.text')} value={c.text} onChange={(e) => setClause(i, { text: e.currentTarget.value })}
            error={fieldErrors[`clauses.${i}.text`] ?? fieldErrors[`clauses.${i}.value`]} />
          <Group align="flex-end">
            <Checkbox label={t('agreements.fields.betterThanLaw')} checked={c.betterThanLaw} onChange={(e) => setClause(i, { betterThanLaw: e.currentTarget.checked })} />
            <TextInput label={t('agreements.fields.legalReference')} value={c.legalReference ?? ''} style={{ flex: 1 }}
              onChange={(e) => setClause(i, { legalReference: e.currentTarget.value })} error={fieldErrors[`clauses.${i}.legalReference`]} />
          </Group>
        </Paper>
      ))}
      <Button variant="light" onClick={() => setClauses((cs) => [...cs, emptyClause])}>{t('agreements.addClause')}</Button>
    </RecordFormModal>
  );
}
