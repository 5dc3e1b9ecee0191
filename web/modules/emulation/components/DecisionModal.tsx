// Ghi quyết định: a proposed title becomes decided once its decision (number, date, issuer, level) is recorded.
// The server judges the title first; its refusal (naming the condition and its article) is shown as the form's error.
// An administrator may override a refusal with a reason, kept in the audit log.
import { Alert, Button, Modal, NativeSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuerLevel, type DecisionView, type IssuerLevel } from '../../../../shared/contracts/emulation.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { createDecision, decideResult } from '../emulation.api.ts';

interface Props {
  orgId: number;
  resultId: number;
  /** "Đồng chí …, Lao động tiên tiến": what is being decided. */
  label: string;
  decisions: readonly DecisionView[];
  isAdmin: boolean;
  onClose: () => void;
  onDecided: () => void;
}

export function DecisionModal({ orgId, resultId, label, decisions, isAdmin, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const [existingId, setExistingId] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(todayIso());
  const [issuer, setIssuer] = useState('');
  const [level, setLevel] = useState<IssuerLevel>('grassroots');
  const [overrideReason, setOverrideReason] = useState('');
  // A decision created on an attempt the server then refused is reused on the next attempt, not created twice.
  const [created, setCreated] = useState<{ key: string; id: number } | null>(null);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!existingId && !issuedOn) {
      setFieldErrors({ issuedOn: t('form.required') });
      return;
    }
    const done = await run(async () => {
      let decisionId = existingId ? Number(existingId) : null;
      const key = `${number.trim()}|${issuer.trim()}|${issuedOn}|${level}`;
      if (decisionId === null) {
        decisionId = created?.key === key ? created.id : (await createDecision(orgId, {
          number: number.trim(), issuedOn: issuedOn ?? '', issuer: issuer.trim(), issuerLevel: level,
        })).id;
        setCreated({ key, id: decisionId });
      }
      const reason = overrideReason.trim();
      return decideResult(orgId, resultId, decisionId, isAdmin && reason ? { reason } : null);
    });
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.decision.saved') });
      onDecided();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulation.decision.title')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="decision-form">
        <Stack gap="xs">
          <Alert color="blue" variant="light" p="xs">{label}</Alert>
          {formError && <Alert color="red" p="xs" data-testid="decision-error">{formError}</Alert>}
          {decisions.length > 0 && (
            <Select label={t('emulation.decision.existing')} placeholder={t('emulation.decision.newOne')} clearable
              data={decisions.map((d) => ({ value: String(d.id), label: `${d.number} — ${d.issuer} (${formatDate(d.issuedOn)})` }))}
              value={existingId} onChange={setExistingId} data-testid="decision-existing" />
          )}
          {!existingId && (
            <>
              <TextInput label={t('emulation.decision.number')} required value={number} onChange={(e) => setNumber(e.currentTarget.value)}
                error={fieldErrors.number} data-testid="decision-number" placeholder="01/QĐ-CĐCS" />
              <DateField label={t('emulation.decision.issuedOn')} required value={issuedOn} onChange={setIssuedOn}
                error={fieldErrors.issuedOn} data-testid="decision-issuedOn" />
              <TextInput label={t('emulation.decision.issuer')} required value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)}
                error={fieldErrors.issuer} data-testid="decision-issuer" />
              <NativeSelect label={t('emulation.decision.level')} value={level} onChange={(e) => setLevel(e.currentTarget.value as IssuerLevel)}
                data={issuerLevel.options.map((l) => ({ value: l, label: t(`emulation.levels.${l}`) }))} data-testid="decision-level" />
            </>
          )}
          {isAdmin && (
            <Textarea label={t('emulation.decision.override')} description={t('emulation.decision.overrideHint')} autosize minRows={2}
              value={overrideReason} onChange={(e) => setOverrideReason(e.currentTarget.value)}
              error={fieldErrors.override} data-testid="decision-override" />
          )}
          <Button type="submit" loading={saving} data-testid="decision-save">{t('emulation.decision.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
