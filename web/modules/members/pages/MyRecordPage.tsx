// /me — a member's own record, status and children, in one column for a phone.
import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { ApiError } from '../../../app/api.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ChildrenCard } from '../components/ChildrenCard.tsx';
import { MemberProfileCard } from '../components/MemberProfileCard.tsx';
import { StatusHistory } from '../components/StatusHistory.tsx';
import { OwnEmulationCard } from '../../emulation/components/OwnEmulationCard.tsx';
import { MemberWelfareCard } from '../../finance/components/MemberWelfareCard.tsx';
import { MyDisclosureCard } from '../../finance/components/MyDisclosureCard.tsx';
import { MyContributionsCard } from '../../finance/components/MyContributionsCard.tsx';
import { MyDuesCard } from '../../finance/components/MyDuesCard.tsx';
import { MyActivitiesCard } from '../../activities/components/MyActivitiesCard.tsx';
import { ownWelfarePath } from '../../finance/welfare.api.ts';

const noop = () => undefined;

export function MyRecordPage() {
  const { t } = useTranslation();
  const record = useApiQuery<MemberDetail>('/api/me/member');

  if (record.error) {
    return record.error instanceof ApiError && record.error.status === 404 ? (
      <EmptyNotice messageKey="me.notLinked" />
    ) : (
      <ErrorAlert error={record.error} onRetry={record.reload} />
    );
  }
  if (!record.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  const member = record.data;
  return (
    <Stack gap="md" maw={640} mx="auto">
      <PageHeader title={t('me.title')} />
      <MemberProfileCard member={member} />
      <OwnEmulationCard />
      <MyDuesCard />
      <MyContributionsCard />
      <MemberWelfareCard path={ownWelfarePath} />
      <MyDisclosureCard />
      <MyActivitiesCard />
      <StatusHistory orgId={member.orgId} member={member} mayWrite={false} onChanged={noop} />
      <ChildrenCard orgId={member.orgId} member={member} mayWrite={false} onChanged={noop} />
    </Stack>
  );
}
