// A member's record read-only, as label/value lines that fit a phone.
import { Avatar, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { formatDate } from '../../../ui/format.ts';
import { MemberStatusBadge } from './MemberStatusBadge.tsx';

/** `withHeader` false leaves out the name and status when the page already shows them. */
export function MemberProfileCard({ member, withHeader = true }: { member: MemberDetail; withHeader?: boolean }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('member.field.code'), member.code],
    [t('member.field.nationalCode'), member.nationalCode],
    [t('member.field.cardNumber'), member.cardNumber],
    [t('member.field.sex'), t(`member.sex.${member.sex}`)],
    [t('member.field.birthDate'), formatDate(member.birthDate)],
    [t('member.field.ethnicity'), member.ethnicity],
    [t('member.field.category'), t(`member.category.${member.category}`)],
    [t('member.field.group'), member.groupName],
    [t('member.field.position'), member.position],
    [t('member.field.joinedOn'), formatDate(member.joinedOn)],
    [t('member.field.partyMember'), member.partyMember ? t('common.yes') : t('common.no')],
    [t('member.field.education'), member.education],
    [t('member.field.politicalTheory'), member.politicalTheory],
    [t('member.field.phone'), member.phone],
    [t('member.field.email'), member.email],
  ];
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-record">
      {withHeader && (
        <Group gap="md" wrap="nowrap" mb="md">
          <Avatar size={56} radius="xl" color="blue">
            {member.fullName.trim().split(/\s+/).pop()?.[0]?.toUpperCase()}
          </Avatar>
          <Stack gap={4}>
            <Title order={2} fz={20}>
              {member.fullName}
            </Title>
            <Group gap={6}>
              <MemberStatusBadge status={member.status} since={member.statusSince} size="md" />
              {member.statusSince && (
                <Text size="xs" c="dimmed">
                  {t('member.since', { date: formatDate(member.statusSince) })}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
      )}
      <DataList orientation="horizontal" labelWidth="130px" withDivider gap={8} size="sm">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
    </Paper>
  );
}
