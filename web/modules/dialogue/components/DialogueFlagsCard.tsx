// On an enterprise union's dashboard: the year without a periodic dialogue or a workers' conference, and the
// follow-ups past their deadline. Shown only to those who may read the dialogues, and only when there is something.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { dialogueFlagsPath, type DialogueFlags } from '../dialogue.api.ts';

export function DialogueFlagsCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'dialogue.read');
  const query = useApiQuery<DialogueFlags>(mayRead ? dialogueFlagsPath(orgId, year) : null);
  if (!mayRead || (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))) {
    return null;
  }
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const f = query.data;
  if (!f?.applies || (f.hasPeriodicDialogue && f.hasWorkersConference && f.overdueIssues.length === 0)) {
    return null;
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="dialogue-flags-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('dialogue.card.title', { year })}</Title>
        <Button component={Link} to={`/org/${orgId}/dialogue`} variant="subtle" size="xs" rightSection={<IconArrowRight size={14} />}>
          {t('dialogue.card.open')}
        </Button>
      </Group>
      <Stack gap={4}>
        {!f.hasPeriodicDialogue && <Text size="sm" c="orange">{t('dialogue.flags.noPeriodic', { year })}</Text>}
        {!f.hasWorkersConference && <Text size="sm" c="orange">{t('dialogue.flags.noConference', { year })}</Text>}
        {f.overdueIssues.map((i) => (
          <Text key={i.id} size="sm" c="red">
            {t('dialogue.card.overdue', { issue: i.issue, date: formatDate(i.dueOn ?? ''), owner: i.owner ?? '—' })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
