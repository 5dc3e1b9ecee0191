import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/contracts/members.contract.ts';

/** The rows the server read from the file, before anything is saved. */
export function ImportPreviewTable({ rows }: { rows: ImportResult['preview'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={400} maxHeight={480}>
      <Table striped withTableBorder stickyHeader data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('import.row')}</Table.Th>
            <Table.Th w={160}>{t('member.field.code')}</Table.Th>
            <Table.Th>{t('member.field.fullName')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.code}</Table.Td>
              <Table.Td>{row.fullName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
