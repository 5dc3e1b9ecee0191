// "Sửa tiền thưởng" on a decided title or commendation (chairperson): the button and its CashFormModal.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CashFormModal } from './CashFormModal.tsx';

interface Props {
  orgId: number;
  kind: 'results' | 'commendations';
  id: number;
  label: string;
  cashAmount: number | null;
  onChanged: () => void;
  testId: string;
}

export function CashAction({ orgId, kind, id, label, cashAmount, onChanged, testId }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="subtle" onClick={() => setOpen(true)} data-testid={testId}>
        {t('emulationForms.cash.action')}
      </Button>
      {open && (
        <CashFormModal orgId={orgId} kind={kind} id={id} label={label} cashAmount={cashAmount} onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onChanged();
          }} />
      )}
    </>
  );
}
