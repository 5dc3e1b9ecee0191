// The union's grade decided by the upper body: the grade and its decision (one of the year's, or a new one).
import { Alert, Button, Modal, NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeCode, type DecisionView, type GradeCode } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { recordDecidedGrade } from '../classification.api.ts';
import { useDecisionChoice } from '../hooks/use-decision-choice.ts';
import { DecisionFields } from './DecisionFields.tsx';

interface Props { orgId: number; year: number; decisions: readonly DecisionView[]; onDecided: () => void }

export function ClassificationDecisionButton({ orgId, year, decisions, onDecided }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [grade, setGrade] = useState<GradeCode>('httnv');
  const decision = useDecisionChoice('district');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = decision.missing(t('form.required'));
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(async () => recordDecidedGrade(orgId, year, grade, await decision.resolve(orgId)));
    if (done) {
      notifications.show({ color: 'green', message: t('classification.decisionSaved') });
      setOpen(false);
      onDecided();
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="classification-decide">{t('classification.decide')}</Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('classification.decideTitle', { year })} size="lg">
          <form onSubmit={(e) => void submit(e)} noValidate data-testid="classification-decision-form">
            <Stack gap="xs">
              {formError && <Alert color="red" p="xs">{formError}</Alert>}
              <NativeSelect label={t('classification.decidedGrade')} value={grade} onChange={(e) => setGrade(e.currentTarget.value as GradeCode)}
                data={gradeCode.options.map((g) => ({ value: g, label: g.toUpperCase() }))} data-testid="classification-decided-grade" />
              <DecisionFields choice={decision.choice} onChange={decision.change} decisions={decisions} fieldErrors={fieldErrors} />
              <Button type="submit" loading={saving} data-testid="classification-decision-save">{t('emulation.decision.save')}</Button>
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
}
