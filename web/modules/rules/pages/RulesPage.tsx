// /org/:orgId/rules?date= — Quy định áp dụng: which rule sets judge this union on a date, each condition in plain
// Vietnamese with its article; values not yet checked against the official text are flagged.
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { isIsoDate, todayIso } from '../../../../shared/vi/dates.ts';
import type { AppliedRules } from '../../../../shared/contracts/rules.contract.ts';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { ClassificationThresholdsCard } from '../../emulation/components/ClassificationThresholdsCard.tsx';
import { AddRuleSetForm } from '../components/AddRuleSetForm.tsx';
import { RuleSetCard } from '../components/RuleSetCard.tsx';

export function RulesPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const asked = params.get('date');
  const date = asked && isIsoDate(asked) ? asked : todayIso();
  const rules = useApiQuery<AppliedRules>(`/api/orgs/${orgId}/rules?date=${date}`);
  const org = useApiQuery<OrgView>(`/api/orgs/${orgId}`);
  const { tree } = useOrgTree();

  return (
    <>
      <PageHeader
        title={t('rules.title')}
        subtitle={rules.data ? t('rules.subtitle', { org: rules.data.org.name }) : undefined}
        actions={
          <DateField
            label={t('rules.date')}
            value={date}
            onChange={(value) => value && setParams({ date: String(value) }, { replace: true })}
            w={170}
            data-testid="rules-date"
          />
        }
      />
      <Stack gap="md">
        {me?.isAdmin && (
          <Paper withBorder radius="md" p="md">
            <AddRuleSetForm onAdded={rules.reload} />
          </Paper>
        )}
        {org.data?.id === orgId && org.data.isUpperLevel && (
          <ClassificationThresholdsCard key={`${orgId}-${date}`} orgId={orgId} date={date} mayEdit={can(me, orgId, tree, 'classification.thresholds')} />
        )}
        {rules.error ? <ErrorAlert error={rules.error} onRetry={rules.reload} /> : null}
        {rules.data && rules.data.ruleSets.length === 0 && <Text c="dimmed">{t('rules.none')}</Text>}
        {rules.data?.ruleSets.map((set) => <RuleSetCard key={set.key} ruleSet={set} />)}
      </Stack>
    </>
  );
}
