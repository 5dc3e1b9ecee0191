// "Vai trò": who holds which role on the union and its tổ.
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgRoleHolder } from '../../../../shared/contracts/users.contract.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { orgRolesPath } from '../accounts.api.ts';

const order = ['officer', 'chair', 'committee', 'treasurer', 'member'];

export function OrgRolesCard({ orgId, version }: { orgId: number; version: number }) {
  const { t } = useTranslation();
  const holders = useApiQuery<OrgRoleHolder[]>(`${orgRolesPath(orgId)}?v=${version}`);
  const rows = (holders.data ?? []).slice().sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return (
    <Paper withBorder p="md" radius="md" mt="lg">
      <Title order={3} fz="lg" mb="sm">{t('accounts.orgRoles.title')}</Title>
      {holders.error ? <ErrorAlert error={holders.error} onRetry={holders.reload} /> : rows.length === 0 ? (
        <Text c="dimmed" size="sm">{t('accounts.orgRoles.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="org-roles">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounts.field.role')}</Table.Th>
                <Table.Th>{t('accounts.field.fullName')}</Table.Th>
                <Table.Th>{t('accounts.field.org')}</Table.Th>
                <Table.Th>{t('accounts.orgRoles.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{t(`accounts.role.${h.role}`)}</Table.Td>
                  <Table.Td>
                    {h.fullName} <Text span size="xs" c="dimmed">({h.username})</Text>
                    {!h.active && <Badge ml="xs" color="gray" variant="light">{t('accounts.state.inactive')}</Badge>}
                  </Table.Td>
                  <Table.Td>{h.orgName}</Table.Td>
                  <Table.Td>
                    {h.validFrom || h.validTo ? `${formatDate(h.validFrom) || '…'} – ${formatDate(h.validTo) || '…'}` : ''}
                    {!h.current && <Badge ml="xs" color="gray" variant="light">{t('accounts.roles.notCurrent')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
