// /org/:orgId/dues — đoàn phí of a year: the month-by-member grid at the rule of each month, the collection rate,
// the share kept and the share to remit, the debtors, and "collected for month …" for those who may post receipts.
import { Alert, Button, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { downloadFile } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { DuesBaseFormModal } from '../components/DuesBaseFormModal.tsx';
import { DuesDebtorsCard } from '../components/DuesDebtorsCard.tsx';
import { DuesGridTable } from '../components/DuesGridTable.tsx';
import { MarkMonthPaidModal } from '../components/MarkMonthPaidModal.tsx';
import { MemberPeriodsCard } from '../components/MemberPeriodsCard.tsx';
import {
  addExemption, correctExemption, duesGridPath, duesGridXlsxPath, duesSetupPath, removeExemption, type DuesGrid, type DuesSetupView,
} from '../dues.api.ts';

const exemptionReasons = ['insurance_benefit', 'no_income'] as const;
type ExemptionReason = typeof exemptionReasons[number];

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} fz={22} lh={1.2} mt={4}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

const percent = (p: number | null) => (p === null ? '–' : `${String(p).replace('.', ',')} %`);

export function DuesPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const query = useApiQuery<DuesGrid>(duesGridPath(orgId, year));
  const setup = useApiQuery<DuesSetupView>(duesSetupPath(orgId));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'finance.write');
  const [collecting, setCollecting] = useState<string | null>(null);
  const [settingBase, setSettingBase] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const g = query.data;

  return (
    <>
      <PageHeader
        title={t('dues.title')}
        subtitle={t('dues.subtitle')}
        actions={(
          <>
            {mayWrite && g && <Button variant="light" onClick={() => setSettingBase(true)} data-testid="dues-base-open">{t('dues.base.open')}</Button>}
            {g && (
              <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} data-testid="dues-xlsx"
                onClick={() => downloadFile(duesGridXlsxPath(orgId, year), `doan-phi-${year}.xlsx`).catch((err: unknown) => setDownloadError(errorMessage(err, t)))}>
                {t('dues.exportXlsx')}
              </Button>
            )}
            <NumberInput aria-label={t('dues.year')} value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          </>
        )}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : g && (
        <Stack gap="md" data-testid="dues-year">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <Figure label={t('dues.totals.due')} value={formatDong(g.totals.due)} hint={t('dues.totals.unpaid', { amount: formatDong(g.totals.unpaid) })} />
            <Figure label={t('dues.totals.rateByAmount')} value={percent(g.totals.rateByAmount)} hint={t('dues.totals.paid', { amount: formatDong(g.totals.paid) })} />
            <Figure label={t('dues.totals.rateByMembers')} value={percent(g.totals.rateByMembers)}
              hint={t('dues.totals.members', { paid: g.totals.membersFullyPaid, due: g.totals.membersDue })} />
            <Figure label={t('dues.totals.kept')} value={formatDong(g.totals.kept)} hint={t('dues.totals.toRemit', { amount: formatDong(g.totals.toRemit) })} />
          </SimpleGrid>
          {downloadError && <Alert color="red" p="xs">{downloadError}</Alert>}
          {g.totals.membersWithoutBase > 0 && <Alert color="orange">{t('dues.withoutBase', { count: g.totals.membersWithoutBase })}</Alert>}
          <DuesGridTable grid={g} mayWrite={mayWrite} onCollect={setCollecting} />
          <DuesDebtorsCard grid={g} />
          {setup.data && (
            <MemberPeriodsCard title={t('dues.exemptions.title')} empty={t('dues.exemptions.empty')} testId="dues-exemptions"
              periods={setup.data.exemptions} members={g.members} defaultFromMonth={`${year}-01`} mayWrite={mayWrite}
              reasons={exemptionReasons.map((value) => ({ value, label: t(`dues.exemptions.reasons.${value}`) }))}
              add={({ memberId, fromMonth, toMonth, reason, note }) => addExemption(orgId, { memberId, fromMonth, toMonth, reason: reason as ExemptionReason, note })}
              correct={(id, { fromMonth, toMonth, reason, note }) => correctExemption(orgId, id, { fromMonth, toMonth, reason: reason as ExemptionReason, note })}
              remove={(id) => removeExemption(orgId, id)}
              onChanged={() => { setup.reload(); query.reload(); }} />
          )}
        </Stack>
      )}
      {collecting && g && (
        <MarkMonthPaidModal orgId={orgId} grid={g} month={collecting} onClose={() => setCollecting(null)}
          onSaved={() => { setCollecting(null); query.reload(); }} />
      )}
      {settingBase && g && (
        <DuesBaseFormModal orgId={orgId} grid={g} onClose={() => setSettingBase(false)} onSaved={() => { setSettingBase(false); query.reload(); setup.reload(); }} />
      )}
    </>
  );
}
