// "Ghi quyết định" on a proposed row (title, commendation, collective award): the button and its DecisionModal.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import type { DecidableKind } from '../emulation.api.ts';
import { DecisionModal } from './DecisionModal.tsx';

interface Props {
  orgId: number;
  kind: DecidableKind;
  id: number;
  label: string;
  decisions: readonly DecisionView[];
  isAdmin: boolean;
  /** Also after a refused attempt: it may have recorded its decision, to be chosen next time. */
  onChanged: () => void;
  testId: string;
}

export function DecideAction({ orgId, kind, id, label, decisions, isAdmin, onChanged, testId }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    onChanged();
  };
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => setOpen(true)} data-testid={testId}>
        {t('emulation.decision.title')}
      </Button>
      {open && <DecisionModal orgId={orgId} kind={kind} id={id} label={label} decisions={decisions} isAdmin={isAdmin} onClose={close} onDecided={close} />}
    </>
  );
}
