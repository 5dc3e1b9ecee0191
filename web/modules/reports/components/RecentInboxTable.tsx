// Every version received by this level, all years, newest first (the inbox as it was before the yearly view).
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../shared/contracts/reports.contract.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { VersionFiles } from './VersionFiles.tsx';

interface Props {
  items: InboxItem[];
  pdfAvailable: boolean;
  /** Shows that year's inbox. */
  onPickYear: (year: number) => void;
}

export function RecentInboxTable({ items, pdfAvailable, onPickYear }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table data-testid="inbox-table" verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.org')}</Table.Th>
            <Table.Th>{t('inbox.year')}</Table.Th>
            <Table.Th>{t('reports.versions.number')}</Table.Th>
            <Table.Th>{t('reports.versions.issuedOn')}</Table.Th>
            <Table.Th>{t('inbox.submittedAt')}</Table.Th>
            <Table.Th>{t('reports.versions.version')}</Table.Th>
            <Table.Th>{t('reports.versions.files')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="inbox-row" data-org-id={item.orgId} data-year={item.year}>
              <Table.Td fw={500}>{item.orgName}</Table.Td>
              <Table.Td>
                <Anchor component="button" size="sm" onClick={() => onPickYear(item.year)}>
                  {item.year}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.number}</Table.Td>
              <Table.Td>{formatDate(item.issuedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.submittedAt ? formatDateTime(item.submittedAt) : ''}</Table.Td>
              <Table.Td>
                <Text size="sm">{t('reports.versions.versionN', { n: item.version })}</Text>
                {item.returned && (
                  <Text size="xs" c="red">{t('submissions.submitted.returned', { date: formatDateTime(item.returned.at).slice(0, 10) })}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <VersionFiles version={item} pdfAvailable={pdfAvailable} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
