import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import type { UploadProgress } from '../upload-with-progress.ts';

/**
 * The file going up (a bar), then the server at work on it. The server answers once the whole file is checked
 * (and written): while it works, the rows count from the check tells how much it is doing.
 */
export function ImportProgress({ progress, stage, rows }: { progress: UploadProgress; stage: 'check' | 'import'; rows: number | null }) {
  const { t } = useTranslation();
  const uploaded = progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  const sending = progress.sent < progress.total;
  return (
    <Stack gap={6} data-testid="import-progress" aria-live="polite">
      <Progress value={uploaded} animated={sending} />
      <Group gap="xs">
        {!sending && <Loader size="xs" />}
        <Text size="sm" c="dimmed">
          {sending
            ? t('import.uploading', { percent: uploaded })
            : rows !== null
              ? t(stage === 'check' ? 'import.checkingRows' : 'import.writingRows', { formatted: formatNumber(rows) })
              : t(stage === 'check' ? 'import.checking' : 'import.writing')}
        </Text>
      </Group>
    </Stack>
  );
}
