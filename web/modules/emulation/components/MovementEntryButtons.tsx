// A movement launched (phát động phong trào) and a collective registration (đăng ký thi đua tập thể).
import { Button } from '@mantine/core';
import { IconFlag, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CollectiveRegistrationFormModal } from './CollectiveRegistrationFormModal.tsx';
import { MovementFormModal } from './MovementFormModal.tsx';

type Open = 'movement' | 'collectiveRegistration' | null;

export function MovementEntryButtons({ orgId, year, onChanged }: { orgId: number; year: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const common = {
    orgId, year, onClose: () => setOpen(null),
    onSaved: () => {
      setOpen(null);
      onChanged();
    },
  };

  return (
    <>
      <Button variant="light" leftSection={<IconFlag size={16} />} onClick={() => setOpen('movement')} data-testid="add-movement">
        {t('emulationForms.movement.add')}
      </Button>
      <Button variant="light" leftSection={<IconTargetArrow size={16} />} onClick={() => setOpen('collectiveRegistration')}
        data-testid="add-collective-registration">
        {t('emulationForms.collectiveRegistration.add')}
      </Button>
      {open === 'movement' && <MovementFormModal {...common} />}
      {open === 'collectiveRegistration' && <CollectiveRegistrationFormModal {...common} />}
    </>
  );
}
