// A finalised version's files: .docx always; .pdf when the server has LibreOffice to convert it.
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportVersionView } from '../../../../shared/contracts/reports.contract.ts';
import { downloadFile } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { versionDocxPath, versionPdfPath } from '../reports.api.ts';

export function versionFileName(version: ReportVersionView, ext: 'docx' | 'pdf'): string {
  return `bao-cao-tong-ket-${version.year}-v${version.version}.${ext}`;
}

export function VersionFiles({ version, pdfAvailable }: { version: ReportVersionView; pdfAvailable: boolean }) {
  const { t } = useTranslation();
  const [converting, setConverting] = useState(false);

  const downloadPdf = async () => {
    setConverting(true);
    try {
      // Fetched rather than linked: a failed conversion must show its message, not save an error as a .pdf.
      await downloadFile(versionPdfPath(version.orgId, version.id), versionFileName(version, 'pdf'));
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t) });
    } finally {
      setConverting(false);
    }
  };

  return (
    <Group gap={6} wrap="nowrap">
      <Button
        component="a"
        href={versionDocxPath(version.orgId, version.id)}
        download={versionFileName(version, 'docx')}
        size="compact-sm"
        variant="light"
        leftSection={<IconFileTypeDocx size={16} />}
        data-testid="version-docx"
      >
        .docx
      </Button>
      {pdfAvailable && (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          leftSection={<IconFileTypePdf size={16} />}
          loading={converting}
          onClick={() => void downloadPdf()}
          data-testid="version-pdf"
        >
          .pdf
        </Button>
      )}
    </Group>
  );
}
