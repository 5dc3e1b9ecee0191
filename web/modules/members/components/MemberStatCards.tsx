import { SimpleGrid } from '@mantine/core';
import { IconFlag, IconGenderFemale, IconGenderMale, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberStats } from '../../../../shared/contracts/members.contract.ts';
import { StatCard } from '../../../ui/StatCard.tsx';

export function MemberStatCards({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      <StatCard
        label={t('stats.total')}
        value={stats.total}
        icon={<IconUsers size={26} />}
        color="blue"
        testId="stat-total"
        hint={stats.suspended > 0 ? t('stats.suspendedApart', { count: stats.suspended }) : undefined}
      />
      <StatCard label={t('stats.women')} value={stats.women} icon={<IconGenderFemale size={26} />} color="pink" testId="stat-women" />
      <StatCard label={t('stats.men')} value={stats.men} icon={<IconGenderMale size={26} />} color="cyan" testId="stat-men" />
      <StatCard label={t('stats.partyMembers')} value={stats.partyMembers} icon={<IconFlag size={26} />} color="red" testId="stat-party" />
    </SimpleGrid>
  );
}
