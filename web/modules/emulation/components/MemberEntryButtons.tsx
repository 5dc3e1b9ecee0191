// A member's records of the year: a registration for any member, a staff rating, an initiative.
import { Button } from '@mantine/core';
import { IconBulb, IconClipboardPlus, IconStars } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';
import { InitiativeFormModal } from './InitiativeFormModal.tsx';
import { RatingFormModal } from './RatingFormModal.tsx';
import { RegistrationFormModal } from './RegistrationFormModal.tsx';

type Open = 'registration' | 'rating' | 'initiative' | null;

interface Props {
  orgId: number;
  emulation: EmulationYear;
  members: MemberOption[];
  onChanged: () => void;
}

export function MemberEntryButtons({ orgId, emulation, members, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  const common = { orgId, year: emulation.year, members, onClose: () => setOpen(null), onSaved: saved };

  return (
    <>
      <Button variant="light" leftSection={<IconClipboardPlus size={16} />} onClick={() => setOpen('registration')} data-testid="add-registration">
        {t('emulation.entry.addRegistration')}
      </Button>
      <Button variant="light" leftSection={<IconStars size={16} />} onClick={() => setOpen('rating')} data-testid="add-rating">
        {t('emulation.entry.addRating')}
      </Button>
      <Button variant="light" leftSection={<IconBulb size={16} />} onClick={() => setOpen('initiative')} data-testid="add-initiative">
        {t('emulation.entry.addInitiative')}
      </Button>
      {open === 'registration' && <RegistrationFormModal {...common} />}
      {open === 'rating' && <RatingFormModal {...common} decisions={emulation.decisions} />}
      {open === 'initiative' && <InitiativeFormModal {...common} decisions={emulation.decisions} />}
    </>
  );
}
