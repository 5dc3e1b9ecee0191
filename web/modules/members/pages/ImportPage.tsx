// /org/:orgId/import — members from the Excel template: check first (dry run), then import all rows or nothing.
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseImport, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportMode, ImportResult } from '../../../../shared/contracts/members.contract.ts';
import { ApiError, downloadFile } from '../../../app/api.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ImportErrorsTable } from '../components/ImportErrorsTable.tsx';
import { ImportModeControl } from '../components/ImportModeControl.tsx';
import { ImportProgress } from '../components/ImportProgress.tsx';
import { ImportPreviewTable } from '../components/ImportPreviewTable.tsx';
import { importMembers, templatePath } from '../members.api.ts';
import type { UploadProgress } from '../upload-with-progress.ts';
import { YearWorkbookCard } from '../../year-workbook/components/YearWorkbookCard.tsx';

function isImportResult(value: unknown): value is ImportResult {
  return !!value && typeof value === 'object' && Array.isArray((value as ImportResult).errors);
}

export function ImportPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [mode, setMode] = useState<ImportMode>('create');
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  // Progress: the upload is reported by the browser; then the server answers once the whole file is checked (and
  // written). A server-side job with a progress endpoint would add stored job state for a wait of seconds
  // (100,000 rows: see docs/benchmarks.md); the rows count of the check says how much the server is doing.
  const run = async (chosen: File, dryRun: boolean, chosenMode: ImportMode) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    setProgress({ sent: 0, total: chosen.size });
    try {
      const answer = await importMembers(orgId, chosen, dryRun, chosenMode, setProgress);
      if (dryRun) {
        setResult(answer);
      } else {
        notifications.show({ color: 'green', title: t('import.doneTitle'), message: t('import.done', { count: answer.imported, formatted: formatNumber(answer.imported) }) });
        setImported(answer.imported);
        setResult(null);
        setFile(null);
      }
    } catch (err) {
      if (err instanceof ApiError && isImportResult(err.details)) {
        setResult(err.details);
      } else {
        setResult(null);
      }
      setError(errorMessage(err, t));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    setImported(null);
    if (chosen) {
      void run(chosen, true, mode);
    }
  };

  const changeMode = (next: ImportMode) => {
    setMode(next);
    setImported(null);
    if (file) {
      setResult(null);
      void run(file, true, next);
    }
  };

  return (
    <>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void downloadFile(templatePath(orgId), 'mau-nhap-doan-vien.xlsx').catch((err: unknown) => setError(errorMessage(err, t)))}
          >
            {t('members.template')}
          </Button>
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="lg">
          <List type="ordered" size="sm" spacing={4} mb="md">
            <List.Item>{t('import.step1')}</List.Item>
            <List.Item>{t('import.step2')}</List.Item>
            <List.Item>{t('import.step3')}</List.Item>
          </List>
          <input
            ref={inputRef}
            type="file"
            name="file"
            data-testid="import-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={{ display: 'none' }}
            onChange={(e) => {
              choose(e.currentTarget.files?.[0] ?? null);
              e.currentTarget.value = '';
            }}
          />
          <Group mb="md">
            <ImportModeControl value={mode} onChange={changeMode} disabled={busy !== null} />
          </Group>
          <Group gap="sm">
            <Button leftSection={<IconUpload size={16} />} variant="light" onClick={() => inputRef.current?.click()} loading={busy === 'check'} data-testid="import-choose">
              {t('import.choose')}
            </Button>
            {file && (
              <Text size="sm" data-testid="import-filename">
                {file.name}
              </Text>
            )}
            <Button
              leftSection={<IconDatabaseImport size={16} />}
              disabled={!file || !result?.valid || result.rows === 0 || busy !== null}
              loading={busy === 'import'}
              onClick={() => file && void run(file, false, mode)}
              data-testid="import-submit"
              ml="auto"
            >
              {t('import.submit')}
            </Button>
          </Group>
          {progress && busy && (
            <Paper mt="md" p={0}>
              <ImportProgress progress={progress} stage={busy} rows={busy === 'import' ? (result?.rows ?? null) : null} />
            </Paper>
          )}
        </Paper>

        {imported !== null && (
          <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="import-success">
            {t('import.done', { count: imported, formatted: formatNumber(imported) })}{' '}
            <Link to={`/org/${orgId}/members`}>{t('import.seeList')}</Link>
          </Alert>
        )}

        {error && !result && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {error}
          </Alert>
        )}

        {result && (
          <Paper withBorder radius="md" p="lg" data-testid="import-result">
            <Group gap="sm" mb="md">
              <ThemeIcon variant="light" color={result.valid ? 'green' : 'red'} radius="xl">
                {result.valid ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
              </ThemeIcon>
              <Title order={3} fz="md">
                {result.valid ? t('import.valid', { formatted: formatNumber(result.rows) }) : t('import.invalid', { formatted: formatNumber(result.errorCount) })}
              </Title>
              <Badge variant="light" color="gray">
                {t('import.rows', { formatted: formatNumber(result.rows) })}
              </Badge>
            </Group>
            {result.valid && (
              <Text size="sm" mb="sm" data-testid="import-counts">
                {t('import.counts', {
                  created: formatNumber(result.created), updated: formatNumber(result.updated),
                  unchanged: formatNumber(result.unchanged), children: formatNumber(result.children),
                })}
              </Text>
            )}
            {!result.valid && (
              <Text size="sm" c="dimmed" mb="sm">
                {t('import.nothingImported')}
                {result.errorCount > result.errors.length && ` ${t('import.moreErrors', { shown: formatNumber(result.errors.length), formatted: formatNumber(result.errorCount) })}`}
              </Text>
            )}
            {result.errors.length > 0 ? <ImportErrorsTable errors={result.errors} /> : <ImportPreviewTable rows={result.preview} />}
          </Paper>
        )}

        <YearWorkbookCard orgId={orgId} />
      </Stack>
    </>
  );
}
