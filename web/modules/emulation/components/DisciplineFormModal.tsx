// Kỷ luật: a member's disciplinary form, its date and reason, and the decision when it is in the records.
// A discipline in the year stands against the member's titles (the rules judge it).
import { Alert, Button, Modal, NativeSelect, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disciplineForm, type DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { useDateTextErrors } from '../../../ui/use-date-text-errors.ts';
import { createDiscipline, type DisciplineForm } from '../emulation.api.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';

interface Props {
  orgId: number;
  year: number;
  members: MemberOption[];
  decisions: readonly DecisionView[];
  onClose: () => void;
  onSaved: () => void;
}

export function DisciplineFormModal({ orgId, year, members, decisions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [form, setForm] = useState<DisciplineForm>('reprimand');
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const dateText = useDateTextErrors();
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(!memberId ? { memberId: t('form.required') } : {}),
      ...(!decidedOn ? { decidedOn: t('form.required') } : {}),
      ...(decidedOn && !decidedOn.startsWith(String(year)) ? { decidedOn: t('emulationForms.discipline.inYear', { year }) } : {}),
      ...dateText.pending(),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(() => createDiscipline(orgId, {
      memberId: Number(memberId), form, decidedOn: decidedOn ?? '', reason: reason.trim() || null, decisionId: decisionId ? Number(decisionId) : null,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.discipline.title', { year })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="discipline-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="discipline-error">{formError}</Alert>}
          <Select searchable required label={t('emulation.member')} data={members} value={memberId} onChange={setMemberId}
            error={fieldErrors.memberId} data-testid="discipline-member" />
          <NativeSelect label={t('emulationForms.discipline.form')} value={form} onChange={(e) => setForm(e.currentTarget.value as DisciplineForm)}
            data={disciplineForm.options.map((f) => ({ value: f, label: t(`emulationForms.discipline.forms.${f}`) }))} data-testid="discipline-kind" />
          <DateField required label={t('emulationForms.discipline.decidedOn')} value={decidedOn} onChange={setDecidedOn}
            onTextError={dateText.note('decidedOn')} error={fieldErrors.decidedOn} data-testid="discipline-date" />
          <Textarea label={t('emulationForms.discipline.reason')} autosize minRows={2} value={reason}
            onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} data-testid="discipline-reason" />
          <Select clearable label={t('emulationForms.discipline.decision')} placeholder={t('emulation.entry.noDecision')} value={decisionId}
            onChange={setDecisionId} data={decisions.map((d) => ({ value: String(d.id), label: `${d.number} — ${d.issuer}` }))}
            error={fieldErrors.decisionId} data-testid="discipline-decision" />
          <Button type="submit" loading={saving} data-testid="discipline-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
