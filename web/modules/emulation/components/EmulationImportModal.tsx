// Nhập từ Excel for the emulation year: registrations, ratings and proposed results; the preview lists what each
// row changes.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import { XlsxImportModal } from '../../../ui/XlsxImportModal.tsx';
import { importEmulation, type EmulationImportResult } from '../emulation.api.ts';

interface Props {
  orgId: number;
  year: number;
  onClose: () => void;
  onImported: () => void;
}

function Preview({ result }: { result: EmulationImportResult }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('emulationForms.excel.counts', {
        rows: formatNumber(result.rows), registrations: formatNumber(result.registrations), ratings: formatNumber(result.ratings),
        results: formatNumber(result.results),
      })}</Text>
      {result.preview.length === 0 ? <Text size="sm" c="dimmed">{t('emulationForms.excel.nothingToChange')}</Text> : (
        <Table.ScrollContainer minWidth={480} maxHeight={360}>
          <Table striped withTableBorder stickyHeader>
            <Table.Thead><Table.Tr>
              <Table.Th w={70}>{t('import.row')}</Table.Th><Table.Th>{t('emulation.member')}</Table.Th><Table.Th>{t('emulationForms.excel.changes')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>{result.preview.map((r) => (
              <Table.Tr key={r.row}><Table.Td>{r.row}</Table.Td><Table.Td>{r.fullName} ({r.code})</Table.Td><Table.Td>{r.changes.join('; ')}</Table.Td></Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

export function EmulationImportModal({ orgId, year, onClose, onImported }: Props) {
  const { t } = useTranslation();
  return (
    <XlsxImportModal<EmulationImportResult>
      title={t('emulationForms.excel.importTitle', { year })} hint={t('emulationForms.excel.importHint')} testId="emulation-import"
      send={(file, dryRun) => importEmulation(orgId, year, file, dryRun)}
      preview={(result) => ({ content: <Preview result={result} />, changes: result.preview.length > 0 })}
      done={(result) => t('emulationForms.excel.done', { formatted: formatNumber(result.imported) })}
      onClose={onClose} onImported={onImported} />
  );
}
