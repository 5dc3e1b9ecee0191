import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../../shared/contracts/members.contract.ts';

const colorByStatus: Record<MemberStatus, string> = {
  active: 'green',
  pending: 'blue',
  transferred_out: 'orange',
  left: 'gray',
  ended_with_union: 'gray',
};

export function MemberStatusBadge({ status, size = 'sm' }: { status: MemberStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={colorByStatus[status]} variant="light" size={size} tt="none" fw={600} style={{ overflow: 'visible', maxWidth: 'none', flexShrink: 0 }} data-status={status}>
      {t(`member.status.${status}`)}
    </Badge>
  );
}
