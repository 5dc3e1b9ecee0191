// On a grassroots union's dashboard: the emulation year (thi đua) of the dashboard's date, in figures, with a link to
// the emulation page of that year. Shown only to those who may read the union's emulation records.
import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconAward, IconBulb, IconClipboardCheck, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { StatCard } from '../../../ui/StatCard.tsx';
import { emulationYearFigures, gradeOrder, type EmulationYearFigures, type TitleFigures } from '../emulation-year-figures.ts';
import { emulationYearPath, type EmulationYear } from '../emulation.api.ts';

function Block({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      {children}
    </Stack>
  );
}

function isEmpty(f: EmulationYearFigures): boolean {
  const titles = Object.values(f.titles).some((x) => x.registered + x.proposed + x.decided > 0);
  const ratings = gradeOrder.some((g) => f.ratings[g] > 0);
  return f.registeredMembers === 0 && !titles && !ratings && f.initiatives.total === 0 && f.commendations.decided + f.commendations.proposed === 0
    && f.collectiveAwards.length === 0 && f.classification === null;
}

export function EmulationYearCard({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRead = can(me, orgId, tree, 'emulation.read');
  const query = useApiQuery<EmulationYear>(mayRead ? emulationYearPath(orgId, year) : null);
  // The server is the real check: a refusal there (404/403) hides the card as the missing right does.
  if (!mayRead || (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))) {
    return null;
  }
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  if (!query.data || query.data.year !== year) {
    return null;
  }
  const f = emulationYearFigures(query.data);
  const titleHint = (x: TitleFigures) =>
    x.proposed > 0 ? t('emulationDashboard.registeredProposed', { registered: x.registered, proposed: x.proposed })
      : t('emulationDashboard.registeredOnly', { registered: x.registered });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="dashboard-emulation">
      <Group justify="space-between" align="flex-start" mb="md" gap="xs">
        <Title order={3} fz="lg">{t('emulationDashboard.title', { year })}</Title>
        <Button component={Link} to={`/org/${orgId}/emulation?year=${year}`} variant="light" size="xs"
          rightSection={<IconArrowRight size={14} />} data-testid="dashboard-emulation-link">
          {t('emulationDashboard.open')}
        </Button>
      </Group>
      {isEmpty(f) ? <Text c="dimmed" size="sm">{t('emulationDashboard.none', { year })}</Text> : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <StatCard label={t('emulationDashboard.registered')} value={f.registeredMembers} icon={<IconClipboardCheck size={26} />}
              color="blue" testId="emulation-stat-registered" />
            <StatCard label={t('emulationDashboard.ldtt')} value={f.titles.ldtt.decided} icon={<IconAward size={26} />}
              color="green" testId="emulation-stat-ldtt" hint={titleHint(f.titles.ldtt)} />
            <StatCard label={t('emulationDashboard.cstdcs')} value={f.titles.cstdcs.decided} icon={<IconTrophy size={26} />}
              color="orange" testId="emulation-stat-cstdcs" hint={titleHint(f.titles.cstdcs)} />
            <StatCard label={t('emulationDashboard.initiatives')} value={f.initiatives.recognised} icon={<IconBulb size={26} />}
              color="yellow" testId="emulation-stat-initiatives"
              hint={f.initiatives.total > f.initiatives.recognised ? t('emulationDashboard.initiativesOf', { total: f.initiatives.total }) : undefined} />
          </SimpleGrid>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Block label={t('emulationDashboard.ratings')} testId="emulation-ratings">
                <Group gap="xs">
                  {gradeOrder.map((grade) => (
                    <Badge key={grade} size="lg" variant={f.ratings[grade] > 0 ? 'light' : 'outline'} color={f.ratings[grade] > 0 ? 'blue' : 'gray'}
                      title={t(`emulationDashboard.grades.${grade}`)} data-testid={`emulation-rating-${grade}`}>
                      {grade.toUpperCase()}: {formatNumber(f.ratings[grade])}
                    </Badge>
                  ))}
                </Group>
              </Block>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Block label={t('emulationDashboard.commendations')} testId="emulation-commendations">
                <Text size="sm">{t('emulationDashboard.commendationsCount', f.commendations)}</Text>
                {f.collectiveAwards.map((a) => (
                  <Text key={`${a.holder}-${a.name}`} size="sm">
                    {a.name}
                    <Text span c="dimmed" size="sm"> · {t(`emulation.holders.${a.holder}`)}{a.decided ? '' : ` · ${t('emulation.status.proposed')}`}</Text>
                  </Text>
                ))}
              </Block>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Block label={t('emulationDashboard.classification')} testId="emulation-classification">
                {f.classification ? (
                  <Group gap="xs">
                    <Badge size="lg" color={f.classification.decided ? 'green' : 'gray'} variant="light"
                      title={t(`emulationDashboard.grades.${f.classification.grade}`)}>
                      {f.classification.grade.toUpperCase()}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {f.classification.decided ? t('emulationDashboard.classificationDecided') : t('emulationDashboard.selfAssessed')}
                    </Text>
                  </Group>
                ) : <Text size="sm" c="dimmed">{t('emulationDashboard.notClassified')}</Text>}
              </Block>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Paper>
  );
}
