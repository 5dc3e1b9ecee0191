// Danh hiệu cá nhân of the year: proposed or decided, the decision and the cash; the chairperson records the
// decision of a proposed title here ("Ghi quyết định") and corrects a decided title's cash.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatDate } from '../../../ui/format.ts';
import { ProposalActions } from './ProposalActions.tsx';
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
                <Table.Td>{r.cashAmount !== null ? formatDong(r.cashAmount) : ''}</Table.Td>
                <Table.Td>{mayDecide && (
                  <ProposalActions orgId={orgId} kind="results" row={r} label={label(r)} decisions={emulation.decisions} isAdmin={isAdmin}
                    onChanged={onChanged} testIds={{ decide: 'result-decide', cash: 'result-cash' }} />)}
                </Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
