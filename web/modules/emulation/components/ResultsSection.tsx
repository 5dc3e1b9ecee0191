// Danh hiệu cá nhân of the year: proposed or decided, the decision and the cash; the chairperson records the
// decision of a proposed title here ("Ghi quyết định").
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { DecisionModal } from './DecisionModal.tsx';
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
  const [deciding, setDeciding] = useState<Result | null>(null);
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
                <Table.Td>{mayDecide && r.status === 'proposed' && (
                  <Button size="compact-sm" variant="light" onClick={() => setDeciding(r)} data-testid="result-decide">
                    {t('emulation.decision.title')}
                  </Button>)}
                </Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {deciding && (
        <DecisionModal orgId={orgId} resultId={deciding.id} label={label(deciding)} decisions={emulation.decisions} isAdmin={isAdmin}
          onClose={() => {
            // A refused attempt may have recorded its decision: reload so it can be chosen next time.
            setDeciding(null);
            onChanged();
          }}
          onDecided={() => {
            setDeciding(null);
            onChanged();
          }} />
      )}
    </Paper>
  );
}
