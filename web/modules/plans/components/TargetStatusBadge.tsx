import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type TargetStatus } from '../plans.api.ts';

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  // never cut short: "Có nguy cơ" must read whole in a narrow column
  return <Badge color={STATUS_COLOR[status]} variant={status === 'at_risk' || status === 'not_met' ? 'filled' : 'light'} tt="none"
    styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }} data-testid={`target-status-${status}`}>
    {t(`plans.status.${status}`)}
  </Badge>;
}
