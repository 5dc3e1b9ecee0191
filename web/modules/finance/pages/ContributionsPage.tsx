// /org/:orgId/contributions — quỹ tự nguyện và vận động of a year: the voluntary funds' month-by-member grids with
// "collected for month …" and opt-outs, and the campaigns with participation, money collected and handed over.
import { Divider, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { CampaignsSection } from '../components/CampaignsSection.tsx';
import { VoluntaryFundSection } from '../components/VoluntaryFundSection.tsx';
import { fundsPath, type FundView } from '../ledger.api.ts';

export function ContributionsPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const funds = useApiQuery<{ items: FundView[] }>(fundsPath(orgId));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'finance.write');
  const voluntary = (funds.data?.items ?? []).filter((f) => f.kind === 'voluntary' && f.monthlyAmount !== null);

  return (
    <>
      <PageHeader
        title={t('contributions.title')}
        subtitle={t('contributions.subtitle')}
        actions={(
          <NumberInput aria-label={t('contributions.year')} value={year} min={1990} max={2100} w={110}
            onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
        )}
      />
      {funds.error ? <ErrorAlert error={funds.error} onRetry={funds.reload} /> : funds.data && (
        <Stack gap="lg" data-testid="contributions-year">
          <VoluntaryFundSection orgId={orgId} year={year} funds={voluntary} mayWrite={mayWrite} />
          <Divider />
          <CampaignsSection orgId={orgId} year={year} mayWrite={mayWrite} />
        </Stack>
      )}
    </>
  );
}
