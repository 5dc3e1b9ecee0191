// Danh hiệu cá nhân of the year: proposed or decided, the decision and the cash; the chairperson records the
// decision of a proposed title here ("Ghi quyết định") and corrects a decided title's cash.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { CashAction } from './CashAction.tsx';
import { DecideAction } from './DecideAction.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Result = EmulationYear['results'][number];

interface Props {
  orgId: number;
  emulation: EmulationYear;
  mayDecide: boolean;
  isAdmin: boolean;
  onChanged: () => void;
}

export function ResultsSection({ orgId, emulation, mayDecide, isAdmin, onChanged }: Props) {
  const { t } = useTranslation();
  const label = (r: Result) => `${r.memberName} — ${t(`emulation.titles.${r.title}`)}`;

  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-results">
      <Title order={4} mb="sm">{t('emulation.results')}</Title>
      {emulation.results.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Tbody>{emulation.results.map((r) => (
              <Table.Tr key={r.id} data-testid="result-row">
                <Table.Td>{r.memberName}</Table.Td>
                <Table.Td>{t(`emulation.titles.${r.title}`)}</Table.Td>
                <Table.Td><StatusBadge status={r.status} /></Table.Td>
                <Table.Td>{r.decision ? `${r.decision.number} (${r.decision.issuer}, ${formatDate(r.decision.issuedOn)})` : ''}</Table.Td>
                <Table.Td>{r.cashAmount !== null ? `${formatNumber(r.cashAmount)} đ` : ''}</Table.Td>
                <Table.Td>
                  {mayDecide && r.status === 'proposed' && (
                    <DecideAction orgId={orgId} kind="results" id={r.id} label={label(r)} decisions={emulation.decisions} isAdmin={isAdmin}
                      onChanged={onChanged} testId="result-decide" />)}
                  {mayDecide && r.status === 'decided' && (
                    <CashAction orgId={orgId} kind="results" id={r.id} label={label(r)} cashAmount={r.cashAmount} onChanged={onChanged}
                      testId="result-cash" />)}
                </Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
