// On an enterprise union's dashboard, as of the chosen date: an agreement to renegotiate (from 90 days before its
// expiry, Điều 83), a copy not sent to the labour authority within 10 days of signing (Điều 77), and a union that
// had an agreement with none in force any more. Shown only to those who may read the agreements, and only when due.
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
import { agreementsPath, type AgreementsPageView } from '../agreements.api.ts';

export function AgreementRemindersCard({ orgId, date }: { orgId: number; date: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'agreements.read');
  const query = useApiQuery<AgreementsPageView>(mayRead ? agreementsPath(orgId, date) : null);
  if (!mayRead || (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))) {
    return null;
  }
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const agreements = query.data?.agreements ?? [];
  const renegotiate = agreements.filter((a) => a.checks.renegotiate);
  const unsent = agreements.filter((a) => a.checks.authority === 'overdue');
  const lapsed = agreements.length > 0 && !agreements.some((a) => a.checks.inForce || a.effectiveFrom > date);
  if (renegotiate.length === 0 && unsent.length === 0 && !lapsed) {
    return null;
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="agreement-reminders-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('agreements.reminders.title')}</Title>
        <Button component={Link} to={`/org/${orgId}/agreements`} variant="subtle" size="xs" rightSection={<IconArrowRight size={14} />}>
          {t('agreements.reminders.open')}
        </Button>
      </Group>
      <Stack gap={4}>
        {renegotiate.map((a) => (
          <Text key={`r${a.id}`} size="sm" c="orange">
            {t('agreements.reminders.renegotiate', { title: a.title, date: formatDate(a.expiresOn), days: a.checks.daysToExpiry })}
          </Text>
        ))}
        {unsent.map((a) => (
          <Text key={`s${a.id}`} size="sm" c="red">
            {t('agreements.reminders.unsent', { title: a.title, date: formatDate(a.checks.authorityDueOn) })}
          </Text>
        ))}
        {lapsed && <Text size="sm" c="red">{t('agreements.reminders.lapsed')}</Text>}
      </Stack>
    </Paper>
  );
}
