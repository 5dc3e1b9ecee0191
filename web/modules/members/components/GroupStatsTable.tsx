// Members per tổ công đoàn, with each tổ's share of the total.
import { Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStats } from '../../../../shared/contracts/members.contract.ts';
import { formatPercent } from '../../../../shared/vi/numbers.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { formatNumber } from '../../../ui/format.ts';

export function GroupStatsTable({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" data-testid="group-stats">
      <Title order={3} fz="md" mb="md">
        {t('stats.byGroup')}
      </Title>
      {stats.byGroup.length === 0 ? (
        <EmptyNotice messageKey="stats.noGroups" />
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('member.field.group')}</Table.Th>
                <Table.Th ta="right" w={120}>
                  {t('stats.members')}
                </Table.Th>
                <Table.Th w="35%">{t('stats.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.byGroup.map((group) => {
                const share = stats.total > 0 ? group.count / stats.total : 0;
                return (
                  <Table.Tr key={group.groupId ?? 'none'}>
                    <Table.Td>{group.groupId === null ? <Text size="sm" c="dimmed">{t('member.noGroup')}</Text> : group.name}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatNumber(group.count)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Progress value={share * 100} size="md" style={{ flex: 1 }} aria-hidden />
                        <Text size="sm" w={56} ta="right">
                          {formatPercent(share)}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('stats.totalRow')}</Table.Th>
                <Table.Th ta="right">{formatNumber(stats.total)}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
