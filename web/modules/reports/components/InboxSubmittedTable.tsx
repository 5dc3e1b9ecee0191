// The year's submitted versions: union, number, when, on time or late against its deadline, returned or replaced,
// the files, a link to the union's report (read-only for the upper level) and "Trả lại" on the latest one.
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxSubmission } from '../../../../shared/contracts/reports.contract.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { VersionFiles } from './VersionFiles.tsx';

interface Props {
  items: InboxSubmission[];
  pdfAvailable: boolean;
  mayReturn: boolean;
  onReturn: (item: InboxSubmission) => void;
}

function Timeliness({ item }: { item: InboxSubmission }) {
  const { t } = useTranslation();
  switch (item.timeliness) {
    case 'on_time':
      return <Text size="sm" fw={600} c="green.8" style={{ whiteSpace: 'nowrap' }}>{t('submissions.submitted.onTime')}</Text>;
    case 'late':
      return <Text size="sm" fw={600} c="red.7" style={{ whiteSpace: 'nowrap' }}>{t('submissions.submitted.late', { count: item.daysLate })}</Text>;
    case 'no_deadline':
      return <Text size="sm" c="dimmed">{t('submissions.submitted.noDeadline')}</Text>;
  }
}

export function InboxSubmittedTable({ items, pdfAvailable, mayReturn, onReturn }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid="inbox-submitted" verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('submissions.submitted.org')}</Table.Th>
            <Table.Th>{t('reports.versions.number')}</Table.Th>
            <Table.Th>{t('submissions.submitted.submittedAt')}</Table.Th>
            <Table.Th>{t('submissions.submitted.dueOn')}</Table.Th>
            <Table.Th>{t('reports.versions.version')}</Table.Th>
            <Table.Th>{t('reports.versions.files')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="inbox-submitted-row" data-org-id={item.orgId} data-timeliness={item.timeliness}
              data-returned={item.returned ? 'true' : 'false'}>
              <Table.Td>
                <Anchor component={Link} to={`/org/${item.orgId}/reports/${item.year}`} fw={500} size="sm" data-testid="inbox-open-report">
                  {item.orgName}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.number}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.submittedAt ? formatDateTime(item.submittedAt) : ''}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Timeliness item={item} />
                  {item.dueOn && <Text size="xs" c="dimmed">{formatDate(item.dueOn)}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{t('reports.versions.versionN', { n: item.version })}</Text>
                  {item.returned ? (
                    <Text size="xs" c="red" maw={280} data-testid="inbox-returned">
                      {t('submissions.submitted.returned', { date: formatDateTime(item.returned.at).slice(0, 10) })}: {item.returned.comment}
                    </Text>
                  ) : !item.latest ? (
                    <Text size="xs" c="dimmed">{t('submissions.submitted.replaced')}</Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <VersionFiles version={item} pdfAvailable={pdfAvailable} />
              </Table.Td>
              <Table.Td>
                {mayReturn && item.latest && !item.returned && (
                  <Button size="compact-sm" variant="light" color="red" leftSection={<IconArrowBackUp size={14} />}
                    onClick={() => onReturn(item)} data-testid="inbox-return">
                    {t('submissions.submitted.return')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
