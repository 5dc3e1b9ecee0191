// The fields of a decision: pick one of the year's decisions, or type a new one (see use-decision-choice.ts).
import { NativeSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { issuerLevel, type DecisionView, type IssuerLevel } from '../../../../shared/contracts/emulation.contract.ts';
import type { FieldErrors } from '../../../app/errors.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { DecisionChoice } from '../hooks/use-decision-choice.ts';

interface Props {
  choice: DecisionChoice;
  onChange: (patch: Partial<DecisionChoice>) => void;
  decisions: readonly DecisionView[];
  fieldErrors: FieldErrors;
}

export function DecisionFields({ choice, onChange, decisions, fieldErrors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {decisions.length > 0 && (
        <Select label={t('emulation.decision.existing')} placeholder={t('emulation.decision.newOne')} clearable
          data={decisions.map((d) => ({ value: String(d.id), label: `${d.number} — ${d.issuer} (${formatDate(d.issuedOn)})` }))}
          value={choice.existingId} onChange={(existingId) => onChange({ existingId })} error={fieldErrors.decisionId}
          data-testid="decision-existing" />
      )}
      {!choice.existingId && (
        <>
          <TextInput label={t('emulation.decision.number')} required value={choice.number} onChange={(e) => onChange({ number: e.currentTarget.value })}
            error={fieldErrors.number} data-testid="decision-number" placeholder="01/QĐ-CĐCS" />
          <DateField label={t('emulation.decision.issuedOn')} required value={choice.issuedOn} onChange={(issuedOn) => onChange({ issuedOn })}
            error={fieldErrors.issuedOn} data-testid="decision-issuedOn" />
          <TextInput label={t('emulation.decision.issuer')} required value={choice.issuer} onChange={(e) => onChange({ issuer: e.currentTarget.value })}
            error={fieldErrors.issuer} data-testid="decision-issuer" />
          <NativeSelect label={t('emulation.decision.level')} value={choice.level}
            onChange={(e) => onChange({ level: e.currentTarget.value as IssuerLevel })}
            data={issuerLevel.options.map((l) => ({ value: l, label: t(`emulation.levels.${l}`) }))} data-testid="decision-level" />
        </>
      )}
    </>
  );
}
