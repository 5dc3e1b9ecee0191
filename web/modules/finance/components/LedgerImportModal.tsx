// Nhập sổ quỹ từ Excel: a treasurer's existing cash book (one row per voucher), checked first, posted all or nothing.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { formatNumber } from '../../../ui/format.ts';
import { XlsxImportModal } from '../../../ui/XlsxImportModal.tsx';
import { importLedger } from '../ledger.api.ts';
import type { LedgerImportResult } from '../../../../shared/contracts/finance.contract.ts';

export function LedgerImportModal({ orgId, onClose, onImported }: { orgId: number; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  return (
    <XlsxImportModal<LedgerImportResult>
      title={t('finance.import.title')} hint={t('finance.import.hint')} testId="ledger-import"
      send={(file, dryRun) => importLedger(orgId, file, dryRun)}
      preview={(r) => ({
        content: <Text size="sm">{t('finance.import.preview', { rows: formatNumber(r.rows), receipts: formatDong(r.receipts), payments: formatDong(r.payments) })}</Text>,
        changes: r.rows > 0,
      })}
      done={(r) => t('finance.import.done', { formatted: formatNumber(r.imported) })}
      onClose={onClose} onImported={onImported} />
  );
}
