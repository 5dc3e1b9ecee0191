// On a grassroots union's dashboard: the annual report of the year (or the year before) not yet submitted while an
// upper level's deadline applies — days left or overdue — and the reason when the upper level returned it.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlarm, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubmissionReminder } from '../../../../shared/contracts/reports.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { deadlineColor, deadlineTone } from '../deadline-text.ts';
import { remindersPath } from '../reports.api.ts';

export function SubmissionReminderCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'reports.read');
  // A failure leaves the dashboard as it was: the reminder is an extra, not the page's subject.
  const query = useApiQuery<SubmissionReminder[]>(mayRead ? remindersPath(orgId, year) : null);
  const reminders = query.data ?? [];
  if (!mayRead || reminders.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" data-testid="submission-reminders">
      {reminders.map((r) => {
        const { tone, count } = deadlineTone(r.daysLeft);
        const returned = r.report.returned;
        return (
          <Alert
            key={r.year}
            color={returned ? 'red' : deadlineColor(r.daysLeft)}
            icon={<IconAlarm size={18} />}
            title={t('submissions.reminder.title')}
            data-testid="submission-reminder"
            data-year={r.year}
            data-state={r.report.state}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t(`submissions.reminder.${tone}`, { year: r.year, org: r.setByOrgName, date: formatDate(r.dueOn), count })}
                </Text>
                {returned && (
                  <Text size="sm" data-testid="submission-returned">
                    {t('submissions.reminder.returned', {
                      name: returned.byName ?? r.setByOrgName, date: formatDateTime(returned.at).slice(0, 10), comment: returned.comment,
                    })}
                  </Text>
                )}
              </Stack>
              <Button component={Link} to={`/org/${orgId}/reports/${r.year}`} variant="subtle" size="xs"
                rightSection={<IconArrowRight size={14} />} style={{ flexShrink: 0 }}>
                {t('submissions.reminder.open')}
              </Button>
            </Group>
          </Alert>
        );
      })}
    </Stack>
  );
}
