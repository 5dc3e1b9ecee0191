// A new install (no account yet) may start from a backup made by `congdoan backup` or the "Sao lưu dữ liệu" menu.
import { Alert, Button, FileInput, Stack, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';

export function RestoreBackupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { formError, saving, run } = useServerSubmit();

  const restore = () =>
    run(async () => {
      if (!file) {
        return;
      }
      await apiRequest('/api/setup/restore', { method: 'POST', rawBody: file, contentType: 'application/gzip', redirectOn401: false });
      onDone();
    });

  return (
    <Stack gap="xs" data-testid="restore-form">
      <Text size="sm" c="dimmed">{t('backup.restoreIntro')}</Text>
      {formError && <Alert color="red">{formError}</Alert>}
      <FileInput
        accept=".gz,application/gzip"
        placeholder={t('backup.pickFile')}
        value={file}
        onChange={setFile}
        clearable
        data-testid="restore-file"
      />
      <Button variant="default" leftSection={<IconDatabaseImport size={16} />} disabled={!file} loading={saving}
        onClick={() => void restore()} data-testid="restore-submit">
        {t('backup.restore')}
      </Button>
    </Stack>
  );
}
