// Khen thưởng of the year: to members or named collectives, proposed or decided, with the decision and the cash; the
// chairperson records a proposal's decision here and corrects a decided one's cash.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatDate } from '../../../ui/format.ts';
import { ProposalActions } from './ProposalActions.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Commendation = EmulationYear['commendations'][number];

interface Props {
  orgId: number;
  emulation: EmulationYear;
  mayDecide: boolean;
  onChanged: () => void;
}

export function CommendationsSection({ orgId, emulation, mayDecide, onChanged }: Props) {
  const { t } = useTranslation();
  const label = (c: Commendation) => `${c.memberName ?? c.collectiveName ?? ''} — ${t(`emulation.forms.${c.form}`)} (${c.issuer})`;

  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-commendations">
      <Title order={4} mb="sm">{t('emulationForms.commendation.section')}</Title>
      {emulation.commendations.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Tbody>{emulation.commendations.map((c) => (
              <Table.Tr key={c.id} data-testid="commendation-row">
                <Table.Td>{c.memberName ?? c.collectiveName}</Table.Td>
                <Table.Td>{t(`emulation.forms.${c.form}`)}</Table.Td>
                <Table.Td>{c.issuer}</Table.Td>
                <Table.Td><StatusBadge status={c.status} /></Table.Td>
                <Table.Td>{c.decision ? `${c.decision.number} (${formatDate(c.decision.issuedOn)})` : ''}</Table.Td>
                <Table.Td>{c.cashAmount !== null ? formatDong(c.cashAmount) : ''}</Table.Td>
                <Table.Td>{mayDecide && (
                  <ProposalActions orgId={orgId} kind="commendations" row={c} label={label(c)} decisions={emulation.decisions} isAdmin={false}
                    onChanged={onChanged} testIds={{ decide: 'commendation-decide', cash: 'commendation-cash-edit' }} />)}
                </Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
