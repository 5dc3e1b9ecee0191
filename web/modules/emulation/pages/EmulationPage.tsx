// /org/:orgId/emulation — thi đua of a year: registrations, titles, staff ratings, initiatives, commendations,
// collective titles and the union's classification, as recorded.
import { Badge, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAward, IconClipboardCheck, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { StatCard } from '../../../ui/StatCard.tsx';
import { emulationYearPath, type EmulationYear } from '../emulation.api.ts';
import { ClassificationSection } from '../components/ClassificationSection.tsx';
import { CollectiveAwardsSection } from '../components/CollectiveAwardsSection.tsx';
import { CommendationsSection } from '../components/CommendationsSection.tsx';
import { DisciplinesSection } from '../components/DisciplinesSection.tsx';
import { EmulationEntryButtons } from '../components/EmulationEntryButtons.tsx';
import { JudgingPanel } from '../components/JudgingPanel.tsx';
import { MeetingPanel } from '../components/MeetingPanel.tsx';
import { MovementsSection } from '../components/MovementsSection.tsx';
import { ResultsSection } from '../components/ResultsSection.tsx';
import { useYearParam } from '../hooks/use-year-param.ts';

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">{title}</Title>
      {empty ? <Text c="dimmed" size="sm">{t('emulation.none')}</Text> : <Table.ScrollContainer minWidth={480}>{children}</Table.ScrollContainer>}
    </Paper>
  );
}

export function EmulationPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useYearParam(); // ?year= in the address, e.g. from the dashboard's card
  const query = useApiQuery<EmulationYear>(emulationYearPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'emulation.write');
  const mayDecide = can(me, orgId, tree, 'emulation.decide');
  // A write (registration, vote, proposal, decision) changes the records and how they are judged.
  const [version, setVersion] = useState(0);
  const changed = () => {
    query.reload();
    setVersion((v) => v + 1);
  };
  const y = query.data;
  const decision = (d: EmulationYear['results'][number]['decision']) => (d ? `${d.number} (${d.issuer}, ${formatDate(d.issuedOn)})` : '');

  return (
    <>
      <PageHeader
        title={t('emulation.title')}
        subtitle={t('emulation.subtitle')}
        actions={<NumberInput aria-label={t('emulation.year')} value={year} min={1990} max={2100} w={110}
          onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : y && (
        <Stack gap="md" data-testid="emulation-year">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <StatCard label={t('emulation.registered')} value={new Set(y.registrations.map((r) => r.memberId)).size}
              icon={<IconClipboardCheck size={20} />} color="blue" />
            <StatCard label={t('emulation.titles.ldtt')} value={y.results.filter((r) => r.title === 'ldtt' && r.status === 'decided').length}
              icon={<IconAward size={20} />} color="green" />
            <StatCard label={t('emulation.titles.cstdcs')} value={y.results.filter((r) => r.title === 'cstdcs' && r.status === 'decided').length}
              icon={<IconTrophy size={20} />} color="orange" />
            <Paper withBorder radius="md" p="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('emulation.classification')}</Text>
              <Text fw={700} fz={30} lh={1.2} mt={4}>{(y.classification?.decidedGrade ?? y.classification?.selfGrade ?? '—').toUpperCase()}</Text>
            </Paper>
          </SimpleGrid>
          {mayWrite && <EmulationEntryButtons orgId={orgId} emulation={y} mayDecide={mayDecide} onChanged={changed} />}
          {mayWrite && <MeetingPanel key={year} orgId={orgId} year={year} emulation={y} mayDecide={mayDecide} onChanged={changed} />}
          <JudgingPanel key={`judging-${year}-${version}`} orgId={orgId} year={year} />
          <Section title={t('emulation.registrations')} empty={y.registrations.length === 0}>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>{t('emulation.member')}</Table.Th><Table.Th>{t('emulation.registeredFor')}</Table.Th><Table.Th>{t('emulation.on')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{y.registrations.map((r) => (
                <Table.Tr key={r.id}><Table.Td>{r.memberName}</Table.Td>
                  <Table.Td>{r.title === 'rating' ? r.targetRating?.toUpperCase() : t(`emulation.titles.${r.title}`)}</Table.Td>
                  <Table.Td>{formatDate(r.registeredOn)}</Table.Td></Table.Tr>))}
              </Table.Tbody>
            </Table>
          </Section>
          <ResultsSection orgId={orgId} emulation={y} mayDecide={mayDecide} isAdmin={me?.isAdmin ?? false} onChanged={changed} />
          <Section title={t('emulation.ratings')} empty={y.ratings.length === 0}>
            <Table striped>
              <Table.Tbody>{y.ratings.map((r) => (
                <Table.Tr key={r.id}><Table.Td>{r.memberName}</Table.Td><Table.Td><Badge variant="light">{r.grade.toUpperCase()}</Badge></Table.Td>
                  <Table.Td>{decision(r.decision)}</Table.Td></Table.Tr>))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title={t('emulation.initiatives')} empty={y.initiatives.length === 0}>
            <Table striped>
              <Table.Tbody>{y.initiatives.map((i) => (
                <Table.Tr key={i.id}><Table.Td>{i.title}</Table.Td><Table.Td>{i.authors.map((a) => a.memberName).join(', ')}</Table.Td>
                  <Table.Td>{i.decision ? decision(i.decision) : t('emulation.notRecognised')}</Table.Td></Table.Tr>))}
              </Table.Tbody>
            </Table>
          </Section>
          <CommendationsSection orgId={orgId} emulation={y} mayDecide={mayDecide} onChanged={changed} />
          <CollectiveAwardsSection orgId={orgId} emulation={y} mayDecide={mayDecide} onChanged={changed} />
          <ClassificationSection key={`classification-${year}-${version}`} orgId={orgId} year={year} mayWrite={mayWrite}
            mayRecordDecision={can(me, orgId, tree, 'emulation.recordDecision')} decisions={y.decisions} onChanged={changed} />
          <DisciplinesSection emulation={y} />
          <MovementsSection emulation={y} />
        </Stack>
      )}
    </>
  );
}
