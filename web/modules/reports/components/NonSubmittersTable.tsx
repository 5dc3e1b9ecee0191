// The grassroots unions below that have not submitted the year's report: where their report stands (not started,
// draft, finalised, returned) and their deadline, days left or overdue.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NonSubmitter } from '../../../../shared/contracts/reports.contract.ts';
import { formatDate } from '../../../ui/format.ts';
import { ReportStatusBadge } from '../../federation/components/ReportStatusBadge.tsx';
import { deadlineColor, deadlineTone } from '../deadline-text.ts';

export function NonSubmittersTable({ items, year }: { items: NonSubmitter[]; year: number }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="inbox-not-submitted" verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('submissions.notSubmitted.org')}</Table.Th>
            <Table.Th>{t('submissions.notSubmitted.parent')}</Table.Th>
            <Table.Th>{t('submissions.notSubmitted.state')}</Table.Th>
            <Table.Th>{t('submissions.notSubmitted.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const { tone, count } = item.daysLeft === null ? { tone: null, count: 0 } : deadlineTone(item.daysLeft);
            return (
              <Table.Tr key={item.orgId} data-testid="inbox-not-submitted-row" data-org-id={item.orgId} data-state={item.report.state}>
                <Table.Td>
                  <Anchor component={Link} to={`/org/${item.orgId}/reports/${year}`} fw={500} size="sm">
                    {item.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">{item.parentName ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={item.report} />
                  {item.report.returned && (
                    <Text size="xs" c="dimmed" maw={280}>{item.report.returned.comment}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.dueOn && tone ? (
                    <Stack gap={0}>
                      <Text size="sm" fw={600} c={`${deadlineColor(item.daysLeft ?? 0)}.7`} style={{ whiteSpace: 'nowrap' }}>
                        {t(`submissions.notSubmitted.${tone === 'due' ? 'daysLeft' : tone}`, { count })}
                      </Text>
                      <Text size="xs" c="dimmed">{formatDate(item.dueOn)}</Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">{t('submissions.submitted.noDeadline')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
