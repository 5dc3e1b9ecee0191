// Khen thưởng: a Giấy khen, Bằng khen, Cờ thi đua… to a member or a named collective, with its issuer, reason and
// cash in đồng; proposed by the committee, or recorded as decided by the chairperson with its decision.
import { Alert, Button, Modal, NativeSelect, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commendationForm, issuerLevel, type DecisionView, type IssuerLevel } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { createCommendation, type CommendationForm } from '../emulation.api.ts';
import { useDecisionChoice } from '../hooks/use-decision-choice.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { ProposalStatusControl, type ProposalStatus } from './ProposalStatusControl.tsx';

interface Props {
  orgId: number;
  year: number;
  members: MemberOption[];
  decisions: readonly DecisionView[];
  mayDecide: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function CommendationFormModal({ orgId, year, members, decisions, mayDecide, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState<'member' | 'collective'>('member');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [collectiveName, setCollectiveName] = useState('');
  const [form, setForm] = useState<CommendationForm>('giay_khen');
  const [issuer, setIssuer] = useState('');
  const [level, setLevel] = useState<IssuerLevel>('grassroots');
  const [reason, setReason] = useState('');
  const [cashAmount, setCashAmount] = useState<number | null>(null);
  const [status, setStatus] = useState<ProposalStatus>('proposed');
  const decision = useDecisionChoice();
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(recipient === 'member' && !memberId ? { memberId: t('form.required') } : {}),
      ...(recipient === 'collective' && !collectiveName.trim() ? { collectiveName: t('form.required') } : {}),
      ...(status === 'decided' ? decision.missing(t('form.required')) : {}),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(async () => createCommendation(orgId, {
      year, memberId: recipient === 'member' ? Number(memberId) : null,
      collectiveName: recipient === 'collective' ? collectiveName.trim() : null,
      form, issuer: issuer.trim(), issuerLevel: level, reason: reason.trim() || null, cashAmount,
      decisionId: status === 'decided' ? await decision.resolve(orgId) : null,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.commendation.title', { year })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="commendation-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="commendation-error">{formError}</Alert>}
          <SegmentedControl value={recipient} onChange={(v) => setRecipient(v as 'member' | 'collective')} data-testid="commendation-recipient"
            data={[{ value: 'member', label: t('emulationForms.commendation.toMember') }, { value: 'collective', label: t('emulationForms.commendation.toCollective') }]} />
          {recipient === 'member' ? (
            <Select searchable required label={t('emulation.member')} data={members} value={memberId} onChange={setMemberId}
              error={fieldErrors.memberId} data-testid="commendation-member" />
          ) : (
            <TextInput required label={t('emulationForms.commendation.collectiveName')} value={collectiveName}
              onChange={(e) => setCollectiveName(e.currentTarget.value)} error={fieldErrors.collectiveName ?? fieldErrors.memberId}
              placeholder={t('emulationForms.commendation.collectivePlaceholder')} data-testid="commendation-collective" />
          )}
          <NativeSelect label={t('emulationForms.commendation.form')} value={form} onChange={(e) => setForm(e.currentTarget.value as CommendationForm)}
            data={commendationForm.options.map((f) => ({ value: f, label: t(`emulation.forms.${f}`) }))} data-testid="commendation-kind" />
          <TextInput required label={t('emulationForms.issuer')} value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)}
            error={fieldErrors.issuer} data-testid="commendation-issuer" />
          <NativeSelect label={t('emulation.decision.level')} value={level} onChange={(e) => setLevel(e.currentTarget.value as IssuerLevel)}
            data={issuerLevel.options.map((l) => ({ value: l, label: t(`emulation.levels.${l}`) }))} data-testid="commendation-level" />
          <Textarea label={t('emulationForms.commendation.reason')} autosize minRows={2} value={reason}
            onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} data-testid="commendation-reason" />
          <MoneyInput label={t('emulationForms.commendation.cash')} description={t('emulationForms.commendation.cashHint')} value={cashAmount}
            onChange={setCashAmount} error={fieldErrors.cashAmount} data-testid="commendation-cash" />
          {mayDecide && <ProposalStatusControl value={status} onChange={setStatus} testId="commendation-status" />}
          {status === 'decided' && (
            <DecisionFields choice={decision.choice} onChange={decision.change} decisions={decisions} fieldErrors={fieldErrors} />
          )}
          <Button type="submit" loading={saving} data-testid="commendation-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
