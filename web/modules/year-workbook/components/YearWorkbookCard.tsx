// "Sổ năm (Excel)": a union's whole year (members, emulation, books, activities …) as one workbook — downloaded,
// or imported into a year not yet kept in congdoan (the way a union that keeps Excel sheets moves in).
import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearImportResult } from '../../../../shared/contracts/year-workbook.contract.ts';
import { errorMessage } from '../../../app/errors.ts';
import { formatNumber } from '../../../ui/format.ts';
import { XlsxImportModal } from '../../../ui/XlsxImportModal.tsx';
import { downloadYearWorkbook, importYearWorkbook } from '../year-workbook.api.ts';

export function YearWorkbookCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      await downloadYearWorkbook(orgId, year);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="year-workbook">
      <Stack gap="sm">
        <Title order={3} fz="md">{t('yearWorkbook.title')}</Title>
        <Text size="sm" c="dimmed">{t('yearWorkbook.hint')}</Text>
        <Group gap="sm" align="flex-end">
          <NumberInput label={t('yearWorkbook.year')} value={year} min={1990} max={2100} w={110}
            onChange={(v) => typeof v === 'number' && setYear(v)} data-testid="year-workbook-year" />
          <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download()}
            data-testid="year-workbook-download">
            {t('yearWorkbook.download')}
          </Button>
          <Button variant="light" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)} data-testid="year-workbook-import">
            {t('yearWorkbook.import')}
          </Button>
        </Group>
        {error && <Alert color="red" p="xs">{error}</Alert>}
      </Stack>
      {importing && (
        <XlsxImportModal<YearImportResult>
          title={t('yearWorkbook.importTitle', { year })} hint={t('yearWorkbook.importHint', { year })} testId="year-workbook-upload"
          send={(file, dryRun) => importYearWorkbook(orgId, year, file, dryRun)}
          preview={(r) => ({ content: <SheetCounts result={r} />, changes: r.sheets.some((s) => s.rows > 0) })}
          done={(r) => t('yearWorkbook.done', { year, formatted: formatNumber(r.imported) })}
          onClose={() => setImporting(false)} onImported={() => setImporting(false)} />
      )}
    </Paper>
  );
}

function SheetCounts({ result }: { result: YearImportResult }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped data-testid="year-workbook-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('yearWorkbook.sheet')}</Table.Th>
          <Table.Th ta="right">{t('yearWorkbook.rows')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.sheets.map((s) => (
          <Table.Tr key={s.name}>
            <Table.Td>{s.name}</Table.Td>
            <Table.Td ta="right">{formatNumber(s.rows)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
