// Nhập chăm lo từ Excel: one row per beneficiary; rows of the same date, kind, fund and description are one event
// paid by one payment. Checked first, written all or nothing.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatNumber } from '../../../ui/format.ts';
import { XlsxImportModal } from '../../../ui/XlsxImportModal.tsx';
import type { WelfareImportResult } from '../../../../shared/contracts/welfare.contract.ts';
import { importWelfare } from '../welfare.api.ts';

export function WelfareImportModal({ orgId, onClose, onImported }: { orgId: number; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  return (
    <XlsxImportModal<WelfareImportResult>
      title={t('welfare.import.title')} hint={t('welfare.import.hint')} testId="welfare-import"
      send={(file, dryRun) => importWelfare(orgId, file, dryRun)}
      preview={(r) => ({
        content: <Text size="sm">{t('welfare.import.preview', { rows: formatNumber(r.rows), events: formatNumber(r.events), amount: formatDong(r.amount) })}</Text>,
        changes: r.events > 0,
      })}
      done={(r) => t('welfare.import.done', { formatted: formatNumber(r.imported) })}
      onClose={onClose} onImported={onImported} />
  );
}
