// /org/:orgId/activities/:activityId/attendance — điểm danh on a phone: everyone listed present, one tap per member
// cycles có mặt → vắng có lý do → vắng không lý do, one save sends the whole roster. Unsaved taps live in
// localStorage until the server has them, so a slow or dropped connection loses nothing; a failed save offers retry.
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { compareMemberNames } from '../../../../shared/vi/collation.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { rosterPath, saveRoster, type AttendanceStatus, type RosterView } from '../activities.api.ts';
import { clearDraft, draftKey, loadDraft, mergeDraft, nextStatus, saveDraft, type AttendanceDraft } from '../attendance-draft.ts';

const colors: Record<AttendanceStatus, string> = { present: 'teal', excused: 'yellow', absent: 'red' };

export function AttendancePage() {
  const { t } = useTranslation();
  const params = useParams();
  const orgId = Number(params.orgId);
  const activityId = Number(params.activityId);
  const key = draftKey(orgId, activityId);
  const query = useApiQuery<RosterView>(rosterPath(orgId, activityId));
  const [draft, setDraft] = useState<AttendanceDraft>(() => loadDraft(window.localStorage, key) ?? {});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (Object.keys(draft).length === 0) {
      clearDraft(window.localStorage, key);
    } else {
      saveDraft(window.localStorage, key, draft);
    }
  }, [key, draft]);

  const entries = useMemo(
    () => mergeDraft(query.data?.entries ?? [], draft).sort((a, b) => compareMemberNames(a.fullName, b.fullName)),
    [query.data, draft],
  );
  const unsaved = Object.keys(draft).length > 0;
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const e of entries) {
    counts[e.status] += 1;
  }

  const tap = (memberId: number, status: AttendanceStatus) => setDraft((d) => ({ ...d, [memberId]: nextStatus(status) }));
  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveRoster(orgId, activityId, entries.map((e) => ({ memberId: e.memberId, status: e.status, note: e.note })));
      query.setData(saved);
      setDraft({});
      notifications.show({ color: 'green', message: t('activities.attendance.saved') });
    } catch (err) {
      setFailure(errorMessage(err, t));
    } finally {
      setSaving(false);
    }
  };

  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  if (!query.data) {
    return <Group justify="center" py="xl"><Loader /></Group>;
  }
  const a = query.data.activity;
  return (
    <Stack gap="sm" maw={560} mx="auto" pb={96} data-testid="attendance-page">
      <div>
        <Text size="sm"><Link to={`/org/${orgId}/activities`}>{t('activities.attendance.back')}</Link></Text>
        <Title order={3}>{a.title}</Title>
        <Text size="sm" c="dimmed">{[formatDateVi(a.heldOn), a.startTime, a.place].filter(Boolean).join(' · ')}</Text>
      </div>
      <Group gap="xs">
        {(['present', 'excused', 'absent'] as const).map((s) => (
          <Badge key={s} size="lg" color={colors[s]} variant="light" data-testid={`attendance-count-${s}`}>{t(`activities.status.${s}`)}: {counts[s]}</Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed">{t('activities.attendance.hint')}</Text>
      {a.cancelled && <Alert color="gray">{t('activities.attendance.cancelled')}</Alert>}
      <Stack gap={6}>
        {entries.map((e) => (
          <UnstyledButton key={e.memberId} onClick={() => tap(e.memberId, e.status)} disabled={a.cancelled}
            data-testid={`attendance-${e.code}`} data-status={e.status} aria-label={`${e.fullName}: ${t(`activities.status.${e.status}`)}`}>
            <Paper withBorder radius="md" px="md" py="sm" mih={56} bg={e.status === 'present' ? undefined : `var(--mantine-color-${colors[e.status]}-light)`}>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{e.fullName}</Text>
                  <Text size="xs" c="dimmed">{e.code}{draft[e.memberId] ? ` · ${t('activities.attendance.unsavedMark')}` : ''}</Text>
                </div>
                <Badge size="lg" color={colors[e.status]} variant={e.status === 'present' ? 'light' : 'filled'}>{t(`activities.status.${e.status}`)}</Badge>
              </Group>
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
      <Paper withBorder p="sm" radius={0} pos="fixed" bottom={0} left={0} right={0} style={{ zIndex: 100 }}>
        <Stack gap={4} maw={560} mx="auto">
          {failure && <Text size="sm" c="red" data-testid="attendance-failure">{failure} {t('activities.attendance.keptLocally')}</Text>}
          {unsaved && !failure && <Text size="xs" c="dimmed">{t('activities.attendance.unsaved', { count: Object.keys(draft).length })}</Text>}
          <Button size="lg" fullWidth loading={saving} disabled={a.cancelled} onClick={() => void save()} data-testid="attendance-save">
            {failure ? t('activities.attendance.retry') : t('activities.attendance.save')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
