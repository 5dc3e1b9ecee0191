import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/contracts/members.contract.ts';

const actionColor = { create: 'green', update: 'blue', unchanged: 'gray' } as const;

/** The rows the server read from the file, before anything is saved: new, changed (old → new) or unchanged. */
export function ImportPreviewTable({ rows }: { rows: ImportResult['preview'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560} maxHeight={480}>
      <Table striped withTableBorder stickyHeader data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('import.row')}</Table.Th>
            <Table.Th w={140}>{t('member.field.code')}</Table.Th>
            <Table.Th>{t('member.field.fullName')}</Table.Th>
            <Table.Th w={120}>{t('import.action')}</Table.Th>
            <Table.Th>{t('import.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.code}</Table.Td>
              <Table.Td>{row.fullName}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={actionColor[row.action]}>{t(`import.actionLabel.${row.action}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {row.changes.map((change) => (
                  <Text size="xs" key={change.column}>
                    <b>{change.column}</b>: {change.from || '—'} → {change.to || '—'}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
