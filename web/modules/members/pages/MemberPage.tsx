// /org/:orgId/members/new and /org/:orgId/members/:memberId — the member's record, status history and children.
import { Anchor, Center, Grid, Group, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can, canWriteMembers } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { MemberWelfareCard } from '../../finance/components/MemberWelfareCard.tsx';
import { memberWelfarePath } from '../../finance/welfare.api.ts';
import { ChildrenCard } from '../components/ChildrenCard.tsx';
import { DeleteMemberButton } from '../components/DeleteMemberButton.tsx';
import { MemberForm } from '../components/MemberForm.tsx';
import { MemberProfileCard } from '../components/MemberProfileCard.tsx';
import { MemberStatusBadge } from '../components/MemberStatusBadge.tsx';
import { StatusHistory } from '../components/StatusHistory.tsx';
import { useMemberOptions } from '../hooks/use-member-options.ts';
import { emptyMemberForm, memberToForm } from '../member-form-values.ts';
import { createMember, memberPath, updateMember, type StatusEventRequest } from '../members.api.ts';

export function MemberPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { memberId: memberParam } = useParams();
  const memberId = memberParam ? Number(memberParam) : null;
  const navigate = useNavigate();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const options = useMemberOptions(orgId);
  const detail = useApiQuery<MemberDetail>(memberId ? memberPath(orgId, memberId) : null);
  const mayWrite = canWriteMembers(me, orgId, tree);
  const mayDelete = can(me, orgId, tree, 'members.delete');
  const [suggestedKind, setSuggestedKind] = useState<StatusEventRequest['kind'] | null>(null);
  const listPath = `/org/${orgId}/members`;

  const back = (
    <Anchor component={Link} to={listPath} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} /> {t('members.backToList')}
    </Anchor>
  );

  if (memberId === null) {
    return (
      <>
        {back}
        <PageHeader title={t('members.newTitle')} />
        {mayWrite ? (
          <MemberForm
            initial={emptyMemberForm()}
            readOnly={false}
            categoryOptions={options.categoryOptions}
            groupOptions={options.groupOptions}
            submitLabel={t('members.create')}
            isNew
            onSubmit={async (input) => {
              const created = await createMember(orgId, input);
              notifications.show({ color: 'green', message: t('members.created', { name: created.fullName }) });
              void navigate(`${listPath}/${created.id}`, { replace: true });
            }}
          />
        ) : (
          <EmptyNotice messageKey="errors.forbidden" />
        )}
      </>
    );
  }

  if (detail.error) {
    return (
      <>
        {back}
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      </>
    );
  }
  const member = detail.data;
  if (!member || member.id !== memberId) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title={member.fullName}
        subtitle={
          <Group gap="xs" component="span">
            <span>
              {t('member.field.code')}: {member.code}
            </span>
            <MemberStatusBadge status={member.status} since={member.statusSince} />
          </Group>
        }
        actions={
          mayDelete && (
            <DeleteMemberButton
              orgId={orgId}
              member={member}
              onDeleted={() => void navigate(listPath, { replace: true })}
              onSuggestLeft={() => setSuggestedKind('left')}
              onRestored={(restored) => void navigate(`${listPath}/${restored.id}`)}
            />
          )
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {mayWrite ? (
            <MemberForm
              key={member.id}
              initial={memberToForm(member)}
              readOnly={false}
              categoryOptions={options.categoryOptions}
              groupOptions={options.groupOptions}
              submitLabel={t('common.save')}
              onSubmit={async (input) => {
                const saved = await updateMember(orgId, member.id, input);
                detail.setData(saved);
                notifications.show({ color: 'green', message: t('members.saved') });
              }}
            />
          ) : (
            <MemberProfileCard member={member} withHeader={false} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <StatusHistory orgId={orgId} member={member} mayWrite={mayWrite} suggestedKind={suggestedKind} onChanged={detail.setData} />
            <ChildrenCard orgId={orgId} member={member} mayWrite={mayWrite} onChanged={detail.setData} />
            {can(me, orgId, tree, 'finance.read') && <MemberWelfareCard path={memberWelfarePath(orgId, member.id)} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
