// Danh hiệu, giải thưởng tập thể of the year (the union's or its host's): proposed or decided; the chairperson
// records a proposal's decision here; anyone who reads the year downloads its báo cáo thành tích (Mẫu 02).
import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDate } from '../../../ui/format.ts';
import { DecideAction } from './DecideAction.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Award = EmulationYear['collectiveAwards'][number];

interface Props {
  orgId: number;
  emulation: EmulationYear;
  mayDecide: boolean;
  onChanged: () => void;
}

export function CollectiveAwardsSection({ orgId, emulation, mayDecide, onChanged }: Props) {
  const { t } = useTranslation();
  const name = (a: Award) => (a.prizeRank ? `${a.name} — ${a.prizeRank}` : a.name);
  const [error, setError] = useState<string | null>(null);
  const report = (a: Award) => {
    setError(null);
    downloadFile(`/api/orgs/${orgId}/emulation/collective-awards/${a.id}/achievement-report.docx`, `bao-cao-thanh-tich-tap-the-${emulation.year}.docx`)
      .catch((err: unknown) => setError(errorMessage(err, t)));
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-collective-awards">
      <Title order={4} mb="sm">{t('emulationForms.collectiveAward.section')}</Title>
      {error && <Alert color="red" p="xs" mb="xs">{error}</Alert>}
      {emulation.collectiveAwards.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Tbody>{emulation.collectiveAwards.map((a) => (
              <Table.Tr key={a.id} data-testid="collective-award-row">
                <Table.Td>{t(`emulation.holders.${a.holder}`)}</Table.Td>
                <Table.Td>{name(a)}</Table.Td>
                <Table.Td>{a.issuer}</Table.Td>
                <Table.Td><StatusBadge status={a.status} /></Table.Td>
                <Table.Td>{a.decision ? `${a.decision.number} (${formatDate(a.decision.issuedOn)})` : ''}</Table.Td>
                <Table.Td><Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" leftSection={<IconFileText size={14} />} onClick={() => report(a)}
                    data-testid="collective-award-report">{t('emulationForms.collectiveAward.achievementReport')}</Button>
                  {mayDecide && a.status === 'proposed' && (
                    <DecideAction orgId={orgId} kind="collective-awards" id={a.id} label={`${t(`emulation.holders.${a.holder}`)} — ${name(a)}`}
                      decisions={emulation.decisions} isAdmin={false} onChanged={onChanged} testId="collective-award-decide" />)}
                </Group></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
