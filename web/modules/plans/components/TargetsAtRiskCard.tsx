// On a grassroots union's dashboard: the targets of the year's plan at risk (or not met), with their actual and
// progress, and a link to the plan. Shown only to those who may read the plan, and only when the year has one.
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatPlanTarget, planPath, type PlanView } from '../plans.api.ts';
import { TargetProgress } from './TargetProgress.tsx';
import { TargetStatusBadge } from './TargetStatusBadge.tsx';

export function TargetsAtRiskCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'plans.read');
  const query = useApiQuery<PlanView>(mayRead ? planPath(orgId, year) : null);
  if (!mayRead || (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))) {
    return null;
  }
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const p = query.data;
  if (!p || p.year !== year || p.targets.length === 0) {
    return null;
  }
  const risky = p.targets.filter((x) => x.status === 'at_risk' || x.status === 'not_met');
  const met = p.targets.filter((x) => x.status === 'met' || x.status === 'on_track').length;
  return (
    <Paper withBorder radius="md" p="md" data-testid="targets-at-risk-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('plans.card.title', { year })}</Title>
        <Button component={Link} to={`/org/${orgId}/plan`} variant="subtle" size="xs" rightSection={<IconArrowRight size={14} />}>
          {t('plans.card.open')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">{t('plans.card.summary', { total: p.targets.length, good: met, risky: risky.length })}</Text>
        {risky.length === 0 ? <Text size="sm" c="teal">{t('plans.card.nothing')}</Text> : (
          <Table>
            <Table.Tbody>
              {risky.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td><Text size="sm" lineClamp={2}>{x.text}</Text></Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="xs" c="dimmed">{t('plans.field.target')}: {formatPlanTarget(x)}</Text></Table.Td>
                  <Table.Td><TargetProgress target={x} /></Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><TargetStatusBadge status={x.status} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
