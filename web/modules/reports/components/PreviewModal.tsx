// The whole document as it will be printed, rendered by the server in the official format (escaped there).
import { Box, Center, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { previewPath } from '../reports.api.ts';

interface Props {
  orgId: number;
  year: number;
  opened: boolean;
  onClose: () => void;
}

export function PreviewModal({ orgId, year, opened, onClose }: Props) {
  const { t } = useTranslation();
  const preview = useApiQuery<{ html: string }>(opened ? previewPath(orgId, year) : null);
  // Closing clears the path, so every opening fetches the draft as it is now.

  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.previewTitle', { year })} size={940} centered={false}>
      {preview.error ? (
        <ErrorAlert error={preview.error} onRetry={preview.reload} />
      ) : !preview.data || preview.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <Box
          data-testid="report-preview"
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)', maxHeight: '78vh', overflow: 'auto' }}
          dangerouslySetInnerHTML={{ __html: preview.data.html }}
        />
      )}
    </Modal>
  );
}
