// The figures of a year, one row per date: workers (women), members and coverage, contracts, social insurance,
// under-employed, income, wage arrears, Tết bonus and meal; the actions of those who may write.
import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatPercent } from '../../../../shared/vi/numbers.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import type { WorkforceView } from '../workforce.api.ts';

interface Props {
  figures: WorkforceView[];
  mayWrite: boolean;
  onEdit: (f: WorkforceView) => void;
  onDelete: (f: WorkforceView) => Promise<void>;
}

const share = (value: number | null) => (value === null ? '' : formatPercent(value));
const money = (value: number | null) => (value === null ? '' : formatDong(value));

export function WorkforceTable({ figures, mayWrite, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover data-testid="workforce-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workforce.field.asOf')}</Table.Th>
            <Table.Th>{t('workforce.column.employees')}</Table.Th>
            <Table.Th>{t('workforce.column.members')}</Table.Th>
            <Table.Th>{t('workforce.column.contracted')}</Table.Th>
            <Table.Th>{t('workforce.column.socialInsured')}</Table.Th>
            <Table.Th>{t('workforce.field.underEmployed')}</Table.Th>
            <Table.Th>{t('workforce.field.averageIncome')}</Table.Th>
            <Table.Th>{t('workforce.column.arrears')}</Table.Th>
            <Table.Th>{t('workforce.column.tetMeal')}</Table.Th>
            {mayWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.map((f) => (
            <Table.Tr key={f.id} data-testid={`workforce-${f.asOf}`}>
              <Table.Td>
                <Text size="sm" fw={600}>{formatDate(f.asOf)}</Text>
                {f.note && <Text size="xs" c="dimmed">{f.note}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(f.employees)}</Text>
                <Text size="xs" c="dimmed">{t('workforce.women', { formatted: formatNumber(f.women), share: share(f.womenShare) })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} data-testid="workforce-coverage">{share(f.coverage)}</Text>
                <Text size="xs" c="dimmed">
                  {t(f.membersCounted ? 'workforce.membersCounted' : 'workforce.membersEntered', { formatted: formatNumber(f.members) })}
                </Text>
              </Table.Td>
              <Table.Td>{formatNumber(f.contracted)}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(f.socialInsured)}</Text>
                <Text size="xs" c="dimmed">{share(f.socialInsuredShare)}</Text>
              </Table.Td>
              <Table.Td>{formatNumber(f.underEmployed)}</Table.Td>
              <Table.Td>{money(f.averageIncome)}</Table.Td>
              <Table.Td>
                {f.wageArrearsWorkers === 0 ? t('workforce.noArrears') : (
                  <Text size="sm" c="red">{t('workforce.arrears', { formatted: formatNumber(f.wageArrearsWorkers), amount: formatDong(f.wageArrearsAmount) })}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{money(f.tetBonusAverage)}</Text>
                <Text size="xs" c="dimmed">{f.mealValuePerShift === null ? '' : t('workforce.perShift', { amount: formatDong(f.mealValuePerShift) })}</Text>
              </Table.Td>
              {mayWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('workforce.edit')}>
                      <ActionIcon variant="subtle" aria-label={t('workforce.edit')} onClick={() => onEdit(f)}><IconPencil size={16} /></ActionIcon>
                    </Tooltip>
                    <ConfirmAction message={t('workforce.confirmDelete', { date: formatDate(f.asOf) })} confirmLabel={t('workforce.delete')} onConfirm={() => onDelete(f)}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('workforce.delete')}><IconTrash size={16} /></ActionIcon>
                    </ConfirmAction>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
