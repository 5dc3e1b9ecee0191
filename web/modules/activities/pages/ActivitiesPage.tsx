// /org/:orgId/activities — hoạt động of a year: the activities month by month (with attendance), the recurring
// schedules, the attendance rates with the members below the threshold, and the cultural families.
import { Button, NumberInput, Select, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { activitiesPath, cancelActivity, kindsPath, type ActivityKindView, type ActivityList, type ActivityView } from '../activities.api.ts';
import { ActivityFormModal } from '../components/ActivityFormModal.tsx';
import { ActivityMonthList } from '../components/ActivityMonthList.tsx';
import { CulturalFamiliesSection } from '../components/CulturalFamiliesSection.tsx';
import { RatesSection } from '../components/RatesSection.tsx';
import { SchedulesSection } from '../components/SchedulesSection.tsx';

export function ActivitiesPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [kind, setKind] = useState<string | null>(null);
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'activities.write');
  const kinds = useApiQuery<ActivityKindView[]>(kindsPath(orgId));
  const query = useApiQuery<ActivityList>(activitiesPath(orgId, year, kind ?? undefined));
  const [editing, setEditing] = useState<ActivityView | null | undefined>(undefined);

  const toggleCancel = async (a: ActivityView, cancelled: boolean) => {
    try {
      await cancelActivity(orgId, a.id, cancelled);
      query.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        subtitle={t('activities.subtitle')}
        actions={(
          <>
            {mayWrite && <Button onClick={() => setEditing(null)} data-testid="activity-add">{t('activities.form.add')}</Button>}
            <NumberInput aria-label={t('activities.year')} data-testid="activities-year" value={year} min={1990} max={2100} w={110}
              onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          </>
        )}
      />
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list">{t('activities.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="schedules">{t('activities.tabs.schedules')}</Tabs.Tab>
          <Tabs.Tab value="rates" data-testid="tab-rates">{t('activities.tabs.rates')}</Tabs.Tab>
          <Tabs.Tab value="families" data-testid="tab-families">{t('activities.tabs.families')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <Stack gap="sm">
            <Select w={260} clearable placeholder={t('activities.allKinds')} value={kind} onChange={setKind}
              data={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.name }))} aria-label={t('activities.form.kind')} />
            {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : query.data && (
              <ActivityMonthList orgId={orgId} activities={query.data.activities} mayWrite={mayWrite} onEdit={setEditing}
                onCancel={(a, c) => void toggleCancel(a, c)} />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="schedules">
          <SchedulesSection orgId={orgId} year={year} kinds={kinds.data ?? []} mayWrite={mayWrite} onGenerated={query.reload} />
        </Tabs.Panel>
        <Tabs.Panel value="rates"><RatesSection orgId={orgId} year={year} mayWrite={mayWrite} /></Tabs.Panel>
        <Tabs.Panel value="families"><CulturalFamiliesSection orgId={orgId} year={year} mayWrite={mayWrite} /></Tabs.Panel>
      </Tabs>
      {editing !== undefined && (
        <ActivityFormModal orgId={orgId} kinds={kinds.data ?? []} activity={editing} onClose={() => setEditing(undefined)}
          onSaved={() => { setEditing(undefined); query.reload(); }} />
      )}
    </>
  );
}
