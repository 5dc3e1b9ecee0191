import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUSPENSION_MONTHS } from '../../../../shared/contracts/member-rules.ts';
import type { MemberStatus } from '../../../../shared/contracts/members.contract.ts';
import { addMonths, todayIso } from '../../../../shared/vi/dates.ts';

const colorByStatus: Record<MemberStatus, string> = {
  active: 'green',
  suspended: 'yellow',
  pending: 'blue',
  transferred_out: 'orange',
  left: 'gray',
  expelled: 'red',
  ended_with_union: 'gray',
};

interface Props {
  status: MemberStatus;
  /** When the status began: a suspension past its 12 months is flagged (the union should record the next step). */
  since?: string | null;
  size?: 'sm' | 'md' | 'lg';
}

export function MemberStatusBadge({ status, since = null, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const overdue = status === 'suspended' && since !== null && addMonths(since, SUSPENSION_MONTHS) < todayIso();
  const badge = (
    <Badge
      color={overdue ? 'red' : colorByStatus[status]}
      variant="light"
      size={size}
      tt="none"
      fw={600}
      style={{ overflow: 'visible', maxWidth: 'none', flexShrink: 0 }}
      data-status={status}
      data-overdue={overdue || undefined}
    >
      {t(`member.status.${status}`)}
      {overdue && ` · ${t('member.suspensionOverdueShort')}`}
    </Badge>
  );
  return overdue ? <Tooltip label={t('member.suspensionOverdue', { months: SUSPENSION_MONTHS })}>{badge}</Tooltip> : badge;
}
