// The year's target beside what was admitted: the figures, a progress bar, and "set target" for the committee.
import { Button, Group, Paper, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import type { RecruitmentYearView } from '../recruitment.api.ts';

interface Props { view: RecruitmentYearView; mayWrite: boolean; onEdit: () => void }

export function TargetCard({ view, mayWrite, onEdit }: Props) {
  const { t } = useTranslation();
  const percent = view.percentOfTarget;
  return (
    <Paper withBorder radius="md" p="md" data-testid="recruitment-target">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4}>{t('recruitment.target.section', { year: view.year })}</Title>
        {mayWrite && <Button size="xs" variant="light" onClick={onEdit}>{t(view.target ? 'recruitment.target.edit' : 'recruitment.target.set')}</Button>}
      </Group>
      <Group gap="xl" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('recruitment.target.admitted')}</Text>
          <Text fw={700} fz={28} lh={1.2} data-testid="recruitment-admitted">{formatNumber(view.admitted)}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('recruitment.target.target')}</Text>
          <Text fw={700} fz={28} lh={1.2}>{view.target ? formatNumber(view.target.newMembers) : '—'}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('recruitment.target.percent')}</Text>
          <Text fw={700} fz={28} lh={1.2} data-testid="recruitment-percent">{percent === null ? '—' : `${formatNumber(percent)} %`}</Text>
        </div>
      </Group>
      {percent === null
        ? <Text size="sm" c="dimmed" mt="xs">{t('recruitment.target.none')}</Text>
        : <Progress mt="sm" size="lg" radius="xl" value={Math.min(percent, 100)} color={percent >= 100 ? 'green' : 'blue'} aria-label={t('recruitment.target.percent')} />}
      {view.target?.note && <Text size="sm" mt="xs">{view.target.note}</Text>}
      <Text size="xs" c="dimmed" mt="xs">{t('recruitment.target.asOf', { date: formatDate(view.asOf) })}</Text>
    </Paper>
  );
}
