// On a grassroots union's dashboard: directive documents overdue and due within a week (today), and the on-time rate
// of the dashboard's year, with a link to the register. Shown only to those who may read the union's documents.
import { Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
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
import { documentSummaryPath, type DocumentSummaryView, type DocumentView } from '../documents.api.ts';
import { OnTimeRate } from './OnTimeRate.tsx';

function DueList({ title, docs, color, testId }: { title: string; docs: DocumentView[]; color: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{title} ({docs.length})</Text>
      {docs.length === 0 ? <Text size="sm" c="dimmed">{t('documents.card.nothing')}</Text> : (
        <Table>
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{d.numberSymbol}</Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>{d.summary}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={color} fw={600}>{formatDate(d.deadline)}</Text>
                  <Text size="xs">{d.assigneeName ?? ''}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function DocumentsDueCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'documents.read');
  const query = useApiQuery<DocumentSummaryView>(mayRead ? documentSummaryPath(orgId, year) : null);
  if (!mayRead || (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))) {
    return null;
  }
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const s = query.data;
  if (!s || s.year !== year) {
    return null;
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="documents-due-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('documents.card.title')}</Title>
        <Button component={Link} to={`/org/${orgId}/documents`} variant="subtle" size="xs" rightSection={<IconArrowRight size={14} />}>
          {t('documents.card.open')}
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <DueList title={t('documents.card.overdue')} docs={s.overdue} color="red" testId="documents-overdue" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <DueList title={t('documents.card.dueSoon')} docs={s.dueSoon} color="orange" testId="documents-due-soon" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('documents.card.rate', { year })}</Text>
            <OnTimeRate summary={s} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
