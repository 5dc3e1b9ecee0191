// /org/:orgId/dialogue — đối thoại tại nơi làm việc and hội nghị người lao động of a year: the meetings with their checks,
// the year's flags, and the issues with their follow-up, editable by the committee (on a phone as well).
import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { IssueModal } from '../components/IssueModal.tsx';
import { MeetingCard } from '../components/MeetingCard.tsx';
import { MeetingModal } from '../components/MeetingModal.tsx';
import { deleteIssue, deleteMeeting, dialogueYearPath, type DialogueYearView, type IssueView, type MeetingView } from '../dialogue.api.ts';

type Editing = { kind: 'meeting'; row: MeetingView | null } | { kind: 'issue'; meetingId: number; row: IssueView | null };

export function DialoguePage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const view = useApiQuery<DialogueYearView>(dialogueYearPath(orgId, year));
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayWrite = can(me, orgId, tree, 'dialogue.write');
  const [editing, setEditing] = useState<Editing | null>(null);
  const act = async (call: () => Promise<unknown>) => {
    try {
      await call();
      notifications.show({ color: 'green', message: t('dialogue.deleted') });
      view.reload();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  };
  const saved = () => {
    setEditing(null);
    notifications.show({ color: 'green', message: t('dialogue.saved') });
    view.reload();
  };
  const d = view.data;

  return (
    <>
      <PageHeader title={t('dialogue.title')} subtitle={t('dialogue.subtitle')} actions={(
        <Group gap="xs">
          <NumberInput aria-label={t('dialogue.year')} value={year} min={1990} max={2100} w={110}
            onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />
          {mayWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'meeting', row: null })} data-testid="dialogue-meeting-add">{t('dialogue.meeting.add')}</Button>
          )}
        </Group>
      )} />
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : d && (
        <Stack gap="md">
          {!d.flags.hasPeriodicDialogue && <Alert color="orange">{t('dialogue.flags.noPeriodic', { year })}</Alert>}
          {!d.flags.hasWorkersConference && <Alert color="orange">{t('dialogue.flags.noConference', { year })}</Alert>}
          {d.meetings.length === 0 && <Text c="dimmed">{t('dialogue.empty')}</Text>}
          {d.meetings.map((m) => (
            <MeetingCard key={m.id} meeting={m} mayWrite={mayWrite}
              onEdit={() => setEditing({ kind: 'meeting', row: m })} onDelete={() => void act(() => deleteMeeting(orgId, m.id))}
              onAddIssue={() => setEditing({ kind: 'issue', meetingId: m.id, row: null })}
              onEditIssue={(row) => setEditing({ kind: 'issue', meetingId: m.id, row })}
              onDeleteIssue={(row) => void act(() => deleteIssue(orgId, m.id, row.id))} />
          ))}
        </Stack>
      )}
      {editing?.kind === 'meeting' && <MeetingModal orgId={orgId} meeting={editing.row} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'issue' && (
        <IssueModal orgId={orgId} meetingId={editing.meetingId} issue={editing.row} onClose={() => setEditing(null)} onSaved={saved} />
      )}
    </>
  );
}
