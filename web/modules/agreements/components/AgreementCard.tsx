// One agreement: its checks as badges (vote, copy to the labour authority, in force, renegotiation) and its clauses, each
// wage clause beside the regional minimum wage it is judged by.
import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconFileText, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import type { AgreementClauseView, AgreementView } from '../agreements.api.ts';

interface Props { agreement: AgreementView; mayWrite: boolean; onEdit: () => void; onDelete: () => Promise<void>; onPrint: () => void }

function valueText(c: AgreementClauseView, unit: string): string {
  if (c.value === null) {
    return '—';
  }
  return c.valueUnit?.startsWith('dong') ? `${formatDong(c.value)}${c.valueUnit === 'dong' ? '' : ` ${unit}`}` : `${formatNumber(c.value)} ${unit}`;
}

export function AgreementCard({ agreement: a, mayWrite, onEdit, onDelete, onPrint }: Props) {
  const { t } = useTranslation();
  const c = a.checks;
  return (
    <Paper withBorder radius="md" p="md" data-testid="agreement">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{a.title}</Title>
        <Group gap={4}>
          <Button size="xs" variant="light" leftSection={<IconFileText size={14} />} onClick={onPrint}>{t('agreements.print')}</Button>
          {mayWrite && <ActionIcon variant="subtle" aria-label={t('agreements.edit')} onClick={onEdit}><IconPencil size={16} /></ActionIcon>}
          {mayWrite && (
            <ConfirmAction message={t('agreements.confirmDelete')} confirmLabel={t('agreements.delete')} onConfirm={onDelete}>
              <ActionIcon variant="subtle" color="red" aria-label={t('agreements.delete')}><IconTrash size={16} /></ActionIcon>
            </ConfirmAction>
          )}
        </Group>
      </Group>
      <Text size="sm">{t('agreements.summary', {
        signedOn: formatDate(a.signedOn), from: formatDate(a.effectiveFrom), to: formatDate(a.expiresOn), region: a.region,
        votes: a.votesFor, total: a.workersTotal, percent: c.votePercent,
      })}</Text>
      <Group gap="xs" my="xs">
        <Badge color={c.voteValid ? 'green' : 'red'} variant="light">{t(c.voteValid ? 'agreements.checks.voteValid' : 'agreements.checks.voteInvalid')}</Badge>
        <Badge color={c.authority === 'in_time' ? 'green' : c.authority === 'pending' ? 'yellow' : 'red'} variant="light">
          {t(`agreements.checks.authority.${c.authority}`, { due: formatDate(c.authorityDueOn) })}
        </Badge>
        <Badge color={c.inForce ? 'green' : 'gray'} variant="light">{t(c.inForce ? 'agreements.checks.inForce' : 'agreements.checks.notInForce')}</Badge>
        {c.renegotiate && <Badge color="orange" variant="light">{t('agreements.checks.renegotiate', { days: c.daysToExpiry })}</Badge>}
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.fields.topic')}</Table.Th><Table.Th>{t('agreements.fields.text')}</Table.Th>
              <Table.Th>{t('agreements.fields.value')}</Table.Th><Table.Th>{t('agreements.fields.betterThanLaw')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.clauses.map((cl) => (
              <Table.Tr key={cl.id}>
                <Table.Td>{t(`agreements.topic.${cl.topic}`)}</Table.Td>
                <Table.Td>{cl.text}</Table.Td>
                <Table.Td>
                  {valueText(cl, cl.valueUnit ? t(`agreements.unit.${cl.valueUnit}`) : '')}
                  {cl.wageCheck && cl.wageCheck.minimum !== null && (
                    <Text size="xs" c={cl.wageCheck.above ? 'dimmed' : 'red'}>
                      {t('agreements.wageCheck', { minimum: formatDong(cl.wageCheck.minimum), margin: cl.wageCheck.marginPercent })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {cl.betterThanLaw && (
                    <Badge color={cl.betterThanLawConfirmed ? 'green' : 'red'} variant="light">
                      {t(cl.betterThanLawConfirmed ? 'agreements.better' : 'agreements.notBetter')}
                    </Badge>
                  )}
                  {cl.legalReference && <Text size="xs" c="dimmed">{cl.legalReference}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
