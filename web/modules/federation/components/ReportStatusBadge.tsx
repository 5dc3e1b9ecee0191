// Where a union's annual report stands: not started, being drafted, finalised with its number, submitted on a date.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualReportStatus } from '../../../../shared/contracts/reports.contract.ts';
import { formatDateTime } from '../../../ui/format.ts';

const colors = { not_started: 'gray', draft: 'yellow', finalised: 'blue', submitted: 'green', returned: 'red' } as const;

/** dd/mm/yyyy of a timestamp, in Vietnam's time. */
const dayOf = (timestamp: string | null) => (timestamp ? formatDateTime(timestamp).slice(0, 10) : '');

export function ReportStatusBadge({ status }: { status: AnnualReportStatus }) {
  const { t } = useTranslation();
  const label = t(`federation.report.${status.state}`, {
    number: status.number ?? '',
    date: dayOf(status.state === 'submitted' ? status.submittedAt : status.finalisedAt),
  });
  const hint = status.returned
    ? t('federation.report.returnedHint', { comment: status.returned.comment, date: dayOf(status.returned.at), name: status.returned.byName ?? '' })
    : status.draftUpdatedAt ? t('federation.report.lastEdit', { date: dayOf(status.draftUpdatedAt) }) : null;
  const badge = (
    <Badge color={colors[status.state]} variant="light" tt="none" data-testid="report-status" data-state={status.state}>
      {label}
    </Badge>
  );
  return hint ? <Tooltip label={hint}>{badge}</Tooltip> : badge;
}
