// The federation's figures at a glance, from the roll-up's totals over every grassroots union below.
import { SimpleGrid } from '@mantine/core';
import {
  IconAward, IconBuildingCommunity, IconCoin, IconFileCertificate, IconHeartHandshake, IconMessages, IconPercentage, IconReportAnalytics,
  IconSend, IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RollupTotals } from '../../../../shared/contracts/federation.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatPercent } from '../../../../shared/vi/numbers.ts';
import { formatNumber } from '../../../ui/format.ts';
import { ratio } from '../union-sums.ts';
import { FigureCard } from './FigureCard.tsx';

const percentOr = (value: number | null, none = '—') => (value === null ? none : formatPercent(value));

/** `membersWithWorkforce`: the members of the unions that recorded their workforce (the coverage's numerator). */
export function RollupStatCards({ totals, membersWithWorkforce }: { totals: RollupTotals; membersWithWorkforce: number }) {
  const { t } = useTranslation();
  const submitted = totals.reports.submitted ?? 0;
  const coverage = ratio(membersWithWorkforce, totals.employees);
  const icon = { size: 22, stroke: 1.6 };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" data-testid="rollup-stats">
      <FigureCard testId="rollup-unions" label={t('federation.stats.unions')} value={formatNumber(totals.unions)}
        icon={<IconBuildingCommunity {...icon} />} color="blue" />
      <FigureCard testId="rollup-members" label={t('federation.stats.members')} value={formatNumber(totals.members)}
        hint={t('federation.stats.women', { women: formatNumber(totals.women), percent: percentOr(ratio(totals.women, totals.members)) })}
        icon={<IconUsers {...icon} />} color="teal" />
      <FigureCard testId="rollup-coverage" label={t('federation.stats.coverage')} value={percentOr(coverage)}
        hint={coverage === null ? t('federation.stats.noWorkforce') : t('federation.stats.coverageHint', {
          members: formatNumber(membersWithWorkforce), employees: formatNumber(totals.employees),
          unions: totals.unionsWithWorkforce, total: totals.unions,
        })}
        icon={<IconPercentage {...icon} />} color="indigo" />
      <FigureCard testId="rollup-titles" label={t('federation.stats.titles')}
        value={`${formatNumber(totals.titlesAchieved)} / ${formatNumber(totals.titlesRegistered)}`}
        hint={t('federation.stats.titlesHint')} icon={<IconAward {...icon} />} color="yellow" />
      <FigureCard testId="rollup-dues" label={t('federation.stats.duesRate')} value={percentOr(ratio(totals.duesCollected, totals.duesExpected))}
        hint={t('federation.stats.duesHint', { collected: formatDong(totals.duesCollected), expected: formatDong(totals.duesExpected) })}
        icon={<IconCoin {...icon} />} color="orange" />
      <FigureCard testId="rollup-remitted" label={t('federation.stats.remitted')} value={formatDong(totals.remitted)}
        icon={<IconSend {...icon} />} color="cyan" />
      <FigureCard testId="rollup-welfare" label={t('federation.stats.welfare')} value={formatDong(totals.welfareSpent)}
        icon={<IconHeartHandshake {...icon} />} color="pink" />
      <FigureCard testId="rollup-agreements" label={t('federation.stats.agreements')}
        value={`${formatNumber(totals.agreementsInForce)} / ${formatNumber(totals.unions)}`}
        icon={<IconFileCertificate {...icon} />} color="grape" />
      <FigureCard testId="rollup-dialogues" label={t('federation.stats.dialogues')} value={formatNumber(totals.dialoguesHeld)}
        icon={<IconMessages {...icon} />} color="lime" />
      <FigureCard testId="rollup-reports" label={t('federation.stats.reports')} value={`${formatNumber(submitted)} / ${formatNumber(totals.unions)}`}
        hint={t('federation.stats.reportsHint', { notSubmitted: totals.unions - submitted })}
        icon={<IconReportAnalytics {...icon} />} color="green" />
    </SimpleGrid>
  );
}
