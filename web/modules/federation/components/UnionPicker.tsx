// The member list of an upper level: it has no members of its own, so the officer picks one of the unions below.
import { Anchor, Center, Loader, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { SubordinatesView } from '../../../../shared/contracts/federation.contract.ts';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { subordinatesPath } from '../federation.api.ts';
import { buildUnionTable } from '../union-table.ts';

/** Shows the page's own content (`children`) on a union, and the picker on an upper level. */
export function UnionPickerGate({ children }: { children: ReactNode }) {
  const orgId = useCurrentOrgId() as number;
  const org = useApiQuery<OrgView>(`/api/orgs/${orgId}`);
  if (org.loading && org.data?.id !== orgId) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return org.data?.id === orgId && org.data.isUpperLevel ? <UnionPicker orgId={orgId} /> : <>{children}</>;
}

function UnionPicker({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useApiQuery<SubordinatesView>(subordinatesPath(orgId, todayIso()));
  const rows = useMemo(() => buildUnionTable(query.data?.rows ?? []).rows, [query.data]);
  const unions = rows.filter((row) => !row.isUpperLevel);
  const membersOf = (id: number) => `/org/${id}/members`;

  return (
    <>
      <PageHeader title={t('members.title')} subtitle={t('federation.pickUnionHint')} />
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : unions.length === 0 ? (
        <EmptyNotice messageKey="federation.noUnions" />
      ) : (
        <Paper withBorder radius="md" p="lg" data-testid="union-picker">
          <Stack gap="md">
            <Select
              label={t('federation.pickUnion')}
              placeholder={t('org.choose')}
              data={unions.map((u) => ({ value: String(u.id), label: u.name }))}
              onChange={(value) => value && void navigate(membersOf(Number(value)))}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              leftSection={<IconBuildingCommunity size={16} />}
              maw={520}
              data-testid="union-picker-select"
            />
            <Table.ScrollContainer minWidth={480}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.name')}</Table.Th>
                    <Table.Th ta="right">{t('federation.members')}</Table.Th>
                    <Table.Th ta="right">{t('federation.women')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.id} fw={row.isUpperLevel ? 600 : undefined}>
                      <Table.Td pl={`calc(var(--mantine-spacing-sm) + ${row.level * 20}px)`}>
                        {row.isUpperLevel ? (
                          <Text size="sm" fw={600}>
                            {row.name}
                          </Text>
                        ) : (
                          <Anchor component={Link} to={membersOf(row.id)} size="sm">
                            {row.name}
                          </Anchor>
                        )}
                        {row.endedOn && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            {t('org.endedSuffix', { date: formatDate(row.endedOn) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatNumber(row.totalMembers)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.totalWomen)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      )}
    </>
  );
}
