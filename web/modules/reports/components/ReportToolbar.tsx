// The report's top bar: year, report date, and the actions on the whole document.
import { Button, Group, NativeSelect, Paper, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCopy, IconDownload, IconEye, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftGap, TypedNumberWarning } from '../../../../shared/contracts/reports.contract.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import type { ReportActions } from '../hooks/use-report-actions.ts';
import { currentReportYear } from '../report-year.ts';
import { draftDocxPath } from '../reports.api.ts';
import { FinaliseDialog } from './FinaliseDialog.tsx';
import { ReportDateField } from './ReportDateField.tsx';

const FIRST_YEAR = 2020;

function yearOptions(selected: number): string[] {
  const years = new Set<number>([selected]);
  for (let y = FIRST_YEAR; y <= currentReportYear() + 1; y++) {
    years.add(y);
  }
  return [...years].sort((a, b) => b - a).map(String);
}

interface Props {
  orgId: number;
  year: number;
  date: string;
  hasErrors: boolean;
  typedNumbers: TypedNumberWarning[];
  gaps: DraftGap[];
  mayWrite: boolean;
  mayFinalise: boolean;
  actions: ReportActions;
  onYear: (year: number) => void;
  onPreview: () => void;
}

export function ReportToolbar({ orgId, year, date, hasErrors, typedNumbers, gaps, mayWrite, mayFinalise, actions, onYear, onPreview }: Props) {
  const { t } = useTranslation();
  const [copyOpen, copyDialog] = useDisclosure(false);
  const [finaliseOpen, finaliseDialog] = useDisclosure(false);

  const download = (
    <Button
      component="a"
      variant="default"
      leftSection={<IconDownload size={16} />}
      href={hasErrors ? undefined : draftDocxPath(orgId, year)}
      download={hasErrors ? undefined : `bao-cao-tong-ket-${year}-du-thao.docx`}
      disabled={hasErrors}
      aria-disabled={hasErrors || undefined}
      data-testid="report-download-draft"
    >
      {t('reports.downloadDraft')}
    </Button>
  );
  const finalise = (
    <Button color="green" leftSection={<IconLock size={16} />} disabled={hasErrors} onClick={finaliseDialog.open} data-testid="report-finalise">
      {t('reports.finalise')}
    </Button>
  );

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('reports.year')}
            data={yearOptions(year)}
            value={String(year)}
            onChange={(e) => onYear(Number(e.currentTarget.value))}
            data-testid="report-year"
            w={110}
          />
          <ReportDateField saved={date} readOnly={!mayWrite} onSave={actions.setDate} />
        </Group>
        <Group gap="xs">
          {mayWrite && (
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copyDialog.open} data-testid="report-start-from-last-year">
              {t('reports.startFromLastYear')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconEye size={16} />} onClick={onPreview} data-testid="report-preview-button">
            {t('reports.preview')}
          </Button>
          {hasErrors ? <Tooltip label={t('reports.fixErrorsFirst')}><span>{download}</span></Tooltip> : download}
          {mayFinalise && (hasErrors ? <Tooltip label={t('reports.fixErrorsFirst')}><span>{finalise}</span></Tooltip> : finalise)}
        </Group>
      </Group>
      <ConfirmDialog
        opened={copyOpen}
        onClose={copyDialog.close}
        title={t('reports.startFromLastYearTitle', { lastYear: year - 1 })}
        message={t('reports.startFromLastYearConfirm', { year, lastYear: year - 1 })}
        confirmLabel={t('reports.startFromLastYear')}
        color="orange"
        onConfirm={async () => {
          await actions.startFromLastYear();
        }}
      />
      <FinaliseDialog
        opened={finaliseOpen}
        year={year}
        typedNumbers={typedNumbers}
        gaps={gaps}
        onClose={finaliseDialog.close}
        onFinalise={actions.finalise}
      />
    </Paper>
  );
}
