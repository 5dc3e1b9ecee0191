// Awards and discipline of the year: a commendation, a collective title or prize, a discipline.
import { Button } from '@mantine/core';
import { IconAward, IconGavel, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';
import { CollectiveAwardFormModal } from './CollectiveAwardFormModal.tsx';
import { CommendationFormModal } from './CommendationFormModal.tsx';
import { DisciplineFormModal } from './DisciplineFormModal.tsx';

type Open = 'commendation' | 'collectiveAward' | 'discipline' | null;

interface Props {
  orgId: number;
  emulation: EmulationYear;
  members: MemberOption[];
  mayDecide: boolean;
  onChanged: () => void;
}

export function AwardEntryButtons({ orgId, emulation, members, mayDecide, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  const common = { orgId, year: emulation.year, decisions: emulation.decisions, onClose: () => setOpen(null), onSaved: saved };

  return (
    <>
      <Button variant="light" leftSection={<IconAward size={16} />} onClick={() => setOpen('commendation')} data-testid="add-commendation">
        {t('emulationForms.commendation.add')}
      </Button>
      <Button variant="light" leftSection={<IconUsersGroup size={16} />} onClick={() => setOpen('collectiveAward')} data-testid="add-collective-award">
        {t('emulationForms.collectiveAward.add')}
      </Button>
      <Button variant="light" color="red" leftSection={<IconGavel size={16} />} onClick={() => setOpen('discipline')} data-testid="add-discipline">
        {t('emulationForms.discipline.add')}
      </Button>
      {open === 'commendation' && <CommendationFormModal {...common} members={members} mayDecide={mayDecide} />}
      {open === 'collectiveAward' && <CollectiveAwardFormModal {...common} mayDecide={mayDecide} />}
      {open === 'discipline' && <DisciplineFormModal {...common} members={members} />}
    </>
  );
}
