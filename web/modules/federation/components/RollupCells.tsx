// The figure cells of one line of the roll-up table: a union's own figures, or a subtotal's (an upper level, a kind,
// the grand total), in the order of ROLLUP_COLUMNS.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubordinateRow } from '../../../../shared/contracts/federation.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatPercent } from '../../../../shared/vi/numbers.ts';
import { formatNumber } from '../../../ui/format.ts';
import { coverageOf, duesRateOf, GRADES, NOT_CLASSIFIED, type UnionSums } from '../union-sums.ts';
import type { UnionSortKey } from '../union-table.ts';
import { ReportStatusBadge } from './ReportStatusBadge.tsx';

/** The sortable figure columns, after the name; right-aligned but for the badges. */
export const ROLLUP_COLUMNS: readonly { key: Exclude<UnionSortKey, 'name'>; align: 'left' | 'right' }[] = [
  { key: 'members', align: 'right' }, { key: 'women', align: 'right' }, { key: 'coverage', align: 'right' },
  { key: 'titlesRegistered', align: 'right' }, { key: 'titlesAchieved', align: 'right' }, { key: 'classification', align: 'left' },
  { key: 'duesRate', align: 'right' }, { key: 'duesCollected', align: 'right' }, { key: 'remitted', align: 'right' },
  { key: 'welfareSpent', align: 'right' }, { key: 'agreement', align: 'left' }, { key: 'dialoguesHeld', align: 'right' },
  { key: 'report', align: 'left' },
];

const gradeColor: Record<string, string> = { htxsnv: 'green', httnv: 'teal', htnv: 'yellow', khtnv: 'red' };
const percentOr = (value: number | null) => (value === null ? '—' : formatPercent(value));

interface Props {
  sums: UnionSums;
  /** A grassroots union's own row; absent on a subtotal. */
  union?: SubordinateRow;
  /** Where the union's annual report opens (read-only for an officer above it). */
  reportHref?: string;
  year: number;
}

export function RollupCells({ sums, union, reportHref, year }: Props) {
  const { t } = useTranslation();
  const coverage = coverageOf(sums);
  const grades = [...GRADES, NOT_CLASSIFIED].filter((g) => (sums.classifications[g] ?? 0) > 0);
  return (
    <>
      <Table.Td ta="right">
        {formatNumber(sums.members)}
        {union && union.suspended > 0 && (
          <Text size="xs" c="dimmed">
            {t('federation.suspended', { count: union.suspended })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(sums.women)}</Table.Td>
      <Table.Td ta="right" data-testid="cell-coverage">
        {percentOr(coverage)}
        {coverage !== null && (
          <Text size="xs" c="dimmed">
            {t('federation.employeesOf', { employees: formatNumber(sums.employees) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(sums.titlesRegistered)}</Table.Td>
      <Table.Td ta="right">{formatNumber(sums.titlesAchieved)}</Table.Td>
      <Table.Td data-testid="cell-classification">
        {union ? (
          union.figures.classification ? (
            <Badge variant="light" color={gradeColor[union.figures.classification] ?? 'gray'} tt="none">
              {t(`federation.grades.${union.figures.classification}`, { defaultValue: union.figures.classification })}
            </Badge>
          ) : (
            <Text size="xs" c="dimmed">
              {t('federation.grades.none')}
            </Text>
          )
        ) : (
          <Text size="xs">{grades.map((g) => `${t(`federation.grades.${g}`)}: ${sums.classifications[g]}`).join(' · ')}</Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="cell-dues-rate">
        {percentOr(duesRateOf(sums))}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="cell-dues-collected">
        {formatDong(sums.duesCollected)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatDong(sums.remitted)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatDong(sums.welfareSpent)}
      </Table.Td>
      <Table.Td>
        {union
          ? t(union.figures.agreementInForce ? 'federation.agreementYes' : 'federation.agreementNo')
          : `${formatNumber(sums.agreementsInForce)}/${formatNumber(sums.unions)}`}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(sums.dialoguesHeld)}</Table.Td>
      <Table.Td>
        {union?.report ? (
          reportHref ? (
            <Anchor component={Link} to={reportHref} aria-label={t('federation.openReport', { year, name: union.name })}
              data-testid={`open-report-${union.code}`}>
              <ReportStatusBadge status={union.report} />
            </Anchor>
          ) : (
            <ReportStatusBadge status={union.report} />
          )
        ) : (
          !union && (
            <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
              {t('federation.submittedOf', { submitted: sums.reports.submitted, total: sums.unions })}
            </Text>
          )
        )}
      </Table.Td>
    </>
  );
}
