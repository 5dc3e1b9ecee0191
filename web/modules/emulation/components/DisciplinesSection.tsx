// Kỷ luật of the year: member, form, date, reason and decision.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDate } from '../../../ui/format.ts';

export function DisciplinesSection({ emulation }: { emulation: EmulationYear }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-disciplines">
      <Title order={4} mb="sm">{t('emulationForms.discipline.section')}</Title>
      {emulation.disciplines.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Tbody>{emulation.disciplines.map((d) => (
              <Table.Tr key={d.id} data-testid="discipline-row">
                <Table.Td>{d.memberName}</Table.Td>
                <Table.Td>{t(`emulationForms.discipline.forms.${d.form}`)}</Table.Td>
                <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
                <Table.Td>{d.reason ?? ''}</Table.Td>
                <Table.Td>{d.decision ? `${d.decision.number} (${d.decision.issuer}, ${formatDate(d.decision.issuedOn)})` : ''}</Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
