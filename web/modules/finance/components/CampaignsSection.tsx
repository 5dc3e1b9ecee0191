// The year's campaigns: target, collected, handed over, what the union still holds, participation (members active on
// the launch date who gave), with "record contributions" and "hand over" for those who may post.
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { campaignsPath, type CampaignSummary } from '../contributions.api.ts';
import { CampaignContributionModal } from './CampaignContributionModal.tsx';
import { CampaignFormModal } from './CampaignFormModal.tsx';
import { HandoverModal } from './HandoverModal.tsx';
import { percentText } from './VoluntaryFundSection.tsx';

interface Props { orgId: number; year: number; mayWrite: boolean }

export function CampaignsSection({ orgId, year, mayWrite }: Props) {
  const { t } = useTranslation();
  const query = useApiQuery<{ items: CampaignSummary[] }>(campaignsPath(orgId, year));
  const [creating, setCreating] = useState(false);
  const [collecting, setCollecting] = useState<CampaignSummary | null>(null);
  const [handing, setHanding] = useState<CampaignSummary | null>(null);
  const items = query.data?.items ?? [];
  const done = () => { setCreating(false); setCollecting(null); setHanding(null); query.reload(); };

  return (
    <Stack gap="sm" data-testid="campaigns">
      <Group justify="space-between">
        <Title order={3}>{t('contributions.campaigns')}</Title>
        {mayWrite && <Button variant="light" onClick={() => setCreating(true)}>{t('contributions.campaign.new')}</Button>}
      </Group>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : query.data && items.length === 0 ? (
        <Alert color="gray">{t('contributions.noCampaigns', { year })}</Alert>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Table.ScrollContainer minWidth={760}>
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contributions.campaign.name')}</Table.Th>
                  <Table.Th>{t('contributions.campaign.participation')}</Table.Th>
                  <Table.Th ta="right">{t('contributions.campaign.collected')}</Table.Th>
                  <Table.Th ta="right">{t('contributions.campaign.handedOver')}</Table.Th>
                  <Table.Th ta="right">{t('contributions.campaign.balance')}</Table.Th>
                  {mayWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.fundId} data-testid={`campaign-${c.code}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{c.name}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateVi(c.launchedOn)}{c.recipient ? ` · ${c.recipient}` : ''}
                        {c.targetAmount ? ` · ${t('contributions.campaign.targetShort', { amount: formatDong(c.targetAmount) })}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={160}>
                      <Group gap={6}>
                        <Badge color={c.participationRate === 100 ? 'teal' : 'blue'} variant="light">{percentText(c.participationRate)}</Badge>
                        <Text size="xs" c="dimmed">{t('contributions.totals.members', { paid: c.membersContributed, due: c.membersActive })}</Text>
                      </Group>
                      <Progress value={c.participationRate ?? 0} size="xs" mt={4} />
                    </Table.Td>
                    <Table.Td ta="right">{formatDong(c.collected)}</Table.Td>
                    <Table.Td ta="right">{formatDong(c.handedOver)}</Table.Td>
                    <Table.Td ta="right">{formatDong(c.balance)}</Table.Td>
                    {mayWrite && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="light" onClick={() => setCollecting(c)}>{t('contributions.campaign.collect')}</Button>
                          <Button size="compact-xs" variant="light" color="grape" disabled={c.balance <= 0} onClick={() => setHanding(c)}>
                            {t('contributions.campaign.handover')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <CampaignFormModal orgId={orgId} year={year} onClose={() => setCreating(false)} onSaved={done} />}
      {collecting && <CampaignContributionModal orgId={orgId} campaign={collecting} onClose={() => setCollecting(null)} onSaved={done} />}
      {handing && <HandoverModal orgId={orgId} campaign={handing} onClose={() => setHanding(null)} onSaved={done} />}
    </Stack>
  );
}
