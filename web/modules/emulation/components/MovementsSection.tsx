// Phong trào thi đua of the year and the collective registrations (đăng ký thi đua tập thể) made under them.
import { List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmulationYear } from '../../../../shared/contracts/emulation.contract.ts';
import { formatDate } from '../../../ui/format.ts';

export function MovementsSection({ emulation }: { emulation: EmulationYear }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder radius="md" p="md" data-testid="emulation-movements">
        <Title order={4} mb="sm">{t('emulation.movements')}</Title>
        {emulation.movements.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
          <Stack gap="xs">{emulation.movements.map((m) => (
            <div key={m.id} data-testid="movement-row">
              <Text fw={600} size="sm">{m.name}</Text>
              <Text size="xs" c="dimmed">{t('emulationForms.movement.launchedOnShort', { date: formatDate(m.launchedOn) })}</Text>
              {m.content && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{m.content}</Text>}
              {m.targets.length > 0 && (
                <List size="sm" data-testid="movement-targets">{m.targets.map((target) => <List.Item key={target}>{target}</List.Item>)}</List>
              )}
            </div>))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="emulation-collective-registrations">
        <Title order={4} mb="sm">{t('emulationForms.collectiveRegistration.section')}</Title>
        {emulation.collectiveRegistrations.length === 0 ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : (
          <Table striped>
            <Table.Tbody>{emulation.collectiveRegistrations.map((r) => (
              <Table.Tr key={r.id} data-testid="collective-registration-row">
                <Table.Td>{t(`emulation.holders.${r.holder}`)}</Table.Td>
                <Table.Td>{r.goal}</Table.Td>
                <Table.Td>{formatDate(r.registeredOn)}</Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </SimpleGrid>
  );
}
