// The committee's entries of the year, in groups: a member's records (registration, staff rating, initiative), awards
// and discipline, movements and collective registrations, and the Excel sheet of the year.
import { Group, Stack } from '@mantine/core';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { useUnionMembers } from '../hooks/use-union-members.ts';
import { AwardEntryButtons } from './AwardEntryButtons.tsx';
import { EmulationExcelButtons } from './EmulationExcelButtons.tsx';
import { MemberEntryButtons } from './MemberEntryButtons.tsx';
import { MovementEntryButtons } from './MovementEntryButtons.tsx';

interface Props {
  orgId: number;
  emulation: EmulationYear;
  /** The chairperson may also record proposals as decided (with their decision). */
  mayDecide: boolean;
  onChanged: () => void;
}

export function EmulationEntryButtons({ orgId, emulation, mayDecide, onChanged }: Props) {
  const members = useUnionMembers(orgId);
  return (
    <Stack gap="xs" data-testid="emulation-entries">
      <Group gap="xs">
        <MemberEntryButtons orgId={orgId} emulation={emulation} members={members} onChanged={onChanged} />
        <AwardEntryButtons orgId={orgId} emulation={emulation} members={members} mayDecide={mayDecide} onChanged={onChanged} />
        <MovementEntryButtons orgId={orgId} year={emulation.year} onChanged={onChanged} />
      </Group>
      <Group gap="xs">
        <EmulationExcelButtons orgId={orgId} year={emulation.year} onChanged={onChanged} />
      </Group>
    </Stack>
  );
}
