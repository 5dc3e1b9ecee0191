// Họp bình xét: the year's evaluation meetings, the votes of one, its pass threshold, and its documents
// (minutes, the registration sheet, the proposal dossier of a title). For the committee and the chairperson.
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileZip, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmulationYear, TitleCode } from '../../../../shared/contracts/emulation.contract.ts';
import { downloadFile } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { dossierPath, meetingsPath, minutesPath, registrationSheetPath, type MeetingView } from '../emulation.api.ts';
import { useUnionMembers } from '../hooks/use-union-members.ts';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { MeetingVotesTable } from './MeetingVotesTable.tsx';
import { VoteThresholdSetting } from './VoteThresholdSetting.tsx';

interface Props {
  orgId: number;
  year: number;
  emulation: EmulationYear;
  /** The chairperson sets the union's vote threshold. */
  mayDecide: boolean;
  /** The year's records changed (a title proposed): the page reloads them. */
  onChanged: () => void;
}

export function MeetingPanel({ orgId, year, emulation, mayDecide, onChanged }: Props) {
  const { t } = useTranslation();
  const meetings = useApiQuery<{ items: MeetingView[] }>(meetingsPath(orgId, year));
  const members = useUnionMembers(orgId);
  const [creating, setCreating] = useState(false);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const items = meetings.data?.items ?? [];
  const meeting = items.find((m) => m.id === chosenId) ?? items.at(-1) ?? null;

  const download = (path: string, name: string) => {
    setDownloadError(null);
    downloadFile(path, name).catch((err: unknown) => setDownloadError(errorMessage(err, t)));
  };
  const dossier = (meetingId: number, title: TitleCode) => download(dossierPath(orgId, meetingId, title), `ho-so-de-nghi-${title}.zip`);

  return (
    <Paper withBorder radius="md" p="md" data-testid="emulation-meeting">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4}>{t('emulation.meeting.title')}</Title>
          {meeting && (
            <Text size="sm" c="dimmed" data-testid="meeting-summary">
              {t('emulation.meeting.summary', {
                date: formatDate(meeting.heldOn), place: meeting.place, chair: meeting.chairName, secretary: meeting.secretaryName,
                count: meeting.attendeeCount,
              })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} data-testid="download-registrations"
            onClick={() => download(registrationSheetPath(orgId, year), `dang-ky-thi-dua-${year}.docx`)}>
            {t('emulation.meeting.registrationSheet')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="meeting-create">
            {t('emulation.meeting.new')}
          </Button>
        </Group>
      </Group>
      {meetings.error ? <ErrorAlert error={meetings.error} onRetry={meetings.reload} /> : (
        <Stack gap="sm">
          {downloadError && <Alert color="red" p="xs">{downloadError}</Alert>}
          <VoteThresholdSetting orgId={orgId} mayDecide={mayDecide} />
          {items.length > 1 && (
            <SegmentedControl value={String(meeting?.id)} onChange={(v) => setChosenId(Number(v))}
              data={items.map((m) => ({ value: String(m.id), label: formatDate(m.heldOn) }))} />
          )}
          {!meeting ? <Text c="dimmed" size="sm">{t('emulation.meeting.none')}</Text> : (
            <>
              <Text size="sm" data-testid="meeting-threshold">{t('emulation.meeting.threshold', { label: meeting.threshold.label })}</Text>
              <MeetingVotesTable key={meeting.id} orgId={orgId} meeting={meeting} emulation={emulation} members={members}
                onSaved={(saved) => meetings.setData({ items: items.map((m) => (m.id === saved.id ? saved : m)) })} onProposed={onChanged} />
              <Group gap="xs">
                <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} data-testid="download-minutes"
                  onClick={() => download(minutesPath(orgId, meeting.id), 'bien-ban-hop-binh-xet.docx')}>
                  {t('emulation.meeting.minutes')}
                </Button>
                {(['ldtt', 'cstdcs'] as const).map((title) => (
                  <Button key={title} variant="light" leftSection={<IconFileZip size={16} />} data-testid={`download-dossier-${title}`}
                    disabled={!meeting.candidates.some((c) => c.title === title && c.passed)} onClick={() => dossier(meeting.id, title)}>
                    {t('emulation.meeting.dossier', { title: t(`emulation.titles.${title}`) })}
                  </Button>))}
              </Group>
            </>
          )}
        </Stack>
      )}
      {creating && (
        <MeetingFormModal orgId={orgId} year={year} onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setChosenId(id);
            meetings.reload();
          }} />
      )}
    </Paper>
  );
}
