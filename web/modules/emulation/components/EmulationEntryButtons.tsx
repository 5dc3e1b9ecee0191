// The committee's entries of the year: a registration for any member, a staff rating, an initiative.
import { Button, Group } from '@mantine/core';
import { IconBulb, IconClipboardPlus, IconStars } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { useUnionMembers } from '../hooks/use-union-members.ts';
import { InitiativeFormModal } from './InitiativeFormModal.tsx';
import { RatingFormModal } from './RatingFormModal.tsx';
import { RegistrationFormModal } from './RegistrationFormModal.tsx';

type Open = 'registration' | 'rating' | 'initiative' | null;

export function EmulationEntryButtons({ orgId, emulation, onChanged }: { orgId: number; emulation: EmulationYear; onChanged: () => void }) {
  const { t } = useTranslation();
  const members = useUnionMembers(orgId);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  const common = { orgId, year: emulation.year, members, onClose: close, onSaved: saved };

  return (
    <Group gap="xs" data-testid="emulation-entries">
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
    </Group>
  );
}
