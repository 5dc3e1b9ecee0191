// The organisation as it stood on the chosen date: kind, parent, life dates, host and address; ended only from its end date.
import { Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { formatDate } from '../../../ui/format.ts';

export function OrgSummaryCard({ org, date = org.asOf }: { org: OrgView; date?: string }) {
  const { t } = useTranslation();
  const ended = org.endedOn !== null && org.endedOn <= date;
  const rows: [string, string | null][] = [
    [t('org.kind'), t(`org.kinds.${org.kind}`, { defaultValue: org.kindName })],
    [t('org.parent'), org.parentName],
    [t('org.establishedOn'), formatDate(org.establishedOn)],
    [t('org.host'), org.hostName],
    [t('org.address'), org.address],
  ];
  return (
    <Paper withBorder radius="md" p="lg" data-testid="org-summary">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Title order={3} fz="lg">
            {org.name}
          </Title>
          <Text size="sm" c="dimmed">
            {org.code}
          </Text>
        </div>
        {ended ? (
          <Badge color="gray" variant="filled" size="lg">
            {t('org.endedBadge', { date: formatDate(org.endedOn) })}
          </Badge>
        ) : (
          <Badge color="green" variant="light" size="lg">
            {t('org.activeBadge')}
          </Badge>
        )}
      </Group>
      <DataList size="sm" labelWidth="150px" gap={6}>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        {org.endedOn && (
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{t('org.endedOn')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {formatDate(org.endedOn)}
              {org.endReason && ` — ${t(`org.endReasons.${org.endReason}`)}`}
              {org.endDecision && ` (${org.endDecision})`}
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
    </Paper>
  );
}
