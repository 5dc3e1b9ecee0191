// /org/:orgId/inbox — báo cáo nhận được: the annual reports that subordinate unions have sent to this upper level.
import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../shared/contracts/reports.contract.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { PdfHint } from '../components/PdfHint.tsx';
import { VersionFiles } from '../components/VersionFiles.tsx';
import { usePdfAvailable } from '../hooks/use-pdf-available.ts';
import { inboxPath } from '../reports.api.ts';

export function InboxPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const inbox = useApiQuery<InboxItem[]>(inboxPath(orgId));
  const pdfAvailable = usePdfAvailable();
  const items = inbox.data ?? [];

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      {inbox.error ? (
        <ErrorAlert error={inbox.error} onRetry={inbox.reload} />
      ) : (
        <Paper withBorder radius="md" p="md">
          {!inbox.data ? (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          ) : items.length === 0 ? (
            <EmptyNotice messageKey="inbox.none" />
          ) : (
            <>
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
                        <Table.Td>{item.year}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.number}</Table.Td>
                        <Table.Td>{formatDate(item.issuedOn)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.submittedAt ? formatDateTime(item.submittedAt) : ''}</Table.Td>
                        <Table.Td>{t('reports.versions.versionN', { n: item.version })}</Table.Td>
                        <Table.Td>
                          <VersionFiles version={item} pdfAvailable={pdfAvailable === true} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {pdfAvailable === false && <PdfHint />}
            </>
          )}
        </Paper>
      )}
    </>
  );
}
