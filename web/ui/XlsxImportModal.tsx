// Every "Nhập từ Excel" dialog: a file is chosen and checked at once (the server's dry run: a preview, or every bad
// cell with its row and column); it is written only when every row is right — otherwise nothing is.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../shared/contracts/import.contract.ts';
import { ApiError } from '../app/api.ts';
import { errorMessage } from '../app/errors.ts';
import { ImportErrorsTable } from '../modules/members/components/ImportErrorsTable.tsx';
import { formatNumber } from './format.ts';

export interface ImportCheck { valid: boolean; imported: number; errorCount: number; errors: ImportRowError[] }

interface Props<R extends ImportCheck> {
  title: string;
  hint: string;
  /** Prefix of the test ids: <prefix>-form, -file, -choose, -submit, -error, -preview. */
  testId: string;
  send: (file: File, dryRun: boolean) => Promise<R>;
  /** What a good file would change, and whether there is anything to write (else the import button stays off). */
  preview: (result: R) => { content: ReactNode; changes: boolean };
  /** The notice once written. */
  done: (result: R) => string;
  onClose: () => void;
  onImported: () => void;
}

const isCheck = (value: unknown): value is ImportCheck =>
  !!value && typeof value === 'object' && Array.isArray((value as ImportCheck).errors);

export function XlsxImportModal<R extends ImportCheck>({ title, hint, testId, send, preview, done, onClose, onImported }: Props<R>) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<R | ImportCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const run = async (chosen: File, dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const answer = await send(chosen, dryRun);
      if (dryRun) {
        setResult(answer);
      } else {
        notifications.show({ color: 'green', message: done(answer) });
        onImported();
      }
    } catch (err) {
      setResult(err instanceof ApiError && isCheck(err.details) ? err.details : null);
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
  const shown = result?.valid ? preview(result as R) : null;

  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <Stack gap="sm" data-testid={`${testId}-form`}>
        <Text size="sm" c="dimmed">{hint}</Text>
        <input ref={inputRef} type="file" data-testid={`${testId}-file`} style={{ display: 'none' }}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0] ?? null);
            e.currentTarget.value = '';
          }} />
        <Group gap="sm">
          <Button variant="light" leftSection={<IconUpload size={16} />} loading={busy === 'check'} onClick={() => inputRef.current?.click()}
            data-testid={`${testId}-choose`}>
            {t('import.choose')}
          </Button>
          {file && <Text size="sm">{file.name}</Text>}
          <Button ml="auto" leftSection={<IconDatabaseImport size={16} />} loading={busy === 'import'}
            disabled={!file || !shown?.changes || busy !== null}
            onClick={() => file && void run(file, false)} data-testid={`${testId}-submit`}>
            {t('import.submit')}
          </Button>
        </Group>
        {error && <Alert color="red" p="xs" data-testid={`${testId}-error`}>{error}</Alert>}
        {result && (shown ? <Stack gap="xs" data-testid={`${testId}-preview`}>{shown.content}</Stack> : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('import.nothingImported', { formatted: formatNumber(result.errorCount) })}
              {result.errorCount > result.errors.length && ` ${t('import.moreErrors', { shown: formatNumber(result.errors.length), formatted: formatNumber(result.errorCount) })}`}
            </Text>
            <ImportErrorsTable errors={result.errors} />
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
}
