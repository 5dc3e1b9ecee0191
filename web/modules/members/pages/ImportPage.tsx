// /org/:orgId/import — members from the Excel template: check first (dry run), then import all rows or nothing.
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseImport, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportResult } from '../../../../shared/contracts/members.contract.ts';
import { ApiError, downloadFile } from '../../../app/api.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ImportErrorsTable } from '../components/ImportErrorsTable.tsx';
import { ImportPreviewTable } from '../components/ImportPreviewTable.tsx';
import { importMembers, templatePath } from '../members.api.ts';

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

  const run = async (chosen: File, dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const answer = await importMembers(orgId, chosen, dryRun);
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
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    setImported(null);
    if (chosen) {
      void run(chosen, true);
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
              onClick={() => file && void run(file, false)}
              data-testid="import-submit"
              ml="auto"
            >
              {t('import.submit')}
            </Button>
          </Group>
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
                {result.valid ? t('import.valid', { formatted: formatNumber(result.rows) }) : t('import.invalid', { formatted: formatNumber(result.errors.length) })}
              </Title>
              <Badge variant="light" color="gray">
                {t('import.rows', { formatted: formatNumber(result.rows) })}
              </Badge>
            </Group>
            {!result.valid && (
              <Text size="sm" c="dimmed" mb="sm">
                {t('import.nothingImported')}
              </Text>
            )}
            {result.errors.length > 0 ? <ImportErrorsTable errors={result.errors} /> : <ImportPreviewTable rows={result.preview} />}
          </Paper>
        )}
      </Stack>
    </>
  );
}
