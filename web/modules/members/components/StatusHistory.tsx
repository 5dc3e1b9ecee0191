// Quá trình sinh hoạt: the member's status events as a timeline, newest first, and (for writers) a form to add one.
import { Paper, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowBarRight, IconArrowBarToRight, IconBan, IconDoorExit, IconFlag, IconPlayerPause, IconPlayerPlay, IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, StatusKind } from '../../../../shared/contracts/members.contract.ts';
import { formatDate } from '../../../ui/format.ts';
import type { StatusEventRequest } from '../members.api.ts';
import { StatusEventForm } from './StatusEventForm.tsx';

const iconByKind: Record<StatusKind, typeof IconFlag> = {
  admitted: IconUserPlus,
  transferred_in: IconArrowBarToRight,
  transferred_out: IconArrowBarRight,
  left: IconDoorExit,
  ended_with_union: IconFlag,
  suspended: IconPlayerPause,
  resumed: IconPlayerPlay,
  expelled: IconBan,
};

const colorByKind: Record<StatusKind, string> = {
  admitted: 'green',
  transferred_in: 'blue',
  transferred_out: 'orange',
  left: 'gray',
  ended_with_union: 'gray',
  suspended: 'yellow',
  resumed: 'green',
  expelled: 'red',
};

interface Props {
  orgId: number;
  member: MemberDetail;
  mayWrite: boolean;
  /** Preselects a kind in the form (e.g. "left" when deleting the member was refused). */
  suggestedKind?: StatusEventRequest['kind'] | null;
  onChanged: (member: MemberDetail) => void;
}

export function StatusHistory({ orgId, member, mayWrite, suggestedKind = null, onChanged }: Props) {
  const { t } = useTranslation();
  const events = [...member.history].sort((a, b) => (a.onDate === b.onDate ? b.id - a.id : b.onDate.localeCompare(a.onDate)));

  return (
    <Paper withBorder radius="md" p="md" data-testid="status-history">
      <Title order={3} fz="md" mb="md">
        {t('status.title')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('status.none')}
        </Text>
      ) : (
        <Timeline active={events.length - 1} bulletSize={26} lineWidth={2} color="gray">
          {events.map((event) => {
            const KindIcon = iconByKind[event.kind];
            return (
              <Timeline.Item
                key={event.id}
                bullet={<KindIcon size={14} />}
                color={colorByKind[event.kind]}
                title={t(`member.statusKind.${event.kind}`)}
                data-testid="status-event"
                data-kind={event.kind}
              >
                <Text size="xs" c="dimmed">
                  {formatDate(event.onDate)}
                </Text>
                {event.reason && (
                  <Text size="sm" mt={2}>
                    {event.reason}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {mayWrite && (
        <StatusEventForm orgId={orgId} memberId={member.id} status={member.status} suggestedKind={suggestedKind} onAdded={onChanged} />
      )}
    </Paper>
  );
}
