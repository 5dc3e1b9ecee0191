// An upper-level organisation's direct subordinates (from the visible tree), each opening its own overview.
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { EmptyNotice } from '../../../ui/EmptyNotice.tsx';
import { formatDate } from '../../../ui/format.ts';

export function SubordinateOrgsCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const { tree } = useOrgTree();
  const children = tree.filter((node) => node.parentId === orgId);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="subordinate-orgs">
      <Title order={3} fz="md" mb="md">
        {t('org.subordinates')}
      </Title>
      {children.length === 0 ? (
        <EmptyNotice messageKey="org.noSubordinates" />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('org.name')}</Table.Th>
                <Table.Th>{t('org.kind')}</Table.Th>
                <Table.Th>{t('org.establishedOn')}</Table.Th>
                <Table.Th>{t('org.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.map((child) => (
                <Table.Tr key={child.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/org/${child.id}`} size="sm" c={child.endedOn ? 'dimmed' : undefined}>
                      {child.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {child.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`org.kinds.${child.kind}`)}</Table.Td>
                  <Table.Td>{formatDate(child.establishedOn)}</Table.Td>
                  <Table.Td>
                    {child.endedOn ? (
                      <Badge color="gray" variant="light" tt="none">
                        {t('org.endedBadge', { date: formatDate(child.endedOn) })}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light" tt="none">
                        {t('org.activeBadge')}
                      </Badge>
                    )}
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
