// After "Bắt đầu từ năm trước": the numbers typed by hand that the copy carried into this year, each with a link
// to its section, since last year's typed figures are rarely this year's; and the sections written anew from this
// year's records (part B from the new plan) rather than copied.
import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarriedOver } from '../hooks/use-report-actions.ts';

interface Props {
  carried: CarriedOver | null;
  lastYear: number;
  onClose: () => void;
}

/** The id of a section's card on the page, to scroll to. */
export const sectionAnchor = (key: string) => `report-section-${key.replace(/[^A-Za-z0-9]/g, '-')}`;

export function CarriedOverDialog({ carried, lastYear, onClose }: Props) {
  const typed = carried?.typed ?? [];
  const { t } = useTranslation();
  const go = (key: string) => {
    onClose();
    document.getElementById(sectionAnchor(key))?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <Modal opened={carried !== null} onClose={onClose} title={t('reports.checks.carriedTitle', { lastYear })} centered size="lg">
      <Stack gap="sm" data-testid="carried-over">
        {carried !== null && carried.renewed.length > 0 && (
          <Alert color="blue" variant="light" p="xs" data-testid="carried-over-renewed">
            {t('reports.checks.renewed', { sections: carried.renewed.join('; ') })}
          </Alert>
        )}
        <Text size="sm">{t('reports.checks.carriedIntro', { count: typed.length, lastYear })}</Text>
        {typed.length > 0 && <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.checks.section')}</Table.Th>
              <Table.Th>{t('reports.checks.number')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {typed.map((w) => (
              <Table.Tr key={w.id} data-testid="carried-over-row">
                <Table.Td>
                  {w.sectionTitle ?? w.section}
                  <Text size="xs" c="dimmed">{w.context}</Text>
                </Table.Td>
                <Table.Td fw={600}>{w.text}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component="button" size="sm" onClick={() => go(w.section)} data-testid="carried-over-edit">
                    {t('reports.checks.goEdit')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>}
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="carried-over-close">{t('reports.checks.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
