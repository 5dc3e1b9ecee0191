import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../../shared/contracts/members.contract.ts';

/** Every bad cell of the file: row number as Excel shows it, column, what is wrong. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={480}>
      <Table striped withTableBorder stickyHeader data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('import.row')}</Table.Th>
            <Table.Th w={200}>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.error')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.row}-${error.column}-${index}`}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>{error.sheet ? `${error.sheet} › ${error.column}` : error.column}</Table.Td>
              <Table.Td c="red.8">{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
