// The finalised versions of the year (newest first): number, dates, files, and sending to the upper body.
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportVersionView } from '../../../../shared/contracts/reports.contract.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { usePdfAvailable } from '../hooks/use-pdf-available.ts';
import { PdfHint } from './PdfHint.tsx';
import { VersionFiles } from './VersionFiles.tsx';

interface Props {
  versions: ReportVersionView[];
  maySubmit: boolean;
  onSubmit: (version: ReportVersionView) => Promise<boolean>;
}

export function VersionsCard({ versions, maySubmit, onSubmit }: Props) {
  const { t } = useTranslation();
  const pdfAvailable = usePdfAvailable();
  const [toSubmit, setToSubmit] = useState<ReportVersionView | null>(null);

  return (
    <Paper withBorder radius="md" p="md" data-testid="report-versions">
      <Title order={3} fz="md" mb="sm">
        {t('reports.versions.title')}
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.versions.none')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.versions.version')}</Table.Th>
                  <Table.Th>{t('reports.versions.number')}</Table.Th>
                  <Table.Th>{t('reports.versions.issuedOn')}</Table.Th>
                  <Table.Th>{t('reports.versions.finalisedAt')}</Table.Th>
                  <Table.Th>{t('reports.versions.submitted')}</Table.Th>
                  <Table.Th>{t('reports.versions.files')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => (
                  <Table.Tr key={version.id} data-testid="version-row" data-version={version.version}>
                    <Table.Td>{t('reports.versions.versionN', { n: version.version })}</Table.Td>
                    <Table.Td fw={600} data-testid="version-number" style={{ whiteSpace: 'nowrap' }}>
                      {version.number}
                    </Table.Td>
                    <Table.Td>{formatDate(version.issuedOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(version.finalisedAt)}</Table.Td>
                    <Table.Td data-testid="version-submitted">
                      {version.submittedAt ? (
                        <Stack gap={0}>
                          <Badge color="green" variant="light" tt="none" size="sm">
                            {t('reports.versions.sentAt', { at: formatDateTime(version.submittedAt) })}
                          </Badge>
                          {version.submittedTo && (
                            <Text size="xs" c="dimmed">
                              {t('reports.versions.sentTo', { to: version.submittedTo })}
                            </Text>
                          )}
                          {version.returned && (
                            <Text size="xs" c="red" data-testid="version-returned" maw={320}>
                              {t('submissions.versionReturned', {
                                date: formatDateTime(version.returned.at),
                                by: version.returned.byName ? ` (${version.returned.byName})` : '',
                                comment: version.returned.comment,
                              })}
                            </Text>
                          )}
                        </Stack>
                      ) : maySubmit ? (
                        <Button size="compact-sm" leftSection={<IconSend size={14} />} onClick={() => setToSubmit(version)} data-testid="version-submit">
                          {t('reports.versions.submit')}
                        </Button>
                      ) : (
                        <Badge color="gray" variant="light" tt="none" size="sm">
                          {t('reports.versions.notSubmitted')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <VersionFiles version={version} pdfAvailable={pdfAvailable === true} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pdfAvailable === false && <PdfHint />}
        </>
      )}
      <ConfirmDialog
        opened={toSubmit !== null}
        onClose={() => setToSubmit(null)}
        title={t('reports.versions.submitTitle')}
        message={toSubmit ? t('reports.versions.submitConfirm', { version: toSubmit.version, number: toSubmit.number }) : ''}
        confirmLabel={t('reports.versions.submit')}
        onConfirm={async () => {
          if (toSubmit) {
            await onSubmit(toSubmit);
          }
        }}
      />
    </Paper>
  );
}
