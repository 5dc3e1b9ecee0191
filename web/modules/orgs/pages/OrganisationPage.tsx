// /org/:orgId/organisation — "Tổ chức": the organisation, what sits under it, its dated history; create, change, end.
import { Anchor, Badge, Button, Card, Center, Group, Loader, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlayerStop, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrgKindView, OrgTreeNode, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { OrgChangeForm } from '../components/OrgChangeForm.tsx';
import { OrgCreateForm } from '../components/OrgCreateForm.tsx';
import { OrgEndForm } from '../components/OrgEndForm.tsx';
import { OrgHistoryTimeline } from '../components/OrgHistoryTimeline.tsx';
import { historyPath, kindsPath, orgPath, type OrgHistoryEntry } from '../orgs.api.ts';

export function OrganisationPage() {
  const orgId = useCurrentOrgId() as number;
  return <Organisation key={orgId} orgId={orgId} />;
}

function Organisation({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree, reload: reloadTree } = useOrgTree();
  const org = useApiQuery<OrgView>(orgPath(orgId));
  const history = useApiQuery<OrgHistoryEntry[]>(historyPath(orgId));
  const kinds = useApiQuery<OrgKindView[]>(kindsPath);
  const [createOpen, createModal] = useDisclosure(false);
  const [topOpen, topModal] = useDisclosure(false);
  const [changeOpen, changeModal] = useDisclosure(false);
  const [endOpen, endModal] = useDisclosure(false);

  if (org.error || history.error || kinds.error) {
    return <ErrorAlert error={org.error ?? history.error ?? kinds.error} onRetry={() => { org.reload(); history.reload(); kinds.reload(); }} />;
  }
  if (!org.data || !history.data || !kinds.data) {
    return <Center py="xl"><Loader /></Center>;
  }
  const view = org.data;
  const kindList = kinds.data;
  const isGroup = view.kind === 'union_group';
  const upperKinds = new Set(kindList.filter((k) => k.isUpperLevel).map((k) => k.code));
  const mayManage = can(me, orgId, tree, 'org.manage');
  // A tổ is its union's chairperson's to rename and end; anything else needs the officers above.
  const mayChange = isGroup ? can(me, orgId, tree, 'org.profile') : mayManage;
  const mayCreateUnder = !isGroup && !view.endedOn && can(me, orgId, tree, view.isUpperLevel ? 'org.manage' : 'org.profile');
  const children = tree.filter((n) => n.parentId === orgId);
  const alive = (n: OrgTreeNode) => n.id !== orgId && !n.endedOn;
  const successors = tree
    .filter((n) => alive(n) && (n.kind === 'union_group') === isGroup && can(me, n.id, tree, isGroup ? 'org.profile' : 'org.manage'))
    .map((n) => ({ id: n.id, name: n.name }));
  const parents = tree
    .filter((n) => alive(n) && upperKinds.has(n.kind) && can(me, n.id, tree, 'org.manage'))
    .map((n) => ({ id: n.id, name: n.name }));
  const refresh = () => {
    org.reload();
    history.reload();
    reloadTree();
  };

  return (
    <>
      <PageHeader
        title={t('orgAdmin.title')}
        subtitle={view.name}
        actions={me?.isAdmin && (
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={topModal.open} data-testid="org-create-top">
            {t('orgAdmin.createTop')}
          </Button>
        )}
      />
      <Stack gap="md">
        <Card withBorder radius="md" data-testid="org-summary">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Title order={3} fz="lg">{view.name}</Title>
                {view.endedOn && <Badge color="red">{t('orgAdmin.endedBadge', { date: formatDate(view.endedOn) })}</Badge>}
              </Group>
              <Text size="sm" c="dimmed">{view.kindName} · {t('orgAdmin.codeLine', { code: view.code })}</Text>
              {view.parentName && <Text size="sm">{t('orgAdmin.history.under', { parent: view.parentName })}</Text>}
            </Stack>
            {!view.endedOn && mayChange && (
              <Group gap="xs">
                <Button variant="light" leftSection={<IconPencil size={16} />} onClick={changeModal.open} data-testid="org-change">
                  {t('orgAdmin.change')}
                </Button>
                <Button variant="light" color="red" leftSection={<IconPlayerStop size={16} />} onClick={endModal.open} data-testid="org-end">
                  {t('orgAdmin.end')}
                </Button>
              </Group>
            )}
          </Group>
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Card withBorder radius="md">
            <Group justify="space-between" mb="sm">
              <Title order={4} fz="md">{isGroup ? t('orgAdmin.members') : view.isUpperLevel ? t('orgAdmin.childrenUnions') : t('orgAdmin.childrenGroups')}</Title>
              {mayCreateUnder && (
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={createModal.open} data-testid="org-create-child">
                  {view.isUpperLevel ? t('orgAdmin.createUnion') : t('orgAdmin.createGroup')}
                </Button>
              )}
            </Group>
            {children.length === 0 ? (
              <Text size="sm" c="dimmed">{t('orgAdmin.noChildren')}</Text>
            ) : (
              <Table data-testid="org-children">
                <Table.Tbody>
                  {children.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/org/${c.id}/organisation`}>{c.name}</Anchor>
                      </Table.Td>
                      <Table.Td>{kindList.find((k) => k.code === c.kind)?.name}</Table.Td>
                      <Table.Td>{c.endedOn ? <Badge color="red" variant="light">{t('orgAdmin.endedBadge', { date: formatDate(c.endedOn) })}</Badge> : null}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <Card withBorder radius="md">
            <Title order={4} fz="md" mb="sm">{t('orgAdmin.historyTitle')}</Title>
            <OrgHistoryTimeline org={view} history={history.data} kinds={kindList} />
          </Card>
        </SimpleGrid>
      </Stack>
      <Modal opened={createOpen} onClose={createModal.close} title={view.isUpperLevel ? t('orgAdmin.createUnion') : t('orgAdmin.createGroup')} size="lg">
        <OrgCreateForm parent={view} kinds={kindList} siblings={children.length} onCancel={createModal.close} onCreated={() => { createModal.close(); refresh(); }} />
      </Modal>
      <Modal opened={topOpen} onClose={topModal.close} title={t('orgAdmin.createTop')} size="lg">
        <OrgCreateForm parent={null} kinds={kindList} siblings={0} onCancel={topModal.close} onCreated={() => { topModal.close(); refresh(); }} />
      </Modal>
      <Modal opened={changeOpen} onClose={changeModal.close} title={t('orgAdmin.change')} size="lg">
        <OrgChangeForm org={view} kinds={kindList} parents={parents} mayManage={mayManage} onCancel={changeModal.close} onChanged={() => { changeModal.close(); refresh(); }} />
      </Modal>
      <Modal opened={endOpen} onClose={endModal.close} title={t('orgAdmin.endTitle', { name: view.name })} size="lg">
        <OrgEndForm org={view} successors={successors} onCancel={endModal.close} onEnded={() => { endModal.close(); refresh(); }} />
      </Modal>
    </>
  );
}
