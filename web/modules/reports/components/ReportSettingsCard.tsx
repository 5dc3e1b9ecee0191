// The draft's number, signer and Nơi nhận, set before finalising; a recipient that had ended by the report's
// date is flagged with its replacement by the upper body of that date.
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSettingsView, ReportSettingsRequest } from '../../../../shared/contracts/reports.contract.ts';
import { padCount } from '../../../../shared/vi/numbers.ts';
import { RecipientsEditor } from '../../orgs/components/RecipientsEditor.tsx';

interface Props {
  settings: DraftSettingsView;
  mayWrite: boolean;
  onSave: (change: ReportSettingsRequest) => Promise<boolean>;
}

export function ReportSettingsCard({ settings, mayWrite, onSave }: Props) {
  const { t } = useTranslation();
  const [number, setNumber] = useState<string | number>(settings.number ?? '');
  const [lines, setLines] = useState(settings.recipients);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(settings);
  if (seen !== settings) {
    // The draft was saved or reloaded: show what the server keeps.
    setSeen(settings);
    setNumber(settings.number ?? '');
    setLines(settings.recipients);
  }
  const replace = (index: number, replacement: string) =>
    void onSave({ recipients: settings.recipients.map((line, i) => (i === index ? replacement : line)) });

  return (
    <Card withBorder radius="md" data-testid="report-settings">
      <Title order={4} fz="md" mb="sm">{t('reportSettings.title')}</Title>
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('reportSettings.number')} w={140} min={1} max={99999} allowDecimal={false} readOnly={!mayWrite}
            placeholder={padCount(settings.proposedNumber)} value={number} onChange={setNumber}
            rightSection={<Text size="xs" c="dimmed" pr={4}>/{settings.numberSuffix}</Text>} rightSectionWidth={90}
            description={t('reportSettings.numberHint', { proposed: padCount(settings.proposedNumber) })} data-testid="report-number"
          />
          {mayWrite && (
            <Button variant="light" data-testid="report-number-save"
              onClick={() => void onSave({ number: number === '' ? null : Number(number) })}>
              {t('common.save')}
            </Button>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('reportSettings.signer')}</Text>
          <SegmentedControl
            value={settings.signer} disabled={!mayWrite} data-testid="report-signer"
            data={[
              { value: 'chair', label: t('reportSettings.signerChair') },
              { value: 'deputy', label: t('reportSettings.signerDeputy'), disabled: !settings.deputyAvailable },
            ]}
            onChange={(v) => void onSave({ signer: v as 'chair' | 'deputy' })}
          />
          {!settings.deputyAvailable && <Text size="xs" c="dimmed">{t('reportSettings.noDeputy')}</Text>}
          <Text size="sm" c="dimmed" data-testid="report-signer-lines">{[...settings.signerLines, settings.signerName].join(' / ')}</Text>
        </Stack>
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>{t('reportSettings.recipients')}</Text>
            <Text size="xs" c="dimmed">{settings.ownRecipients ? t('reportSettings.ownRecipients') : t('reportSettings.profileRecipients')}</Text>
          </Group>
          {settings.recipientWarnings.map((w) => (
            <Alert key={w.index} color="orange" icon={<IconAlertTriangle size={16} />} p="xs" data-testid="recipient-warning">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('reportSettings.endedRecipient', { line: w.line, message: w.message })}</Text>
                {mayWrite && w.replacement && (
                  <Button size="xs" variant="white" color="orange" onClick={() => replace(w.index, w.replacement!)} data-testid="recipient-replace">
                    {t('reportSettings.replaceWith', { name: w.replacement })}
                  </Button>
                )}
              </Group>
            </Alert>
          ))}
          {editing ? (
            <>
              <RecipientsEditor value={lines} onChange={setLines} testId="report-recipients" />
              <Group gap="xs">
                <Button size="xs" data-testid="report-recipients-save"
                  onClick={() => void onSave({ recipients: lines.map((l) => l.trim()).filter(Boolean) }).then((ok) => ok && setEditing(false))}>
                  {t('common.save')}
                </Button>
                <Button size="xs" variant="default" onClick={() => { setLines(settings.recipients); setEditing(false); }}>{t('common.cancel')}</Button>
              </Group>
            </>
          ) : (
            <>
              <Stack gap={0} data-testid="report-recipients-list">
                {settings.recipients.map((line, i) => <Text size="sm" key={i}>- {line}</Text>)}
              </Stack>
              {mayWrite && (
                <Group gap="xs">
                  <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="report-recipients-edit">{t('reportSettings.editRecipients')}</Button>
                  {settings.ownRecipients && (
                    <Button size="xs" variant="subtle" onClick={() => void onSave({ recipients: null })}>{t('reportSettings.useProfileRecipients')}</Button>
                  )}
                </Group>
              )}
            </>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
