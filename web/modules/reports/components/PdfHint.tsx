import { Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of PDF buttons when the server has no LibreOffice. */
export function PdfHint() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" mt="xs" data-testid="version-pdf-hint" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      <IconInfoCircle size={14} style={{ flexShrink: 0 }} />
      {t('reports.versions.pdfHint')}
    </Text>
  );
}
