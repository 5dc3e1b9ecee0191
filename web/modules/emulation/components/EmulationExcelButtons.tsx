// The year's Excel sheet: the blank template, the summary (bảng tổng hợp, which imports back), and an import.
import { Alert, Button } from '@mantine/core';
import { IconFileSpreadsheet, IconTableExport, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { summaryPath, templatePath } from '../emulation.api.ts';
import { EmulationImportModal } from './EmulationImportModal.tsx';

export function EmulationExcelButtons({ orgId, year, onChanged }: { orgId: number; year: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = (path: string, name: string) => {
    setError(null);
    downloadFile(path, name).catch((err: unknown) => setError(errorMessage(err, t)));
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} data-testid="emulation-template"
        onClick={() => download(templatePath(orgId, year), `mau-thi-dua-${year}.xlsx`)}>
        {t('emulationForms.excel.template')}
      </Button>
      <Button variant="default" leftSection={<IconTableExport size={16} />} data-testid="emulation-summary"
        onClick={() => download(summaryPath(orgId, year), `tong-hop-thi-dua-${year}.xlsx`)}>
        {t('emulationForms.excel.summary')}
      </Button>
      <Button variant="default" leftSection={<IconTableImport size={16} />} onClick={() => setImporting(true)} data-testid="emulation-import">
        {t('emulationForms.excel.import')}
      </Button>
      {error && <Alert color="red" p="xs" w="100%" data-testid="emulation-excel-error">{error}</Alert>}
      {importing && (
        <EmulationImportModal orgId={orgId} year={year} onClose={() => setImporting(false)}
          onImported={() => {
            setImporting(false);
            onChanged();
          }} />
      )}
    </>
  );
}
