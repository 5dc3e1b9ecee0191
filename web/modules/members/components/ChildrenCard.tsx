// Con của đoàn viên (for children's awards and gifts): list, add, remove.
import { ActionIcon, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { errorMessage } from '../../../app/errors.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { formatDate } from '../../../ui/format.ts';
import { removeChild } from '../members.api.ts';
import { ChildForm } from './ChildForm.tsx';

interface Props {
  orgId: number;
  member: MemberDetail;
  mayWrite: boolean;
  onChanged: (member: MemberDetail) => void;
}

export function ChildrenCard({ orgId, member, mayWrite, onChanged }: Props) {
  const { t } = useTranslation();

  const remove = async (childId: number) => {
    try {
      const updated = await removeChild(orgId, member.id, childId);
      notifications.show({ color: 'green', message: t('children.removed') });
      onChanged(updated);
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t) });
    }
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="children-card">
      <Title order={3} fz="md" mb="sm">
        {t('children.title')}
      </Title>
      {member.children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('children.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table verticalSpacing={6} fz="sm" data-testid="children-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('children.fullName')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('children.birthDate')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('children.sex')}</Table.Th>
                {mayWrite && <Table.Th w={40} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.children.map((child) => (
                <Table.Tr key={child.id} data-testid="child-row">
                  <Table.Td>{child.fullName}</Table.Td>
                  <Table.Td>{formatDate(child.birthDate)}</Table.Td>
                  <Table.Td>{child.sex ? t(`member.sex.${child.sex}`) : ''}</Table.Td>
                  {mayWrite && (
                    <Table.Td>
                      <ConfirmAction message={t('children.confirmRemove', { name: child.fullName })} confirmLabel={t('common.delete')} onConfirm={() => remove(child.id)}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} data-testid="child-remove">
                          <IconTrash size={16} />
                        </ActionIcon>
                      </ConfirmAction>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mayWrite && <ChildForm orgId={orgId} memberId={member.id} onAdded={onChanged} />}
    </Paper>
  );
}
