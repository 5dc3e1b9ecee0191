// Nhập từ Excel: the filled sheet is checked first (a dry run listing what each row changes, or every bad cell); it is
// written only when every row is right, otherwise nothing is.
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { formatNumber } from '../../../ui/format.ts';
import { ImportErrorsTable } from '../../members/components/ImportErrorsTable.tsx';
import { importEmulation, type EmulationImportResult } from '../emulation.api.ts';

function isImportResult(value: unknown): value is EmulationImportResult {
  return !!value && typeof value === 'object' && Array.isArray((value as EmulationImportResult).errors);
}

interface Props {
  orgId: number;
  year: number;
  onClose: () => void;
  onImported: () => void;
}

export function EmulationImportModal({ orgId, year, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<EmulationImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const run = async (chosen: File, dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const answer = await importEmulation(orgId, year, chosen, dryRun);
      if (dryRun) {
        setResult(answer);
      } else {
        notifications.show({ color: 'green', message: t('emulationForms.excel.done', { formatted: formatNumber(answer.imported) }) });
        onImported();
      }
    } catch (err) {
      setResult(err instanceof ApiError && isImportResult(err.details) ? err.details : null);
      setError(errorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    if (chosen) {
      void run(chosen, true);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.excel.importTitle', { year })} size="xl">
      <Stack gap="sm" data-testid="emulation-import-form">
        <Text size="sm" c="dimmed">{t('emulationForms.excel.importHint')}</Text>
        <input ref={inputRef} type="file" data-testid="emulation-import-file" style={{ display: 'none' }}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0] ?? null);
            e.currentTarget.value = '';
          }} />
        <Group gap="sm">
          <Button variant="light" leftSection={<IconUpload size={16} />} loading={busy === 'check'} onClick={() => inputRef.current?.click()}
            data-testid="emulation-import-choose">
            {t('import.choose')}
          </Button>
          {file && <Text size="sm">{file.name}</Text>}
          <Button ml="auto" leftSection={<IconDatabaseImport size={16} />} loading={busy === 'import'}
            disabled={!file || !result?.valid || result.preview.length === 0 || busy !== null}
            onClick={() => file && void run(file, false)} data-testid="emulation-import-submit">
            {t('import.submit')}
          </Button>
        </Group>
        {error && <Alert color="red" p="xs" data-testid="emulation-import-error">{error}</Alert>}
        {result && (result.valid ? (
          <Stack gap="xs" data-testid="emulation-import-preview">
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
          </Stack>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('emulationForms.excel.nothingImported', { formatted: formatNumber(result.errorCount) })}
              {result.errorCount > result.errors.length && ` ${t('import.moreErrors', { shown: formatNumber(result.errors.length), formatted: formatNumber(result.errorCount) })}`}
            </Text>
            <ImportErrorsTable errors={result.errors} />
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
}
