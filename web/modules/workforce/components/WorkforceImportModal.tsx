// Nhập số liệu lao động từ Excel: the employer's figures (one row per date), checked first, written all or nothing.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { XlsxImportModal } from '../../../ui/XlsxImportModal.tsx';
import { importWorkforce, type WorkforceImportResult } from '../workforce.api.ts';

export function WorkforceImportModal({ orgId, onClose, onImported }: { orgId: number; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  return (
    <XlsxImportModal<WorkforceImportResult>
      title={t('workforce.import.title')} hint={t('workforce.import.hint')} testId="workforce-import"
      send={(file, dryRun) => importWorkforce(orgId, file, dryRun)}
      preview={(r) => ({
        content: (
          <Text size="sm">
            {t('workforce.import.preview', {
              created: formatNumber(r.created), updated: formatNumber(r.updated), dates: r.dates.map((d) => formatDate(d)).join(', '),
            })}
          </Text>
        ),
        changes: r.rows > 0,
      })}
      done={(r) => t('workforce.import.done', { formatted: formatNumber(r.imported) })}
      onClose={onClose} onImported={onImported} />
  );
}
