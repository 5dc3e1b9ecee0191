// Ghi quyết định: a proposal (a title, a commendation, a collective award) becomes decided once its decision (number,
// date, issuer, level) is recorded. The server judges a title first; its refusal (naming the condition and its
// article) is shown as the form's error. An administrator may override a title's refusal with a reason, kept in the
// audit log.
import { Alert, Button, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { decideProposal, type DecidableKind } from '../emulation.api.ts';
import { useDecisionChoice } from '../hooks/use-decision-choice.ts';
import { DecisionFields } from './DecisionFields.tsx';

interface Props {
  orgId: number;
  kind: DecidableKind;
  id: number;
  /** "Đồng chí …, Lao động tiên tiến": what is being decided. */
  label: string;
  decisions: readonly DecisionView[];
  isAdmin: boolean;
  onClose: () => void;
  onDecided: () => void;
}

export function DecisionModal({ orgId, kind, id, label, decisions, isAdmin, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const decision = useDecisionChoice();
  const [overrideReason, setOverrideReason] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();
  // Only a title is judged by the rules, so only a title's refusal can be overridden.
  const mayOverride = isAdmin && kind === 'results';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = decision.missing(t('form.required'));
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(async () => {
      const decisionId = await decision.resolve(orgId);
      const reason = overrideReason.trim();
      return decideProposal(orgId, kind, id, decisionId, mayOverride && reason ? { reason } : null);
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
          <DecisionFields choice={decision.choice} onChange={decision.change} decisions={decisions} fieldErrors={fieldErrors} />
          {mayOverride && (
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
