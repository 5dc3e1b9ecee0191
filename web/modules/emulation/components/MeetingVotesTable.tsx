// The meeting's vote table: per candidate and title, votes for and votes cast, pass or fail against the union's
// threshold (computed as the server does, in integers), saved as a whole. A candidate who passed can be proposed.
import { ActionIcon, Alert, Badge, Button, Group, NativeSelect, NumberInput, Select, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passesThreshold } from '../../../../shared/contracts/emulation-meetings.contract.ts';
import type { EmulationYear, TitleCode } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { proposeResult, recordVotes, type MeetingView } from '../emulation.api.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface Row {
  memberId: number;
  memberName: string;
  title: TitleCode;
  votesFor: number | null;
  votesCast: number | null;
}

interface Props {
  orgId: number;
  meeting: MeetingView;
  emulation: EmulationYear;
  members: MemberOption[];
  onSaved: (meeting: MeetingView) => void;
  onProposed: () => void;
}

const rowsOf = (meeting: MeetingView): Row[] =>
  meeting.candidates.map(({ memberId, memberName, title, votesFor, votesCast }) => ({ memberId, memberName, title, votesFor, votesCast }));

export function MeetingVotesTable({ orgId, meeting, emulation, members, onSaved, onProposed }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(meeting));
  const [newMember, setNewMember] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState<TitleCode>('ldtt');
  const { formError, saving, run } = useServerSubmit();
  const proposing = useServerSubmit();
  const has = (memberId: number, title: TitleCode) => rows.some((r) => r.memberId === memberId && r.title === title);
  const resultOf = (memberId: number, title: TitleCode) => emulation.results.find((r) => r.memberId === memberId && r.title === title);

  const addRow = (memberId: number, memberName: string, title: TitleCode) =>
    setRows((current) => [...current, { memberId, memberName, title, votesFor: null, votesCast: meeting.attendeeCount }]);
  const addRegistered = () => {
    const fresh = emulation.registrations.filter((r) => r.title !== 'rating' && !has(r.memberId, r.title as TitleCode));
    setRows((current) => [...current, ...fresh.map((r) => ({
      memberId: r.memberId, memberName: r.memberName, title: r.title as TitleCode, votesFor: null, votesCast: meeting.attendeeCount,
    }))]);
  };
  const update = (i: number, patch: Partial<Row>) => setRows((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    const saved = await run(() => recordVotes(orgId, meeting.id, {
      votes: rows.map((r) => ({ memberId: r.memberId, title: r.title, votesFor: r.votesFor ?? 0, votesCast: r.votesCast ?? 0 })),
    }));
    if (saved) {
      notifications.show({ color: 'green', message: t('emulation.meeting.votesSaved') });
      setRows(rowsOf(saved));
      onSaved(saved);
    }
  };
  const propose = async (r: Row) => {
    const done = await proposing.run(() => proposeResult(orgId, { year: meeting.year, memberId: r.memberId, title: r.title }));
    if (done) {
      onProposed();
    }
  };

  return (
    <Stack gap="xs">
      {(formError ?? proposing.formError) && <Alert color="red" p="xs">{formError ?? proposing.formError}</Alert>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="meeting-votes">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('emulation.member')}</Table.Th><Table.Th>{t('emulation.judging.titleColumn')}</Table.Th>
            <Table.Th>{t('emulation.meeting.votesFor')}</Table.Th><Table.Th>{t('emulation.meeting.votesCast')}</Table.Th>
            <Table.Th>{t('emulation.meeting.outcome')}</Table.Th><Table.Th />
          </Table.Tr></Table.Thead>
          <Table.Tbody>{rows.map((r, i) => {
            const counted = r.votesFor !== null && r.votesCast !== null && r.votesCast > 0;
            const passed = counted && passesThreshold(r.votesFor!, r.votesCast!, meeting.threshold);
            const saved = meeting.candidates.find((c) => c.memberId === r.memberId && c.title === r.title);
            const result = resultOf(r.memberId, r.title);
            return (
              <Table.Tr key={`${r.memberId}-${r.title}`} data-testid="meeting-vote-row">
                <Table.Td>{r.memberName}</Table.Td>
                <Table.Td>{t(`emulation.titles.${r.title}`)}</Table.Td>
                <Table.Td><NumberInput w={90} min={0} allowDecimal={false} value={r.votesFor ?? ''} aria-label={t('emulation.meeting.votesFor')}
                  onChange={(v) => update(i, { votesFor: typeof v === 'number' ? v : null })} data-testid="vote-for" /></Table.Td>
                <Table.Td><NumberInput w={90} min={1} allowDecimal={false} value={r.votesCast ?? ''} aria-label={t('emulation.meeting.votesCast')}
                  onChange={(v) => update(i, { votesCast: typeof v === 'number' ? v : null })} data-testid="vote-cast" /></Table.Td>
                <Table.Td>{counted && (
                  <Badge color={passed ? 'green' : 'red'} variant="light">
                    {passed ? t('emulation.meeting.passed') : t('emulation.meeting.failed')} · {Math.round((r.votesFor! / r.votesCast!) * 100)} %
                  </Badge>)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {saved?.passed && !result && (
                      <Button size="compact-xs" variant="light" loading={proposing.saving} onClick={() => void propose(r)} data-testid="vote-propose">
                        {t('emulation.meeting.propose')}
                      </Button>)}
                    {result && <StatusBadge status={result.status} />}
                    <ActionIcon variant="subtle" color="red" aria-label={t('emulation.meeting.remove')}
                      onClick={() => setRows((current) => current.filter((_, j) => j !== i))}><IconTrash size={16} /></ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" align="flex-end">
        <Select searchable label={t('emulation.meeting.addCandidate')} data={members} value={newMember} onChange={setNewMember} w={280}
          data-testid="vote-new-member" />
        <NativeSelect label={t('emulation.judging.titleColumn')} value={newTitle} onChange={(e) => setNewTitle(e.currentTarget.value as TitleCode)}
          data={(['ldtt', 'cstdcs'] as const).map((x) => ({ value: x, label: t(`emulation.titles.${x}`) }))} data-testid="vote-new-title" />
        <Button variant="default" disabled={!newMember || has(Number(newMember), newTitle)} data-testid="vote-add"
          onClick={() => {
            const m = members.find((o) => o.value === newMember);
            if (m) {
              addRow(Number(m.value), m.label.replace(/ \([^)]*\)$/, ''), newTitle);
              setNewMember(null);
            }
          }}>{t('emulation.meeting.add')}</Button>
        <Button variant="default" onClick={addRegistered} data-testid="vote-add-registered">{t('emulation.meeting.addRegistered')}</Button>
        <Button onClick={() => void save()} loading={saving} data-testid="votes-save">{t('emulation.meeting.saveVotes')}</Button>
      </Group>
    </Stack>
  );
}
