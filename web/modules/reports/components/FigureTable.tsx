// Figures as a compact table: what each one is, its placeholder to copy, and its value for the report year.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualDraftView } from '../../../../shared/contracts/reports.contract.ts';
import { PlaceholderCode } from './PlaceholderCode.tsx';

export type Figure = AnnualDraftView['figures'][string];

export function FigureTable({ figures, testId }: { figures: readonly (readonly [string, Figure])[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table data-testid={testId} verticalSpacing={6} horizontalSpacing="xs" fz="sm" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.figures.label')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('reports.figures.value')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figures.map(([key, figure]) => (
          <Table.Tr key={key} data-testid="figure-row" data-key={key}>
            <Table.Td>
              <Text size="sm">{figure.label}</Text>
              <PlaceholderCode figureKey={key} />
            </Table.Td>
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {figure.text}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
